"""Rule counted_plural_named: "signed two security agreements" followed by the two agreements
named is those two, not a third record; a member named without parties takes the plural's."""

from __future__ import annotations

from tests.extract_support import run

_TWO_NAMED = (
    "LIMA, March 3 - Peru and Chile signed two security agreements on Monday that let Chilean ships patrol the coast. "
    "Interior Minister Ana Ruiz signed the Coastal Patrol Agreement and a port inspection agreement "
    "with Chilean Ambassador Luis Vera."
)


def test_a_counted_plural_named_next_is_its_members() -> None:
    ex = run(_TWO_NAMED, published="2025-02-01")
    assert sorted(a.name for a in ex.agreements) == ["Coastal Patrol Agreement", "Peru-Chile port inspection agreement"]
    patrol = next(a for a in ex.agreements if a.name == "Coastal Patrol Agreement")
    assert set(patrol.parties) == {"Peru", "Chile"}
    assert {f.rule for f in patrol.facts if f.field == "party"} == {"counted_plural_named"}


def test_a_counted_plural_alone_stays() -> None:
    (g,) = run("Peru and Chile signed two security agreements on Monday.").agreements
    assert g.unnamed and set(g.parties) == {"Peru", "Chile"}


def test_a_count_the_names_do_not_meet_keeps_the_plural() -> None:
    text = (
        "Peru and Chile signed three security agreements on Monday. Ruiz signed the Coastal Patrol "
        "Agreement and the Andes Port Agreement."
    )
    names = {a.name for a in run(text).agreements}
    assert any("security agreements" in n for n in names)
