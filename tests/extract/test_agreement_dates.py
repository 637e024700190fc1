"""Rule day_article_year: an agreement signed or announced on a day the text names without a
year ("on Friday", "last year") takes its year from the article's date."""

from __future__ import annotations

from tests.extract_support import agreement, run

SIGNED_ON_A_DAY = "Chile and Peru on Wednesday signed a fisheries agreement covering their shared coast."


def test_a_weekday_gives_the_article_year() -> None:
    g = agreement(run(SIGNED_ON_A_DAY, published="2021-05-14"), "Chile-Peru fisheries agreement")
    assert g is not None and (g.status, g.year) == ("signed", 2021)
    assert any(f.field == "year" and f.value == 2021 and f.sentence == 0 for f in g.facts)


def test_no_article_date_no_year() -> None:
    g = agreement(run(SIGNED_ON_A_DAY), "Chile-Peru fisheries agreement")
    assert g is not None and g.year is None


def test_a_month_and_day_without_year() -> None:
    text = "Chile and Peru signed a fisheries agreement on March 3 in Lima."
    g = agreement(run(text, published="2019-03-05"), "Chile-Peru fisheries agreement")
    assert g is not None and g.year == 2019


def test_last_year_is_the_year_before() -> None:
    text = "Chile and Peru signed a fisheries agreement last year, officials recalled."
    g = agreement(run(text, published="2019-08-01"), "Chile-Peru fisheries agreement")
    assert g is not None and g.year == 2018


def test_a_written_year_wins() -> None:
    text = "On Monday officials said Chile and Peru had signed a fisheries agreement in 2011."
    g = agreement(run(text, published="2019-08-01"), "Chile-Peru fisheries agreement")
    assert g is not None and g.year == 2011


def test_an_alliance_in_force_takes_no_day_year() -> None:
    text = "On Monday the U.S.-Japan alliance remains the cornerstone of regional security, officials said."
    g = agreement(run(text, published="2019-08-01"), "U.S.-Japan alliance")
    assert g is not None and g.year is None


def test_a_mention_opening_with_its_year() -> None:
    text = "Chile and Peru renewed a 2004 fisheries agreement, officials recalled."
    g = next(a for a in run(text).agreements if a.unnamed)
    assert g.year == 2004


def test_signed_by_then_a_full_date() -> None:
    text = "Both sides cited the Accra Declaration signed by the two parties on 25 April, 2019 in Lome."
    g = agreement(run(text), "Accra Declaration")
    assert g is not None and g.year == 2019
    assert {f.rule for f in g.facts if f.field == "year"} == {"year_after_mention"}


def test_month_day_year_after_on() -> None:
    g = agreement(run("The Accra Declaration was signed on March 3, 2017 in Ghana."), "Accra Declaration")
    assert g is not None and g.year == 2017


def test_the_lede_reports_the_days_news() -> None:
    text = (
        "Chile and Peru have signed a fisheries agreement that opens their shared waters to both "
        "fleets, officials in both capitals said. The agreement covers tuna and anchovy catches."
    )
    g = agreement(run(text, published="2022-06-01"), "Chile-Peru fisheries agreement")
    assert g is not None and g.year == 2022
    assert {f.rule for f in g.facts if f.field == "year"} == {"lede_article_year"}


def test_a_later_paragraph_is_not_the_lede() -> None:
    text = (
        "Fishermen in both countries have long argued over quotas along the shared coast, and "
        "prices have risen for years. Scientists warn the stocks are falling fast in the south. "
        "Chile and Peru signed a fisheries agreement, officials recalled."
    )
    g = agreement(run(text, published="2022-06-01"), "Chile-Peru fisheries agreement")
    assert g is not None and g.year is None


def test_an_undated_article_takes_the_latest_date_it_writes() -> None:
    """Rule text_date: with no publication date, a caption's full date dates the article."""
    text = (
        "Troops patrol the border on October 24, 2018 near the coast. Chile and Peru are set to "
        "sign a fisheries agreement on Thursday, officials said. Talks began on 3 March 2016."
    )
    g = agreement(run(text), "Chile-Peru fisheries agreement")
    assert g is not None and g.status == "announced" and g.year == 2018


def test_a_modal_may_is_no_month() -> None:
    text = "Chile and Peru may sign a fisheries agreement on Friday, officials said in 2015 talks."
    g = agreement(run(text), "Chile-Peru fisheries agreement")
    assert g is not None and g.year is None


def test_year_after_a_partner() -> None:
    text = "Troops rotate under a Coastal Patrol Agreement (CPA) signed with Chile in 2004, officials said."
    g = agreement(run(text), "Coastal Patrol Agreement")
    assert g is not None and g.year == 2004


def test_year_after_an_apposition() -> None:
    text = "Peru cited the Lima Accords, the UN-brokered agreements signed at the Palace in 2012 by both sides."
    g = agreement(run(text), "Lima Accords")
    assert g is not None and g.year == 2012


def test_a_full_date_in_the_announcing_sentence() -> None:
    text = "Chile and Peru on Wednesday, April 26, 2017, announced the Pacific Fisheries Declaration in Lima."
    g = agreement(run(text), "Pacific Fisheries Declaration")
    assert g is not None and g.year == 2017
    assert {f.rule for f in g.facts if f.field == "year"} == {"full_date_year"}


def test_year_after_a_place() -> None:
    g = agreement(run("The Andes Water Treaty was signed in La Paz in 1993 by five states."), "Andes Water Treaty")
    assert g is not None and g.year == 1993


def test_approved_by_members_in_a_month_and_year() -> None:
    text = "The Andes Water Treaty (AWT), was approved by UN member states in June 2013 after long talks."
    g = agreement(run(text), "Andes Water Treaty")
    assert g is not None and g.year == 2013


def test_an_instrument_under_a_known_convention_is_named_in_full() -> None:
    """Rule instrument_under: the protocol is its own agreement, not the convention it names."""
    text = (
        "The Protocol to the Chemical Weapons Convention on Verification of Industrial Sites (PVIS), "
        "was approved by member states in May 2016. It has gathered the ratifications it needed "
        "to enter into force next year."
    )
    ex = run(text, published="2020-01-10")
    names = [a.name for a in ex.agreements]
    assert names == ["Protocol to the Chemical Weapons Convention on Verification of Industrial Sites"]
    g = ex.agreements[0]
    assert g.year == 2016 and g.status != "in_force"  # about to enter into force: not aged into it
