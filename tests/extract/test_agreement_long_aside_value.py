"""Rule value_after_mention past a long participle aside: ", concluded through the U.S.
Army's cooperation office in Lima, is worth ..." (a full stop inside "U.S." is no
sentence end) gives the value of the agreement before the aside."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Peru signed a contract with Chile on Thursday to buy 30 radars. The deal, concluded through "
            "the U.S. Army's cooperation office in Lima, is worth up to $300 million.",
            "$300 million",
        ),
        ("Peru signed a contract with Chile. The deal, signed in Lima by the two ministers after months of talks, is worth $2 billion.", "$2 billion"),
        ("Peru signed the Andes Agreement, concluded in Lima by the two ministers after months of talks, worth $2 billion.", "$2 billion"),
    ],
)
def test_a_value_past_a_long_aside(text: str, value: str | None) -> None:
    found = run(text, published="2024-01-18").agreements
    assert found[0].value == value
