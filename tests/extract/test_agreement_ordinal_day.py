"""Rule ordinal_day: a date whose day is written as an ordinal ("10th March 2019", "March
10th, 2019", "the 3rd of March") dates an agreement like one with a bare day."""

from __future__ import annotations

from store.extract.day_forms import is_day
from tests.extract_support import run


def _year(text: str) -> int | None:
    (g,) = run(text, published="2024-03-10").agreements
    return g.year


def test_day_forms() -> None:
    assert all(map(is_day, ["1", "10", "1st", "2nd", "3rd", "10th", "31st", "22ND"]))
    assert not any(map(is_day, ["100", "32nd", "0th", "th", "2019", "10x", "first"]))


def test_an_ordinal_day_before_the_month_and_year() -> None:
    text = "Ghana's parliament on Wednesday approved a border agreement with Togo. The agreement was signed on 10th March 2019 in Accra."
    assert _year(text) == 2019


def test_an_ordinal_day_after_the_month() -> None:
    text = "Ghana's parliament on Wednesday approved a border agreement with Togo. The agreement was signed on March 10th, 2019 in Accra."
    assert _year(text) == 2019


def test_an_ordinal_day_without_a_year_is_of_the_article() -> None:
    assert _year("Ghana and Togo signed a border agreement on 3rd March.") == 2024
    assert _year("Ghana and Togo signed a border agreement on the 3rd of March.") == 2024


def test_a_count_before_of_is_no_day() -> None:
    assert _year("Ghana and Togo signed a border agreement for 3 of the 4 zones.") is None
