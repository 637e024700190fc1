"""Rule with_list: the partners a "with" after a named agreement lists are all its parties, and
the verb after the list, not its first name, tells the agreement's status and year."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "parties", "status", "year"),
    [
        ("The Andes Treaty with Peru and Bolivia was signed in 1951.", {"Peru", "Bolivia"}, "signed", 1951),
        (
            "This is the first alliance Chile has entered since the Andes Treaty with Peru and Bolivia was signed in 1951.",
            {"Peru", "Bolivia"},
            "signed",
            1951,
        ),
        ("The Andes Treaty with Norway and Iceland took effect in 1962.", {"Norway", "Iceland"}, "in_force", 1962),
        ("Argentina's Andes Treaty with Peru, Chile and Bolivia entered into force in 2003.", {"Argentina", "Peru", "Chile", "Bolivia"}, "in_force", 2003),
        ("Argentina ratified the Andes Treaty with Peru and Bolivia in 1999.", {"Argentina", "Peru", "Bolivia"}, "signed", 1999),
    ],
)
def test_every_listed_partner_and_the_verb_after_the_list(sentence: str, parties: set[str], status: str, year: int) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert set(g.parties) == parties and g.status == status and g.year == year


def test_one_partner_stays_one() -> None:
    (g,) = run("The Andes Treaty with Peru was signed in 1951.", published="2025-03-03").agreements
    assert g.parties == ["Peru"] and g.year == 1951


def test_a_described_text_with_listed_partners_is_one_of_them_all() -> None:
    (g,) = run("The EU signed a fisheries memorandum with Egypt and Jordan in 2022.", published="2025-03-03").agreements
    assert set(g.parties) == {"European Union", "Egypt", "Jordan"} and g.year == 2022
