"""Rule owned_lower_body: an office over a state's body named in lower case after its possessive."""

from __future__ import annotations

from tests.extract_support import actor, run


def _titles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_the_lower_case_body_after_a_possessive_stays_in_the_office() -> None:
    ex = run("Kofi Mensah, head of Ghana's sovereign council, signed the deal with Togo.")
    assert ("head of Ghana's sovereign council", "Ghana") in _titles(ex, "Kofi Mensah")


def test_a_body_that_does_not_close_the_appositive_is_left_out() -> None:
    ex = run("Kofi Mensah, head of Ghana's army and police chief, signed the deal with Togo.")
    assert all("police" not in t for t, _ in _titles(ex, "Kofi Mensah"))
