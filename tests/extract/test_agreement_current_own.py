"""Rules current_in_force and own_before_mention (in status_cues): "its current pact", like "the
existing pact", is in force; "its own treaty" is read past "own" to the cue before it."""

from __future__ import annotations

import pytest

from tests.extract_support import first_status, run


def _status(text: str) -> str | None:
    return first_status(text, published="2024-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "Manila said its current defence pact with Japan expires in 2030.",
        "The current fisheries agreement between Senegal and the European Union runs until 2026.",
        "Kenya and Uganda said the current trade pact between the two countries had served both sides well.",
        "Under fire at home, Canberra defended its current security treaty with Port Moresby on Monday.",
        "Tokyo said its current Reciprocal Access Agreement with Manila would be expanded.",
    ],
)
def test_current_is_in_force(text: str) -> None:
    assert _status(text) == "in_force"


def test_current_dates_nothing() -> None:
    text = "Under fire at home, Canberra defended its current security treaty with Port Moresby on Monday."
    assert run(text, published="2024-05-02").agreements[0].year is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Peru is reviewing its own extradition treaty with Chile.", "under_review"),
        ("Vietnam said it was revising its own fisheries agreement with Indonesia.", "under_review"),
        ("Norway plans to sign its own defence deal with Washington next week.", "announced"),
        ("Ecuador is negotiating its own trade agreement with China.", "under_negotiation"),
    ],
)
def test_own_is_read_past(text: str, status: str) -> None:
    assert _status(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to review the current trade pact between the two countries.",
        "Tokyo wants to renegotiate its current Reciprocal Access Agreement with Manila.",
        "Chile and Peru will revise the existing port pact between the two countries.",
    ],
)
def test_a_cue_before_current_is_read_first(text: str) -> None:
    assert _status(text) == "under_review"
