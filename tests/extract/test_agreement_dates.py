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
