"""Rule possessive_list_office: leaders listed by their countries' possessives after one whose
office is written hold that office for their own countries; a body's office, a past office
or a list with no office written gives none."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_a_list_after_a_demonym_office_and_with() -> None:
    ex = run("The summit was hosted by Chilean President Gabriel Boric, with Brazil's Maria Lopez, Peru's Ana Soto and Bolivia's Mario Rojas at his side.")
    for name, country in (("Maria Lopez", "Brazil"), ("Ana Soto", "Peru"), ("Mario Rojas", "Bolivia")):
        assert _roles(ex, name) == [("President", country)]


def test_a_list_after_a_possessive_office() -> None:
    ex = run("Peru's Foreign Minister Ana Soto and Chile's Mario Rojas signed the text.")
    assert _roles(ex, "Mario Rojas") == [("Foreign Minister", "Chile")]


def test_a_bodys_office_or_a_past_one_gives_none() -> None:
    ex = run("European Commission President Anna Kovacs stood with Chile's Mario Rojas and Peru's Ana Soto.")
    assert _roles(ex, "Mario Rojas") == [("", "Chile")]
    ex = run("The talks were held with former Chilean President Mario Rojas, Peru's Ana Soto and Bolivia's Maria Lopez.")
    assert _roles(ex, "Ana Soto") == [("", "Peru")]
