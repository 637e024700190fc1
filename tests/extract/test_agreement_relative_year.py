"""Rule relative_year: a making dated by a year told before ("That year,", "A year later,", "the
following year", "Two years later,"; `relative_years` in `cues.json`) takes the last year
written before the phrase, in its sentence or the one before, plus the phrase's count; a span
to come ("within the next year", "over the following year") dates nothing, nor does a phrase
with no year written before it."""

from __future__ import annotations

import pytest

from tests.extract_support import run

_LEDE = (
    "Egypt and France held talks in Cairo on Monday on fighter jets, after months of contacts between their defence ministries.\n\n"
    "Their first arms talks opened in 2014, when the air force needed new aircraft quickly to replace its fleet.\n\n"
)


def _year(text: str, word: str, lede: str = _LEDE) -> int | None:
    found = run(lede + text, published="2024-05-02").agreements
    return next(g for g in found if word in g.name).year


@pytest.mark.parametrize(
    ("text", "word", "year"),
    [
        ("That year, Cairo signed a 5.2-billion-euro arms deal with Paris.", "arms", 2014),
        ("A year later, Cairo signed a maintenance contract with Paris.", "maintenance", 2015),
        ("The two sides signed a training agreement the following year.", "training", 2015),
        ("Two years later, Egypt and France signed a space cooperation agreement.", "space", 2016),
        ("Later that year, Egypt signed a naval pact with France.", "naval", 2014),
        ("In 2019 Egypt signed a satellite contract with France, and the same year a radar contract with Paris.", "satellite", 2019),
    ],
)
def test_a_relative_year_counts_from_the_last_year_told(text: str, word: str, year: int) -> None:
    assert _year(text, word) == year


def test_a_span_to_come_dates_nothing() -> None:
    text = "The partners were joined over the following year by Greece, which signed a training pact with Egypt."
    assert _year(text, "training") is None


def test_no_year_told_before_dates_nothing() -> None:
    lede = (
        "Chile and Peru opened talks on a port treaty, after months of contacts between their transport ministries.\n\n"
        "Officials in Lima said the port needed new rules quickly to cope with rising traffic from Asia.\n\n"
    )
    assert _year("That year, Lima signed a port treaty with Santiago.", "port", lede) is None
