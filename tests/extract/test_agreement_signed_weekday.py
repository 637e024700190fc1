"""Rule signed_weekday_year: an agreement signed "on <weekday>" takes the article's year, not
the year a later sentence gives its talks."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str, published: str | None = "2024-03-10") -> int | None:
    (g,) = run(text, published=published).agreements
    return g.year


LATER_YEAR = (
    "Chile and Vietnam signed a free trade agreement on Thursday. "
    "The agreement was concluded in October 2022 after three years of negotiations."
)


def test_the_weekday_of_the_signing_gives_the_article_year() -> None:
    assert _year(LATER_YEAR) == 2024


def test_a_place_between_the_mention_and_the_weekday() -> None:
    text = (
        "Chile and Vietnam signed a free trade agreement in Santiago on Thursday. "
        "The agreement was concluded in October 2022 after three years of negotiations."
    )
    assert _year(text) == 2024


def test_an_undated_article_keeps_the_written_year() -> None:
    assert _year(LATER_YEAR, published=None) == 2022


def test_a_ratification_on_a_weekday_does_not_date_the_signing() -> None:
    text = (
        "Norway's parliament ratified the Accession Protocol of Finland on Tuesday. "
        "The protocol was signed in Brussels on July 5, 2022."
    )
    assert _year(text) == 2022


def _dated(text: str) -> tuple[int | None, set[str]]:
    (g,) = run(text, published="2024-06-01").agreements
    return g.year, {f.rule for f in g.facts if f.field == "year"}


def test_a_day_of_a_month_after_a_place_of_two_words() -> None:
    text = "Chile and Peru signed the Andes Pact in New Delhi on May 3, ending talks that began in 2019."
    assert _dated(text) == (2024, {"signed_weekday_year"})


def test_a_day_before_the_signing_verb() -> None:
    assert _dated("Chile and Peru on 3 May signed the Andes Pact, the first since the 2001 war.") == (2024, {"signed_weekday_year"})


def test_a_day_with_its_own_year_keeps_that_year() -> None:
    assert _dated("Chile and Peru signed the Andes Pact in Lima on 3 May 2019.")[0] == 2019


def test_a_day_after_the_verb_of_a_relative_clause() -> None:
    ex = run("The Andes Pact, which Chile and Peru signed on Monday, replaces the 2001 Lima Accord.", published="2024-06-01")
    g = next(a for a in ex.agreements if a.name == "Andes Pact")
    assert g.year == 2024 and {f.rule for f in g.facts if f.field == "year"} == {"signed_weekday_year"}
