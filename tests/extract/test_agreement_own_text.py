"""Rule own_text: a third party's own text of the told kind with no partner written ("Denmark is
due to sign its own deal", "Norway signed a similar one in 2022") is one with the told
agreement's partner after "with"; a phrase that names no text makes none."""

from __future__ import annotations

import pytest

from tests.extract_support import run

_TOLD = "Sweden signed a defence agreement with the United States on Tuesday. "


@pytest.mark.parametrize(
    ("text", "side", "year"),
    [
        ("Denmark is due to sign its own deal later this week.", "Denmark", None),
        ("Norway signed a similar one in 2022.", "Norway", 2022),
        ("Finland signed a similar agreement in 2021.", "Finland", 2021),
        ("Finland is expected to sign its own next month.", "Finland", None),
        ("Estonia has already concluded its own agreement.", "Estonia", None),
    ],
)
def test_an_own_text_is_with_the_told_partner(text: str, side: str, year: int | None) -> None:
    found = {frozenset(g.parties): g for g in run(_TOLD + text, published="2024-05-10").agreements}
    g = found[frozenset({side, "United States"})]
    assert year is None or g.year == year


@pytest.mark.parametrize(
    "text",
    [
        "Denmark has its own view of the matter.",
        "Norway took a similar view on Monday.",
        "Denmark signed its own pact with Germany.",
    ],
)
def test_no_text_or_a_partner_of_its_own_makes_no_such_record(text: str) -> None:
    found = {frozenset(g.parties) for g in run(_TOLD + text, published="2024-05-10").agreements}
    assert not any("United States" in p and len(p - {"Sweden", "United States"}) for p in found)
