"""Rule not_yet_signed, more of its wordings: a text that "still has to be signed", "still needs
to be signed", "remains to be signed" or "is to be signed" is agreed, not signed (announced);
one still to be ratified stays signed."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed the Andes Treaty on Friday. The Andes Treaty still has to be signed and ratified.",
        "Peru and Chile agreed the Andes Treaty on Friday. The Andes Treaty still needs to be signed.",
        "Peru and Chile agreed the Andes Treaty on Friday. The Andes Treaty remains to be signed.",
        "Peru and Chile agreed the Andes Treaty on Friday. The Andes Treaty is to be signed next month.",
        "Peru and Chile agreed a fisheries deal on Friday, which still has to be signed.",
    ],
)
def test_a_text_still_to_sign_is_announced(text: str) -> None:
    (g,) = run(text, published="2025-08-09").agreements
    assert g.status == "announced"


def test_a_text_still_to_ratify_stays_signed() -> None:
    (g,) = run("Peru and Chile signed the Andes Treaty on Friday. The Andes Treaty still has to be ratified.", published="2025-08-09").agreements
    assert g.status == "signed"
