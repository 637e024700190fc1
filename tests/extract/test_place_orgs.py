"""A seat of government standing for its institution is an actor where it acts or speaks
(rule place_org_source), and no actor where it is only a place."""

from __future__ import annotations

import pytest

from tests.extract_support import run

ACTS = [
    ("The tariff cut is worth $2 billion a year, according to the White House.", "White House"),
    ("According to the Kremlin, the talks will resume in Minsk next week.", "Kremlin"),
    ("The minister's remarks drew a sharp rebuke from the Kremlin.", "Kremlin"),
    ("There was no immediate response from the White House on Sunday.", "White House"),
    ("Downing Street said the ruling on the Chagos deal was welcome.", "Downing Street"),
    ("A statement from the Elysee said the summit would go ahead.", "Élysée Palace"),
]

PLACES = [
    "The two leaders signed the declaration at the White House on Friday.",
    "The crown prince is due at the White House later this month.",
    "He addressed the nation from the Kremlin.",
    "Protesters gathered outside Downing Street in the rain.",
]


@pytest.mark.parametrize(("text", "name"), ACTS)
def test_a_seat_that_acts_or_speaks_is_an_actor(text: str, name: str) -> None:
    ex = run(text)
    assert any(a.kind == "organization" and name.casefold() in a.name.casefold() for a in ex.actors), [a.name for a in ex.actors]


@pytest.mark.parametrize("text", PLACES)
def test_a_seat_that_is_only_a_place_is_no_actor(text: str) -> None:
    ex = run(text)
    assert all(a.name not in ("White House", "Kremlin", "Downing Street") for a in ex.actors)
