"""Rule broker_between: the sides of a text a go-between brokered are those after "between", past
the broker's names ("a truce mediated by Qatar between Israel and Hamas"); the broker is none."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A truce mediated by Qatar between Israel and Hamas took effect on Friday.", {"Israel", "Hamas"}),
        ("The ceasefire brokered by Qatar, Egypt and the United States between Israel and Hamas held for a week.", {"Israel", "Hamas"}),
        ("A deal brokered by the African Union between Ethiopia and Eritrea ended the war.", {"Ethiopia", "Eritrea"}),
        ("The peace accord facilitated by Norway between Colombia and the FARC was signed in 2016.", {"Colombia", "FARC"}),
    ],
)
def test_the_sides_follow_the_brokers(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides


def test_a_broker_with_no_sides_named_makes_no_pair() -> None:
    assert all(len(g.parties) < 2 for g in run("A truce brokered by Qatar took effect between the rivals.").agreements)
