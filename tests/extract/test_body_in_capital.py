"""Rule body_in_capital: a state's body placed in the state's capital is that state's."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_ministry_in_a_capital_is_that_states() -> None:
    ex = run("Kenya signed the loan deal with China, the finance ministry in Nairobi said on Monday.")
    body = actor(ex, "Kenyan Finance Ministry", "organization")
    assert body is not None and "finance ministry" in body.aliases


def test_a_one_word_body_in_a_capital_only_describes() -> None:
    ex = run("The parliament in Nairobi voted on the loan deal on Monday.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_body_without_the_is_no_state_body() -> None:
    ex = run("Officials from a finance ministry in Nairobi attended.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_capitalised_body_in_a_capital_keeps_its_name() -> None:
    ex = run("The National Assembly in Nairobi ratified the loan deal.")
    assert actor(ex, "National Assembly", "organization") is not None
