"""The year written in the mention of an agreement under review is its own year (rule
reviewed_dated); a year after a review, or before a text still negotiated, is not."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "Peru called for a review of a 2017 security treaty with Chile.",
        "Peru wants to revise the 2017 security treaty with Chile.",
    ],
)
def test_a_dated_mention_under_review_keeps_its_year(text: str) -> None:
    (g,) = run(text).agreements
    assert g.status == "under_review"
    assert g.year == 2017


def test_the_year_of_a_review_is_not_the_treaty_year() -> None:
    (g,) = run("Peru and Chile agreed to review the security treaty in 2026.").agreements
    assert g.year is None


def test_a_year_before_a_text_in_talks_is_no_year() -> None:
    (g,) = run("Peru and Chile began talks on a 2030 climate pact.").agreements
    assert g.status == "under_negotiation"
    assert g.year is None
