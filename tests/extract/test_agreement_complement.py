"""Rule complement_skipped: the verb after a mention's short complement ("the loan agreement for
the project was signed") gives the mention's status."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> str | None:
    (g,) = run(text, published="2024-03-10").agreements
    return g.status


def test_a_for_complement_before_the_verb() -> None:
    text = "Ghana and Japan held talks in Accra. The Volta Bridge Loan Agreement for the project was signed by both ministers."
    assert _status(text) == "signed"


def test_an_on_complement_before_the_verb() -> None:
    text = "Ghana and Japan held talks in Accra, and the Volta Bridge Loan Agreement on the new crossing was signed there."
    assert _status(text) == "signed"


def test_a_long_complement_is_not_skipped() -> None:
    text = "Ghana and Japan held talks in Accra. The Volta Bridge Loan Agreement for the new coastal road project was signed later."
    assert _status(text) is None
