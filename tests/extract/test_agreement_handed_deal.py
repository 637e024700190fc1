"""Rule handed_deal: a side that hands or gives another a contract or a deal ("Tanzania handed DP
World a 30-year deal to run the port") made it with that side; a deal is read so only after a
verb of giving, and what else is handed ("a defeat", "a deadline") is no text."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Tanzania handed DP World a 30-year deal to run the port.", {"Tanzania", "DP World"}),
        ("Kenya gave Glencore a contract to build the pipeline.", {"Kenya", "Glencore"}),
        ("Kenya handed Glencore a $2 billion contract in 2023.", {"Kenya", "Glencore"}),
        ("Uganda awards TotalEnergies a five-year deal to supply fuel.", {"Uganda", "TotalEnergies"}),
    ],
)
def test_a_text_handed_to_a_side_is_of_both(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides and g.status == "signed"


@pytest.mark.parametrize("text", ["Peru handed Chile a defeat in the final.", "The court gave Shell a deadline to respond."])
def test_what_is_no_text_makes_none(text: str) -> None:
    assert run(text).agreements == []
