"""Rule year_of_description without a comma: "A 2015 deal known as the Quito Agreement" dates
the name by its description as "the 2015 nuclear deal, formally known as ..." does; a
description without a year dates nothing."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> tuple[int | None, str]:
    (g,) = run(text, published="2024-01-01").agreements
    return g.year, next((f.rule for f in g.facts if f.field == "year"), "")


def test_a_dated_description_without_a_comma() -> None:
    assert _year("A 2015 deal known as the Quito Agreement restarted the mine expansion.") == (2015, "year_of_description")


def test_a_dated_description_with_a_comma() -> None:
    text = "The 2016 pact, formally known as the Quito Agreement, restarted the mine expansion."
    assert _year(text)[0] == 2016


def test_a_description_without_a_year() -> None:
    assert _year("A mining deal known as the Quito Agreement restarted the mine expansion.")[0] is None
