"""Rule opening_year: a sentence that opens "In <year>" dates the agreement it reports signed,
when it writes no other year."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> int | None:
    (g,) = run(text, published="2025-06-01").agreements
    return g.year


def test_the_opening_year_dates_the_signing() -> None:
    assert _year("In 1998, Peru and Ecuador signed a peace treaty in Brasilia.") == 1998


def test_an_opening_year_before_a_name() -> None:
    assert _year("In 2004 Chile and Mexico signed the Pacific Fisheries Treaty in Lima.") == 2004


def test_two_years_in_the_sentence_date_nothing() -> None:
    assert _year("In 1998, Peru and Ecuador signed a peace treaty, and in 2000 they opened the border.") is None


def test_a_year_not_opening_the_sentence_is_not_read_so() -> None:
    assert _year("Peru and Ecuador, at odds since 1995, signed a peace treaty on the border.") is None


def test_an_opening_month_and_year_date_the_signing() -> None:
    assert _year("In March 2019 Peru and Ecuador signed a border treaty in Quito.") == 2019
