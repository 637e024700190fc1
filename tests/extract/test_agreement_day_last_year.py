"""Rule day_last_year: a day and month closed by "last year" ("signed on 6 November last year")
dates the agreement the year before the article's; a bare day stays of the article's year."""

from __future__ import annotations

from tests.extract_support import run

_LEAD = "Ghana's parliament on Wednesday approved a border agreement with Togo. "


def _year(text: str) -> int | None:
    (g,) = run(_LEAD + text, published="2024-03-10").agreements
    return g.year


def test_day_before_the_month_last_year() -> None:
    assert _year("The agreement, signed in Accra on 6 November last year by the two ministers, was endorsed by the cabinet.") == 2023


def test_month_before_the_day_last_year() -> None:
    assert _year("The agreement, signed in Accra on Nov. 6 last year, was endorsed by the cabinet.") == 2023


def test_a_last_year_elsewhere_in_the_sentence_does_not_date_the_day() -> None:
    assert _year("The agreement, signed in Accra on Feb. 6, was endorsed by the cabinet, which met last year.") == 2024
