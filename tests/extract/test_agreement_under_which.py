"""Rule under_which_value: what a party has put into a programme an apposition describes ("...,
a cooperation program under which the U.S. has contributed $2 billion") is the agreement's value,
a closing quote before the apposition included."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize("name", ["the Andes Security Pact,", 'the "Andes Security Pact,"'])
def test_the_sum_put_into_the_programme_is_the_value(name: str) -> None:
    text = (
        f"In 2003 the U.S. and Peru signed {name} a military cooperation program under which "
        "the U.S. has reportedly contributed $2 billion to the fight against smuggling."
    )
    g = next(g for g in run(text).agreements if g.name == "Andes Security Pact")
    assert g.value == "$2 billion"
    assert {f.rule for f in g.facts if f.field == "value"} == {"value_after_mention"}


def test_a_sum_spent_on_something_else_is_no_value() -> None:
    text = (
        "In 2003 the U.S. and Peru signed the Andes Security Pact, a military cooperation program "
        "under which officials met often; the U.S. later contributed $2 billion to a dam."
    )
    g = next(g for g in run(text).agreements if g.name == "Andes Security Pact")
    assert g.value is None
