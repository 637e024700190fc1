"""Rule listed_of_country: names listed under one plural office, each with "of <Country>",
hold the office for their own country, past commas too; the office read as prose writes it."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title.casefold(), r.affiliation) for r in p.roles]


def test_a_list_by_country_goes_on_past_its_commas() -> None:
    ex = run("Trade ministers Maria Lopez of Peru, Hans Becker of Germany and Anna Kovacs of Hungary met in Lima.")
    for name, country in (("Maria Lopez", "Peru"), ("Hans Becker", "Germany"), ("Anna Kovacs", "Hungary")):
        assert ("trade minister", country) in _roles(ex, name)


def test_two_names_by_country_after_a_lower_case_office() -> None:
    ex = run("On Monday the defence ministers Maria Lopez of Peru and Anna Kovacs of Hungary signed the text.")
    assert ("defence minister", "Peru") in _roles(ex, "Maria Lopez")
    assert ("defence minister", "Hungary") in _roles(ex, "Anna Kovacs")


def test_after_a_comma_each_entry_keeps_its_own_country() -> None:
    ex = run("The letter was signed by the three foreign ministers, Pierre Dubois of France, Hans Becker of Germany and Maria Lopez of Peru.")
    assert ("foreign minister", "Germany") in _roles(ex, "Hans Becker")
    assert ("foreign minister", "Peru") in _roles(ex, "Maria Lopez")


def test_then_and_a_preposition_are_no_part_of_the_office() -> None:
    ex = run("The accord was signed in Oslo by then-presidents Maria Lopez and Anna Kovacs.")
    assert [t for t, _ in _roles(ex, "Maria Lopez")] == ["president"]
    assert [t for t, _ in _roles(ex, "Anna Kovacs")] == ["president"]


def test_a_hyphenated_given_name_before_its_country() -> None:
    ex = run("The letter was signed by the two trade ministers, Jean-Pierre Dubois of France and Hans Becker of Germany.")
    assert ("trade minister", "France") in _roles(ex, "Jean-Pierre Dubois")
    assert ("trade minister", "Germany") in _roles(ex, "Hans Becker")
