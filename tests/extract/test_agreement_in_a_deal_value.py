"""Rule value_after_mention through ", in a deal (that X said was) worth ...": the deal an
agreement is told as made in gives its value; a move or step "worth" something gives none."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Peru and Chile signed a lease agreement on Friday for six frigates, in a deal that Santiago said was worth up to 3 billion euros.",
            "3 billion euros",
        ),
        ("Peru signed the Andes Agreement with Chile, in a contract valued at $2 billion.", "$2 billion"),
        ("Peru signed the Andes Agreement with Chile, in a deal worth about $3 billion, officials said.", "$3 billion"),
        ("Peru signed the Andes Agreement with Chile, in a move that analysts said was worth watching.", None),
    ],
)
def test_the_deal_it_was_made_in(sentence: str, value: str | None) -> None:
    g = run(sentence, published="2025-10-28").agreements[0]
    assert g.value == value
