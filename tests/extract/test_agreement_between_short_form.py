"""Rules bracketed_short_form, demonym_body, national_body_party: in "between the Sahrawi Front (SF)
and Morocco" the bracketed short form is passed over and the list read on; a demonym right
before a body's name ("the Yemeni Houthi Movement") is part of the body, not
a country of its own; a state's own armed forces in such a list bind the state."""

from __future__ import annotations

from tests.extract_support import run


def test_a_bracketed_short_form_inside_a_between_list() -> None:
    (g,) = run("Mediators brokered a truce between the National Liberation Army (ELN) and Colombia.").agreements
    assert set(g.parties) == {"National Liberation Army", "Colombia"}


def test_a_demonym_before_a_body_is_the_body() -> None:
    ex = run("Qatar brokered a prisoner exchange deal between the Yemeni Houthi Movement and Saudi Arabia.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Houthis", "Saudi Arabia"}


def test_a_states_armed_forces_in_a_list_bind_the_state() -> None:
    ex = run("Officials signed a naval pact between the Royal Australian Navy (RAN) and the Indian Navy on Monday.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Australia", "India"}
