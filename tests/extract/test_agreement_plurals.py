"""Plural agreement nouns: a counted package stays apart from a single named text (rule
plural_stays_apart), and a plural with its subject after a signing verb is one package (rule
plural_on_subject)."""

from __future__ import annotations

from tests.extract_support import run


def test_counted_memoranda_stay_apart_from_a_named_partnership() -> None:
    ex = run(
        "Kenya and Tanzania signed five memoranda of understanding on Thursday in Arusha. "
        "The two presidents later spoke to reporters. "
        '"Next we will open talks on a Comprehensive Trade Partnership Agreement," the Kenyan president said.'
    )
    names = {g.name for g in ex.agreements}
    assert "Kenya-Tanzania memoranda" in names
    named = next(g for g in ex.agreements if g.name == "Comprehensive Trade Partnership Agreement")
    assert named.status != "signed"
    assert "five memoranda" not in named.aliases


def test_counted_pacts_do_not_become_the_generic_name_after_them() -> None:
    ex = run(
        "Ghana and Togo have for the first time signed four defence cooperation pacts in Accra. "
        "The new Memorandum of Understanding covers training. Ghana and Togo will meet again."
    )
    assert len(ex.agreements) == 2


def test_signed_agreements_on_a_subject_make_one_package() -> None:
    ex = run("Ghanaian President Kofi Mensah and Togo on Friday signed agreements on customs and energy integration between the two countries.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Ghana", "Togo"}
    assert g.status == "signed"
    assert any(f.field == "status" for f in g.facts)


def test_signed_agreements_on_a_day_make_no_record() -> None:
    ex = run("Ghana and Togo signed agreements on Friday.")
    assert ex.agreements == []


def test_a_plural_subject_with_items_listed_makes_none() -> None:
    ex = run("Ghana and Togo signed agreements, including a port pact, in Accra.")
    assert all("agreements" not in g.name for g in ex.agreements)


def test_memoranda_of_understanding_on_subjects_are_one_text_each() -> None:
    ex = run(
        "Kenya and Tanzania signed a road pact in February. Alongside it, the two governments signed "
        "memoranda of understanding on lake fisheries and on the blue economy."
    )
    subjects = [g for g in ex.agreements if "road" not in g.name]
    assert len(subjects) == 2, [g.name for g in ex.agreements]
    assert any("lake fisheries" in g.name for g in subjects) and any("blue economy" in g.name for g in subjects)
    assert all(set(g.parties) == {"Kenya", "Tanzania"} and g.status == "signed" for g in subjects)


def test_memorandums_is_the_plural_of_memorandum_too() -> None:
    counted = run("Kenya and Tanzania signed three memorandums of understanding worth $300 million.").agreements
    assert [set(g.parties) for g in counted] == [{"Kenya", "Tanzania"}], [g.name for g in counted]
    listed = run("Kenya and Tanzania signed memorandums of understanding on lake fisheries and on tourism.").agreements
    assert len(listed) == 2, [g.name for g in listed]
