"""Rule members_of_pair: a pact with members "of" it, after another body, is a body."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_pact_whose_members_are_counted_with_another_bodys_is_a_body() -> None:
    ex = run("The treaty was signed in 1990 by the members of NATO and the Varna Pact.")
    assert actor(ex, "Varna Pact", "organization") is not None
    assert not [a for a in ex.agreements if a.name == "Varna Pact"]


def test_a_pact_left_is_still_an_agreement() -> None:
    ex = run("Hungary left the Varna Pact in 1991.")
    assert [a.name for a in ex.agreements] == ["Varna Pact"]
