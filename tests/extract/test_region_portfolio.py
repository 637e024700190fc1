"""Rule region_portfolio: a region before "Minister" is the minister's portfolio."""

from __future__ import annotations

from tests.extract_support import actor, run


def _titles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_a_region_before_minister_is_the_portfolio() -> None:
    ex = run("Pacific Minister Tom Harlow said the fisheries deal with Fiji was ready.")
    assert _titles(ex, "Tom Harlow") == [("Pacific Minister", None)]


def test_a_regional_portfolio_keeps_its_country() -> None:
    ex = run("Britain's Europe Minister Ada Clarke said the deal with France was ready.")
    assert ("Europe Minister", "United Kingdom") in _titles(ex, "Ada Clarke")


def test_a_region_is_still_no_name_word() -> None:
    ex = run("Leaders from Africa and Europe met in Rome to sign the migration pact with Italy.")
    assert not [a for a in ex.actors if a.kind == "person"]
