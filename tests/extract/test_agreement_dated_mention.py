"""Rule dated_mention: a mention with its own earlier year before the noun ("in a 2017 deal",
"under the 1994 ceasefire agreement") is an older text of its own, named with its year, unless
a text of that year was told before it or a definite one names an agreement told with its noun."""

from __future__ import annotations

from tests.extract_support import run


def _deals(text: str, published: str | None = "2025-03-04") -> list:
    return run(text, published=published).agreements


def test_an_indefinite_dated_deal_is_an_older_text_of_the_same_pair() -> None:
    deals = _deals(
        "Kenya signed a new power deal with Uganda on Monday. Exports will be twice what was "
        "agreed in a 2017 deal for 300 megawatts."
    )
    assert len(deals) == 2
    older = next(g for g in deals if g.year == 2017)
    assert set(older.parties) == {"Kenya", "Uganda"} and "2017" in older.name
    assert any(f.rule == "dated_mention" for f in older.facts if f.field == "year")
    new = next(g for g in deals if g is not older)
    assert new.year == 2025


def test_an_undated_story_still_tells_an_indefinite_dated_deal_apart() -> None:
    deals = _deals(
        "Kenya signed a new power deal with Uganda. Exports will be twice what was agreed in a "
        "2017 deal for 300 megawatts.",
        published=None,
    )
    assert sorted(g.year or 0 for g in deals) == [0, 2017]


def test_a_definite_dated_agreement_takes_the_sides_its_sentence_names() -> None:
    deals = _deals(
        "Chile and Peru signed a fishing treaty in 2019. The Sendero Front still wants the vote "
        "promised under the 1994 ceasefire agreement reached through United Nations mediation, "
        "while Bolivia offers autonomy."
    )
    older = next(g for g in deals if g.year == 1994)
    assert set(older.parties) == {"Bolivia", "Sendero Front"}  # not the mediator, not the treaty's pair


def test_the_dated_treaty_after_one_named_with_its_noun_is_that_one() -> None:
    deals = _deals(
        "Russia quit the Treaty on Open Skies on Monday. The 1992 treaty, known as Open Skies, "
        "was signed by 34 states."
    )
    assert len(deals) == 1 and deals[0].year == 1992


def test_a_dated_description_of_a_named_agreement_is_no_other_text() -> None:
    deals = _deals(
        "Peru and Vale signed a mining deal on Monday. A 2016 deal known as the Lima Accord had "
        "set out the royalties."
    )
    assert sorted(g.name for g in deals) == ["Lima Accord", "Peru-Vale mining deal"]


def test_a_year_already_told_joins_that_text() -> None:
    deals = _deals(
        "Kenya and Uganda signed a power deal in 2017. Kenya signed a port deal with Uganda on "
        "Monday. Exports are twice what was agreed in a 2017 deal."
    )
    assert sum(1 for g in deals if g.year == 2017) <= 1


def test_the_same_year_as_the_story_is_no_older_text() -> None:
    deals = _deals(
        "Kenya signed a new power deal with Uganda on Monday. The 2025 deal doubles exports."
    )
    assert len(deals) == 1


def test_a_later_description_does_not_refer_back_to_the_older_text() -> None:
    deals = _deals(
        "Kenya signed a gas export deal with Uganda on Monday. Exports will be twice what was "
        "agreed in a 2017 deal. Separately, Kenya said the gas export deal would start in May."
    )
    older = next(g for g in deals if g.year == 2017)
    assert not any("gas" in k for k in older.keywords)


def test_a_memorandum_signed_in_an_earlier_month_and_year_is_its_own_text() -> None:
    deals = _deals(
        "Peru and Chile today signed an agreement to establish the Peru-Chile Border Trade Zone "
        "(PC-BTZ).\n\nThe agreement follows the memorandum of understanding on the PC-BTZ signed "
        "in January 2024 and witnessed by both leaders."
    )
    mou = next(g for g in deals if g.year == 2024)
    assert set(mou.parties) == {"Peru", "Chile"} and "memorandum of understanding" in mou.name
    assert not any("memorandum" in k for g in deals if g is not mou for k in g.keywords)


def test_the_storys_text_first_agreed_in_an_earlier_year_stays_one() -> None:
    deals = _deals(
        "Peru and Vale signed a $9 billion mining contract on Monday. The contract was originally "
        "agreed in 2021, but disputes held it up."
    )
    assert len(deals) == 1


def test_an_indefinite_text_signed_in_an_earlier_year_after_the_storys_is_its_own() -> None:
    deals = _deals(
        "Peru signed a contract with Hanwha for 180 howitzers on Monday. The contract follows a "
        "framework agreement signed in 2022, under which Peru agreed to buy up to 600 howitzers."
    )
    assert any(g.year == 2022 and "framework agreement" in g.name for g in deals)


def test_a_first_stage_signed_in_an_earlier_year_is_the_storys_text() -> None:
    deals = _deals(
        "Peru and the EU signed a trade agreement on Monday. A first political deal struck in 2019 "
        "stalled over farm rules."
    )
    assert not any("2019" in g.name for g in deals)


def test_a_programme_negotiated_under_a_leader_in_an_earlier_year() -> None:
    deals = _deals(
        "The IMF board approved a $20 billion loan for Peru on Friday. Peru owes $44 billion to "
        "the Fund under a programme negotiated under centre-right president Juan Perez in 2018."
    )
    older = next(g for g in deals if g.year == 2018)
    assert set(older.parties) == {"Peru", "International Monetary Fund"} and "programme" in older.name


def test_an_agreement_in_place_since_an_earlier_year() -> None:
    deals = _deals(
        "The IMF board approved a $20 billion loan for Peru on Friday. The new facility replaces "
        "an agreement in place since 2022."
    )
    assert any(g.year == 2022 and g.status == "in_force" for g in deals)


def test_a_programme_obtained_from_a_lender_is_the_storys_side_and_that_lender() -> None:
    deals = _deals(
        "Zambia signed a debt deal with China on Monday. In Paris, hosted by French President "
        "Jean Dupont, creditors agreed a deal that paved the way for a $1.3 billion aid programme "
        "obtained in 2022 from the International Monetary Fund.",
        published="2024-02-26",
    )
    older = next(g for g in deals if g.year == 2022)
    assert set(older.parties) == {"Zambia", "International Monetary Fund"}


def test_a_dated_pact_with_another_partner_is_not_the_storys() -> None:
    deals = _deals("Japan and Fiji signed a security pact on Monday. The deal is similar to the 2022 pact with Australia.")
    older = next(g for g in deals if g.year == 2022)
    assert "Australia" in older.parties and "2022 pact" not in next(g for g in deals if g is not older).keywords


def test_an_owners_dated_pact_with_a_partner() -> None:
    deals = _deals("Japan signed a security pact with Fiji on Monday. It mirrors Fiji's 2022 pact with Australia.")
    older = next(g for g in deals if g.year == 2022)
    assert set(older.parties) == {"Fiji", "Australia"}


def test_the_first_of_a_series_the_story_tells_a_second_of_is_its_own_text() -> None:
    deals = _deals(
        "Peru signed a second contract with Hanwha for 180 howitzers on Monday. The first "
        "contract, signed in 2022, covered 24 howitzers."
    )
    first = next(g for g in deals if "first contract" in g.keywords)
    assert first.year == 2022 and "second contract" not in first.keywords
    assert set(first.parties) == {"Peru", "Hanwha Group"}


def test_a_first_stage_without_a_second_of_the_series_is_the_storys() -> None:
    deals = _deals(
        "Peru signed a contract with Hanwha for 180 howitzers on Monday. The first contract "
        "talks began in 2022."
    )
    assert len(deals) == 1


def test_an_older_programme_told_in_passing_leaves_the_approved_one_the_storys() -> None:
    deals = _deals(
        "The International Monetary Fund has approved a new $7 billion Extended Fund Facility for "
        "Peru. The programme is expected to help. Peru owes the Fund $4 billion under a programme "
        "negotiated under president Juan Perez in 2018."
    )
    older = next(g for g in deals if g.year == 2018)
    new = next(g for g in deals if g is not older)
    assert new.status == "in_force" and new.value == "$7 billion"  # a facility the board approved is open
    assert "programme" in new.keywords  # "The programme is expected to help": the approved one


def test_a_ceasefire_dated_right_after_its_noun_is_an_older_text() -> None:
    deals = _deals(
        "Chad and Sudan agreed a border treaty on Monday. The two neighbours fought a war that "
        "ended with a ceasefire in March 2010."
    )
    older = next(g for g in deals if g.year == 2010)
    assert set(older.parties) == {"Chad", "Sudan"} and older.status == "signed"
    assert next(g for g in deals if g is not older).year == 2025


def test_a_truce_brokered_and_then_signed_on_a_date_is_an_older_text() -> None:
    deals = _deals(
        "Chad and Sudan agreed a border treaty on Monday. Their last war was halted by a truce "
        "brokered by Qatar and signed on June 4, 2011."
    )
    assert any(g.year == 2011 and set(g.parties) >= {"Chad", "Sudan"} for g in deals)
    assert any(g.year == 2025 for g in deals)


def test_a_truce_ending_fighting_its_sentence_dates_is_an_older_text() -> None:
    deals = _deals(
        "Chad and Sudan agreed a border treaty on Monday. The clashes of 2012 ended with a truce "
        "brokered by the two armies."
    )
    older = next(g for g in deals if g.year == 2012)
    assert set(older.parties) == {"Chad", "Sudan"} and older.status == "signed"
    assert any(f.rule == "dated_mention" for f in older.facts if f.field == "year")


def test_a_truce_ending_fighting_with_two_years_is_not_dated() -> None:
    deals = _deals(
        "Chad and Sudan agreed a border treaty on Monday. The clashes of 2011 and 2012 ended with "
        "a truce."
    )
    assert not any(g.year in (2011, 2012) for g in deals)


def test_an_indefinite_text_signed_in_the_passive_with_a_partner_is_an_older_text() -> None:
    deals = _deals(
        "Kenya signed a border treaty with Uganda on Monday. A similar border treaty was signed "
        "with Tanzania in 2009, but it was never ratified."
    )
    older = next(g for g in deals if g.year == 2009)
    assert set(older.parties) == {"Kenya", "Tanzania"}
    assert next(g for g in deals if g is not older).year == 2025  # not the older text's year


def test_a_deal_made_with_a_partner_in_an_earlier_year_is_an_older_text() -> None:
    deals = _deals(
        "Kenya and Uganda signed a border treaty on Monday. Fighting had gone on until the rebels "
        "signed a peace deal with the government in 2011."
    )
    older = next(g for g in deals if g.year == 2011)
    assert set(older.parties) == {"Kenya", "Uganda"}
    assert any(g.year == 2025 for g in deals if g is not older)


def test_a_deal_made_with_a_partner_on_the_story_day_is_the_storys() -> None:
    deals = _deals("Kenya and Uganda signed a border treaty on Monday. Kenya reached a deal with Uganda in 2025.")
    assert not any(g.year == 2011 for g in deals) and all(g.year == 2025 for g in deals)
