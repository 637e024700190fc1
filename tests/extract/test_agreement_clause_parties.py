"""The parties of a deal are those of its own clause, not the article's main pair: the buyer of
"signs deal for 30 French jets" and the maker's country (rule deal_for_goods); the subject of
"X scrapped / cancelled a ... deal with Y" (rules subject_and_partner, acting_subject); a
headline's deal is not folded into a deal its partner made with another country (rule
partner_of_another)."""

from __future__ import annotations

from tests.extract_support import run


def test_a_deal_for_counted_goods_of_a_maker() -> None:
    (g,) = run("Egypt signs deal for 30 French Rafale fighter jets.").agreements
    assert set(g.parties) == {"Egypt", "France"} and g.status == "signed"


def test_a_deal_for_people_of_a_country_is_no_purchase() -> None:
    ex = run("Egypt signed a deal for Chinese investors on Monday.")
    assert all(set(g.parties) != {"Egypt", "China"} for g in ex.agreements)


def test_the_subject_that_scraps_a_deal_is_its_party() -> None:
    ex = run(
        "Kenya buys Turkish drones. Kenya and Turkey met in Nairobi, and Kenya praised Turkey. "
        "Turkey gains after Brazil last year scrapped a multibillion-dollar drone deal with Ankara."
    )
    g = next(g for g in ex.agreements if "drone deal" in g.name)
    assert set(g.parties) == {"Brazil", "Turkey"}


def test_the_subject_that_cancels_a_deal_is_its_party() -> None:
    ex = run(
        "Kenya and Turkey met in Nairobi, and Kenya praised Turkey. "
        "Turkey gains after Brazil cancelled a large helicopter contract with Ankara."
    )
    g = next(g for g in ex.agreements if "helicopter" in g.name)
    assert set(g.parties) == {"Brazil", "Turkey"}


def test_a_headline_deal_stays_apart_from_its_partners_deal_with_another_country() -> None:
    ex = run(
        "Egypt signs deal for 30 French Rafale fighter jets\n\n"
        "The order matters for France after Australia scrapped a submarine deal with Paris.",
        headings=(0,),
    )
    pairs = sorted(tuple(sorted(g.parties)) for g in ex.agreements)
    assert pairs == [("Australia", "France"), ("Egypt", "France")]
