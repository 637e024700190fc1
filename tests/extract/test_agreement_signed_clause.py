"""Rule signed_clause: the clause after an agreement noun tells its sides ("a memorandum of
understanding that Nairobi signed with Ethiopia"); a plural so told is one text per partner;
a noun a record already holds, or a clause naming no partner, makes nothing new."""

from __future__ import annotations

from tests.extract_support import run


def _deals(text: str) -> list:
    return run(text, published="2025-03-03").agreements


def test_a_memorandum_that_one_side_signed_with_another() -> None:
    deals = _deals(
        "Kenya and Somalia signed a defence pact on Monday. The deal comes amid a dispute over a "
        "memorandum of understanding that Nairobi signed with Ethiopia last year."
    )
    mou = next(g for g in deals if "memorandum" in g.name)
    assert set(mou.parties) == {"Kenya", "Ethiopia"} and mou.status == "signed" and mou.year == 2024
    assert any(s.rule == "signed_clause" for s in mou.spans)


def test_a_partner_named_as_a_region_of_a_place() -> None:
    deals = _deals(
        "Egypt and Sudan signed a water pact on Monday. Cairo objects to an accord that Addis Ababa "
        "signed with the breakaway region of Somaliland."
    )
    assert any(set(g.parties) == {"Ethiopia", "Somaliland"} for g in deals)


def test_similar_agreements_signed_with_a_list_are_one_per_partner() -> None:
    deals = _deals(
        "Japan and Fiji signed a security pact on Monday.\n\nThe pact follows similar agreements "
        "Japan has signed with Samoa, Tonga and Palau."
    )
    pairs = {frozenset(g.parties) for g in deals}
    assert {frozenset({"Japan", p}) for p in ("Samoa", "Tonga", "Palau", "Fiji")} <= pairs
    assert len(deals) == 4


def test_a_noun_already_held_by_a_record_makes_no_other() -> None:
    deals = _deals("Peru signed a trade agreement with Chile that Lima signed with Chile to cut tariffs.")
    assert len(deals) == 1


def test_a_clause_without_an_agreement_noun_makes_nothing() -> None:
    assert _deals("The minister that Peru signed with Chile left office.") == []


def test_a_time_or_place_between_the_verb_and_with_is_passed_over() -> None:
    deals = _deals(
        "Egypt and Sudan signed a water pact on Monday. Cairo objects to a memorandum of understanding "
        "that Addis Ababa signed on Feb. 3 with the breakaway region of Somaliland."
    )
    assert any(set(g.parties) == {"Ethiopia", "Somaliland"} and g.status == "signed" for g in deals)
    later = _deals("Quito recalled a fishing pact that Lima signed in Santiago last year with Chile.")
    assert any(set(g.parties) == {"Peru", "Chile"} for g in later), [g.parties for g in later]


def test_an_adjunct_that_is_no_time_or_place_stops_the_clause() -> None:
    assert _deals("Quito recalled a fishing pact that Lima signed in secret talks, and met with Chile.") == []
