"""Rule allowed_under: a text one side lets another act under ("Somaliland agreed to let the UAE
build a base under a 25-year agreement") is the text of the one who lets and the one let."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Djibouti has agreed to let Japan expand a naval support facility at its port under a 20-year agreement.", {"Djibouti", "Japan"}),
        ("Sri Lanka agreed to allow India to run the terminal under a 35-year deal.", {"Sri Lanka", "India"}),
        ("Kenya will let Britain train troops in Nanyuki under a defence cooperation agreement.", {"Kenya", "United Kingdom"}),
        ("In 2019 Oman permitted India to use the port of Duqm under a logistics pact.", {"Oman", "India"}),
        (
            "Somaliland, which broke away from Somalia in 1991, has also agreed to let Ethiopia use the port under a 50-year lease agreement.",
            {"Somaliland", "Ethiopia"},
        ),
    ],
)
def test_the_one_who_lets_and_the_one_let_are_the_sides(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides


@pytest.mark.parametrize(
    "text",
    [
        "The rules allowed Egypt to buy jets under a loan agreement.",
        "Peru allowed Chilean boats to fish under a new accord.",
    ],
)
def test_no_one_who_lets_or_no_one_let_makes_no_pair(text: str) -> None:
    assert all(len(g.parties) < 2 for g in run(text).agreements)
