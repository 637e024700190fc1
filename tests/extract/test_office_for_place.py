"""Rules office_for_place and region_office: an office "to/for [the] <place>" before a name runs
to the place (a country or a listed region); its country is the owner's, never the host's."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_ambassador_to_a_country_written_with_the() -> None:
    ex = run("Chile's Ambassador to the Netherlands Ana Rojas opened the trade fair.")
    assert _roles(ex, "Ana Rojas") == [("Ambassador to the Netherlands", "Chile")]


def test_envoy_to_a_region() -> None:
    ex = run("The meeting was joined by Special Envoy to the Middle East Peter Wold.")
    assert _roles(ex, "Peter Wold")[0][0] == "Special Envoy to the Middle East"


def test_lower_case_envoy_for_a_region_of_several_words() -> None:
    ex = run("Canada sent its special envoy for the Horn of Africa Tom Barrow to the talks.")
    assert _roles(ex, "Tom Barrow") == [("special envoy for the Horn of Africa", "Canada")]


def test_no_office_before_the_place_makes_no_person() -> None:
    ex = run("Exports to the Middle East Rose Sharply in the quarter.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_a_region_before_a_lower_case_office_is_part_of_it() -> None:
    ex = run("The president said his Middle East envoy Brett Kurk had been in Doha all week.")
    assert _roles(ex, "Brett Kurk")[0][0] == "Middle East envoy"
