"""Rule trailing_body: a capitalised run going on from a name into a body after a small word
ends, for the person, before the small word; a body's own words or an office with no name
before the body make no person."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_name_before_for_the_body() -> None:
    ex = run("He flew to Geneva with Economy Minister Maria Lopez for the IMF meetings.")
    p = actor(ex, "Maria Lopez", "person")
    assert p is not None and [r.title for r in p.roles] == ["Economy Minister"]
    assert actor(ex, "International Monetary Fund", "organization") is not None


def test_a_name_before_and_the_body() -> None:
    ex = run("The plan was backed by Finance Minister Hans Becker and the World Bank on Monday.")
    assert actor(ex, "Hans Becker", "person") is not None


def test_a_bodys_own_words_are_no_person() -> None:
    ex = run("Ana Soto, chief of the General Staff of the Argentine Air Force, said the jets had landed.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Ana Soto"]
