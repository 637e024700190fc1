"""Rule dates_back_year: "The accord dates back to 2012" or ", dating from 1999," after a
mention gives the agreement that year; a decade ("dates back to the 1990s") gives none."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> tuple[int | None, set[str]]:
    (g,) = run(text, published="2024-06-01").agreements
    return g.year, {f.rule for f in g.facts if f.field == "year"}


def test_the_accord_dates_back_to_a_year() -> None:
    text = "Chile denounced its defence agreement with Peru on Saturday. The accord dates back to 2012."
    assert _year(text) == (2012, {"dates_back_year"})


def test_an_aside_dating_from_a_year() -> None:
    assert _year("The Andes Water Treaty, dating from 1999, governs the river.") == (1999, {"dates_back_year"})


def test_a_decade_gives_no_year() -> None:
    assert _year("The Andes Water Treaty dates back to the 1990s.")[0] is None
