"""Rule listed_subjects: a plural of agreements whose subjects are listed each with its own "on"
("agreements on fisheries, on the sharing of water and on border trade") is one record per
subject, of the plural's parties and status, as are members listed after a colon ("three MoUs: one
on A, a second on B"; rule listed_members); subjects listed under one "on" stay one package."""

from __future__ import annotations

from tests.extract_support import run


def test_each_subject_with_its_own_on_is_a_record() -> None:
    ex = run("Peru and Bolivia signed nine agreements on fisheries, on the sharing of water, and on border trade in La Paz.")
    names = sorted(g.name for g in ex.agreements)
    assert len(names) == 3, names
    assert any("sharing of water" in n for n in names) and any("border trade" in n for n in names)
    for g in ex.agreements:
        assert set(g.parties) == {"Peru", "Bolivia"} and g.status == "signed"
    listed = [g for g in ex.agreements if any(s.rule == "listed_subjects" for s in g.spans)]
    assert len(listed) == 2 and all(f.rule == "listed_subjects" for g in listed for f in g.facts)


def test_a_time_after_the_last_subject_is_no_subject() -> None:
    ex = run("Peru and Bolivia signed agreements on fisheries, and on border trade on Tuesday.")
    assert not any("Tuesday" in g.name for g in ex.agreements)
    assert len(ex.agreements) == 2


def test_subjects_under_one_on_stay_one_package() -> None:
    ex = run("Peru and Bolivia signed agreements on fisheries and border trade.")
    assert len(ex.agreements) == 1


def test_a_bare_list_under_one_on_stays_one_package() -> None:
    ex = run("Peru and Bolivia signed cooperation agreements on mining, fisheries and tourism on Friday.")
    assert len(ex.agreements) == 1


def test_members_listed_after_a_colon_are_the_plural() -> None:
    ex = run("Peru and Bolivia signed three MoUs: one on mining, a second on fisheries and a third on tourism.")
    names = sorted(g.name for g in ex.agreements)
    assert names == ["Peru-Bolivia MoU on fisheries", "Peru-Bolivia MoU on mining", "Peru-Bolivia MoU on tourism"]
    assert all(g.status == "signed" and set(g.parties) == {"Peru", "Bolivia"} for g in ex.agreements)


def test_contracts_listed_after_a_colon_each_for_their_own_object_are_contracts_for_it() -> None:
    ex = run("Ghana and Togo on Friday signed three contracts: one for a power line and another for a port.", published="2024-05-06")
    names = [g.name for g in ex.agreements]
    assert any(n.endswith("contract for power line") for n in names) and any(n.endswith("contract for port") for n in names), names


def test_members_listed_after_including_are_records_of_the_signing() -> None:
    ex = run("Ghana and Togo on Friday signed three contracts, including one for a power line and another for a port.", published="2024-05-06")
    found = {g.name: g for g in ex.agreements}
    assert "Ghana-Togo contract for power line" in found and "Ghana-Togo contract for port" in found, list(found)
    assert all((g.status, g.year) == ("signed", 2024) for g in found.values())


def test_including_one_with_a_partner_lists_no_member() -> None:
    ex = run("Ghana signed three contracts, including one with Togo.", published="2024-05-06")
    assert not any("contract for" in g.name or "on" in g.name.split() for g in ex.agreements)
