"""A signing only expected ("is expected to be signed in March", "is due to be signed next
month") leaves the text under negotiation; one fixed on a day ("is to be signed on Friday",
"set to sign") is announced."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> str | None:
    (g,) = run(text).agreements
    return g.status


def test_expected_to_be_signed_is_under_negotiation() -> None:
    assert _status("A pipeline agreement between Uganda and Tanzania is expected to be signed in March.") == "under_negotiation"
    assert _status("A rail agreement between Uganda and Rwanda is due to be signed next month.") == "under_negotiation"


def test_a_fixed_signing_is_announced() -> None:
    assert _status("The pipeline agreement between Uganda and Kenya is to be signed on Friday.") == "announced"
    assert _status("Uganda and Kenya are set to sign a pipeline agreement.") == "announced"
