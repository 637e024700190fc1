"""Rule elevated_ties: ties raised to a partnership ("upgraded their relations to a
comprehensive strategic partnership") are a compact of the verb's subject; raising what is no
tie makes nothing."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Vietnam and Australia upgraded their relations to a comprehensive strategic partnership on Thursday.", {"Vietnam", "Australia"}),
        ("China and Kenya lifted their ties to a comprehensive strategic cooperative partnership.", {"China", "Kenya"}),
        ("Egypt and India elevated relations to the level of a strategic partnership in 2023.", {"Egypt", "India"}),
        ('Kenya and China agreed to elevate ties to a "comprehensive strategic cooperative partnership".', {"Kenya", "China"}),
        ("Kenya's president visited China in May, with both sides agreeing to elevate ties to a comprehensive strategic partnership.", {"Kenya", "China"}),
        ("Chile and Brazil raised bilateral ties to a strategic partnership during the visit.", {"Chile", "Brazil"}),
        ("Indonesia and Vietnam established a strategic partnership in 2013.", {"Indonesia", "Vietnam"}),
    ],
)
def test_ties_raised_to_a_partnership_make_it(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides and "partnership" in g.name


@pytest.mark.parametrize(
    "text",
    [
        "Peru raised its tariffs to a record level.",
        "Ghana upgraded its roads to a better standard.",
        "Peru and Chile raised their voices to a shout.",
    ],
)
def test_raising_what_is_no_tie_makes_nothing(text: str) -> None:
    assert run(text).agreements == []
