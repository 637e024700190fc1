"""Rule pair_clause: a clause listing both sides after an agreement's noun ("the trade pact
that Peru and Chile signed in 2015") tells the text's parties and year, with no "with"."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides", "year"),
    [
        ("The visit reaffirmed the trade pact that Peru and Chile signed in 2015.", {"Peru", "Chile"}, 2015),
        ("The visit reaffirmed the trade pact Peru and Chile signed in 2015.", {"Peru", "Chile"}, 2015),
        ("The minister praised the strategic partnership that Chile and Peru established in 2011.", {"Chile", "Peru"}, 2011),
        ("The seat agreement that Senegal and the IAEA signed in Dakar in June 2018 set up the office.", {"Senegal", "International Atomic Energy Agency"}, 2018),
        ("Critics attacked the water accord which Egypt and Sudan have signed.", {"Egypt", "Sudan"}, None),
    ],
)
def test_a_clause_listing_both_sides_tells_the_parties(text: str, sides: set[str], year: int | None) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides and g.year == year
