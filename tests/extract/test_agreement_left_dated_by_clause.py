"""Rule signed_aside with "it": an agreement a country leaves or suspends is dated by the clause
saying when it was made ("suspended the Treaty ... it concluded with Peru on October 8, 2002"),
not by a year read elsewhere; without such a clause the leaving's own date gives none."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> int | None:
    (g,) = run(text, published="2024-01-01").agreements
    return g.year


def test_a_suspended_treaty_dated_by_its_contact_clause() -> None:
    text = "Chile on Wednesday suspended the Treaty of Andean Friendship it concluded with Peru on October 8, 2002."
    assert _year(text) == 2002


def test_a_suspension_dated_by_its_own_year_gives_none() -> None:
    assert _year("Chile suspended the Treaty of Andean Friendship in March 2023.") is None
