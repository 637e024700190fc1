"""Rules plural_of_list and the party phrase after "between": "between the governments of X and
Y" lists X and Y, and the verb after "between the two countries" or "between both nations" is
the agreement's, so its status and year are read."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "status", "year"),
    [
        ("The agreement between the governments of Peru and Chile was signed in 1999.", "signed", 1999),
        ("The Andes Treaty between the governments of Peru and Chile took effect in 2001.", "in_force", 2001),
        ("The Andes Treaty between the two countries was signed in 1999.", "signed", 1999),
        ("The Andes Treaty between both nations entered into force in 2001.", "in_force", 2001),
    ],
)
def test_the_verb_after_the_sides(sentence: str, status: str, year: int) -> None:
    (g,) = run(sentence, published="2023-06-07").agreements
    assert g.status == status and g.year == year


def test_the_governments_of_a_list_are_its_sides() -> None:
    (g,) = run("The agreement between the governments of Peru and Chile was signed in 1999.", published="2023-06-07").agreements
    assert set(g.parties) == {"Peru", "Chile"}
