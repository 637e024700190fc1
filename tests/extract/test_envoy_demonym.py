"""Rule envoy_demonym: a demonym right before an envoy's office belongs to the office; a
lower-case force qualifier ("paramilitary commander") belongs to its office too."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_the_sending_states_demonym_is_part_of_an_ambassadors_office() -> None:
    ex = run("In 2016 the then Dutch ambassador Pieter de Vries signed the water grant with Zambia.")
    assert ("Dutch ambassador", "Netherlands") in _roles(ex, "Pieter de Vries")


def test_a_demonym_before_an_envoy_is_taken_in() -> None:
    ex = run("Norwegian envoy Kari Lund met the rebels in Bogota on Tuesday.")
    assert ("Norwegian envoy", "Norway") in _roles(ex, "Kari Lund")


def test_a_demonym_before_a_minister_stays_out_of_the_office() -> None:
    ex = run("Talks went on as Chilean foreign minister Ana Soto arrived in Lima.")
    titles = [t for t, _ in _roles(ex, "Ana Soto")]
    assert titles and not any(t.startswith("Chilean") for t in titles)


def test_a_paramilitary_commander_keeps_the_qualifier() -> None:
    ex = run("The Chadian paramilitary commander Idris Mahamat rejected the truce on Sunday.")
    assert ("paramilitary commander", "Chad") in _roles(ex, "Idris Mahamat")
