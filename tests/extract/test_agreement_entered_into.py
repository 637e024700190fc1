"""Status cues "entered into" (signed: "the companies entered into a Koror Security Agreement")
and "to enter into" / "will enter into" (announced), beside "entered into force" (in force),
which the longer phrase keeps."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> str | None:
    (g,) = run(text, published="2024-06-01").agreements
    return g.status


def test_entered_into_an_agreement_is_signed() -> None:
    assert _status("The two firms entered into a Koror Security Agreement with the government of Palau.") == "signed"


def test_to_enter_into_an_agreement_is_announced() -> None:
    assert _status("Palau said it plans to enter into the Koror Security Agreement with Japan.") == "announced"


def test_entered_into_force_stays_in_force() -> None:
    assert _status("The Koror Security Agreement entered into force in 2001.") == "in_force"
