"""Rule part_of_the_month: an event dated by a part of the month or year ("at the end of the
month", "by the middle of the year") is of the article's own year."""

from __future__ import annotations

from store.extract.when import dates_itself
from tests.extract_support import run

_LEAD = (
    "Ghana and Togo have argued over their coastal border for decades, with fishermen on both sides caught in the dispute.\n\n"
    "Talks between the two governments collapsed twice before mediators from the region stepped in last spring.\n\n"
)


def _year(text: str) -> int | None:
    (g,) = run(_LEAD + text, published="2024-03-10").agreements
    return g.year


def test_a_signing_due_at_the_end_of_the_month() -> None:
    text = "The presidents are expected to meet in Lome at the end of the month, where they are due to sign a border agreement between Ghana and Togo."
    assert _year(text) == 2024


def test_a_signing_at_the_start_of_the_year() -> None:
    assert _year("Ghana and Togo signed a border agreement at the start of the year.") == 2024


def test_the_phrase_writes_no_year_of_its_own() -> None:
    assert not dates_itself("at the end of the month".split())
