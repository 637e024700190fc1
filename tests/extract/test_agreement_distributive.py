"""Rule distributive: several agreements told in one phrase are one record per partner: a
plural signed with groups of partners (each group its year, or "respectively" one each), a
plural signed by a list of states beside the story's agreement, a text signed "with each" of
the countries just named; a single text or a phrase naming no partners makes none."""

from __future__ import annotations

import dataclasses

import pytest

from store.extract import extract
from tests.extract_support import article, gazetteer, run


def _deals(text: str, dateline: str | None = None) -> list:
    art = article(text, published="2025-03-03")
    if dateline is not None:
        art = dataclasses.replace(art, dateline=dateline)
    return extract(art, gazetteer()).agreements


def _pairs(deals: list) -> dict[frozenset, object]:
    return {frozenset(g.parties): g for g in deals}


def test_groups_of_partners_each_with_their_year() -> None:
    deals = _deals(
        "The European Union and Norway signed a fisheries partnership on Monday.\n\n"
        "Brussels has signed similar partnerships with Chile and Peru in 2019 and with Ghana and Togo in 2021."
    )
    pairs = _pairs(deals)
    for partner, year in (("Chile", 2019), ("Peru", 2019), ("Ghana", 2021), ("Togo", 2021)):
        g = pairs[frozenset({"European Union", partner})]
        assert g.year == year and g.status == "signed" and "fisheries partnership" in g.name
        assert any(s.rule == "distributive" for s in g.spans)
    assert len(deals) == 5


def test_respectively_gives_each_partner_its_year() -> None:
    pairs = _pairs(_deals("Japan signed fishing deals with Chile and Peru in 2018 and 2020, respectively."))
    assert pairs[frozenset({"Japan", "Chile"})].year == 2018
    assert pairs[frozenset({"Japan", "Peru"})].year == 2020


def test_a_plural_signed_by_a_list_stands_beside_the_story_side() -> None:
    deals = _deals(
        "Norway and the United States signed a defence cooperation agreement on Monday.\n\n"
        "Similar defence cooperation agreements were signed in May 2022 by Estonia and Latvia.",
        dateline="OSLO",
    )
    pairs = _pairs(deals)
    for partner in ("Estonia", "Latvia"):
        g = pairs[frozenset({partner, "United States"})]
        assert g.year == 2022 and g.status == "signed" and "defence cooperation agreement" in g.name
    assert len(deals) == 3


def test_a_plural_signed_by_a_list_with_no_one_side_to_stand_beside_makes_none() -> None:
    deals = _deals(
        "Norway and the United States signed a defence cooperation agreement on Monday.\n\n"
        "Similar defence cooperation agreements were signed in May 2022 by Estonia and Latvia."
    )
    assert len(deals) == 1  # no home: which side the listed states replace is not told


def test_a_text_signed_with_each_country_just_named() -> None:
    deals = _deals(
        "Leaders of Ghana and Togo signed a border declaration in Accra on Friday.\n\n"
        "Washington separately signed a memorandum of understanding with each country on trade."
    )
    pairs = _pairs(deals)
    for partner in ("Ghana", "Togo"):
        g = pairs[frozenset({"United States", partner})]
        assert "memorandum of understanding" in g.name and g.status == "signed" and g.year == 2025
    assert len(deals) == 3


def test_each_country_is_a_side_of_the_story_before_others_named_between() -> None:
    deals = _deals(
        "Leaders of Ghana and Togo signed a border declaration in Accra on Friday.\n\n"
        "Both asked a panel chaired by France and Spain to disband. Washington separately signed "
        "a memorandum of understanding with each country on trade, lifting curbs imposed in 1999."
    )
    pairs = _pairs(deals)
    assert {frozenset({"United States", c}) for c in ("Ghana", "Togo")} <= set(pairs)
    assert not any("France" in g.parties or "Spain" in g.parties for g in deals)
    assert pairs[frozenset({"United States", "Ghana"})].year == 2025


def test_with_each_of_a_count_needs_that_many_countries() -> None:
    three = _deals("Egypt, Jordan and Iraq met in Cairo on Monday. China signed bilateral deals with each of the three.")
    assert {frozenset({"China", c}) for c in ("Egypt", "Jordan", "Iraq")} <= set(_pairs(three))
    two = _deals("Egypt, Jordan and Iraq met in Cairo on Monday. China signed bilateral deals with each of the two.")
    assert not any("China" in g.parties for g in two)


def test_a_single_text_with_several_partners_stays_one() -> None:
    deals = _deals("Ministers met on Monday.\n\nThe EU signed a similar memorandum with Egypt and Jordan in 2022.")
    assert not any(len(g.parties) == 2 and g.year == 2022 for g in deals)


def test_a_list_subject_with_their_plural_is_one_text_each() -> None:
    deals = _deals(
        "Britain suspended its extradition treaty with China on Monday. Canada and Australia have "
        "already suspended their extradition treaties with China."
    )
    pairs = _pairs(deals)
    for side in ("Canada", "Australia"):
        g = pairs[frozenset({side, "China"})]
        assert "extradition treaty" in g.name and any(s.rule == "distributive" for s in g.spans)
    signed = _pairs(_deals("Peru signed a fishing pact with Chile. Ecuador and Bolivia have signed their fishing pacts with Chile."))
    assert signed[frozenset({"Ecuador", "Chile"})].status == "signed"


def test_their_plural_with_several_partners_is_left_unread() -> None:
    deals = _deals("Canada and Australia renewed their fishing agreements with Chile and Peru.")
    assert not any(any(s.rule == "distributive" for s in g.spans) for g in deals)


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a fisheries pact with Peru on Monday. Santiago signed similar deals with Ecuador in 2019 and Colombia in 2021.",
        "Chile signed a fisheries pact with Peru on Monday. Chile has signed similar pacts with Ecuador in 2019, and with Colombia in 2021.",
        "Chile has signed fisheries pacts with Ecuador in 2019 and the Republic of Colombia in 2021.",
    ],
)
def test_groups_after_a_year_need_no_second_with(text: str) -> None:
    found = {frozenset(g.parties): g.year for g in run(text, published="2024-05-10").agreements}
    assert found[frozenset({"Chile", "Ecuador"})] == 2019 and found[frozenset({"Chile", "Colombia"})] == 2021


def test_a_plain_list_after_with_stays_one_group() -> None:
    found = {frozenset(g.parties): g.year for g in run("Japan has signed security pacts with Australia and Britain in 2022.").agreements}
    assert found == {frozenset({"Japan", "Australia"}): 2022, frozenset({"Japan", "United Kingdom"}): 2022}
