"""Rule won_verb: "won" after a country's name and before a determiner is the verb ("South Korea
won a contract", "Morocco won a loan from the World Bank"), so the country acts; after a
demonym and before no object ("2 trillion Korean won") it is still the currency."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("South Korea won a $17 billion contract from Poland in 2022.", {"South Korea", "Poland"}),
        ("Tunisia won a $500 million loan from the World Bank in 2023.", {"Tunisia", "World Bank"}),
    ],
)
def test_won_before_an_object_is_the_verb(text: str, parties: set[str]) -> None:
    ex = run(text)
    assert any(set(g.parties) == parties for g in ex.agreements), [(g.name, g.parties) for g in ex.agreements]


def test_won_after_a_demonym_is_money() -> None:
    ex = run("Poland paid 2 trillion Korean won for the tanks.")
    assert "South Korea" not in {a.name for a in ex.actors}
