"""Rule attributive_owner: a party's name set as a modifier of the agreement noun right after
"the", with the partner after "with" ("the Gazprom contract with Naftogaz", "the Moldova
contract with Russia"), names one side, the partner the other."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Gazprom contract with Naftogaz was extended in 2019.", {"Gazprom", "Naftogaz"}),
        ("The Petrobras deal with Sinopec was signed in 2022.", {"Petrobras", "Sinopec"}),
        ("Officials said the Eni agreement with QatarEnergy would run for 27 years.", {"Eni", "QatarEnergy"}),
        ("The Moldova contract with Russia was extended in 2021.", {"Moldova", "Russia"}),
        ("Critics said the Uganda loan with China was too costly.", {"Uganda", "China"}),
    ],
)
def test_a_party_named_before_the_noun_is_one_side(text: str, parties: set[str]) -> None:
    (g,) = run(text).agreements
    assert set(g.parties) == parties


def test_no_partner_after_with_makes_no_pair() -> None:
    assert all(len(g.parties) < 2 for g in run("The Gazprom contract was extended in 2019.").agreements)
