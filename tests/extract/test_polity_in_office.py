"""Rule polity-in-office: a head's office that names what it heads ("Governor of the Eastern
Province A") is not given the home country of the story, while a bare head or a minister
whose "of" names a portfolio still is."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer

_STORY = (
    "Ghana opens a new border post\n\n"
    "ACCRA, March 3 (GNA) - Ghana has opened a new border post on its eastern frontier, officials said on Friday.\n\n"
    "Minister of Roads and Highways Kwame Boateng cut the ribbon with President of the Volta Free State Yaw Darko.\n\n"
    "President Kofi Mensah said trade would grow.\n"
)


def _aff(name: str) -> str | None:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return p.roles[0].affiliation if p.roles else None


def test_a_head_naming_its_polity_is_not_the_homes() -> None:
    assert _aff("Yaw Darko") != "Ghana"


def test_a_minister_with_a_portfolio_is_the_homes() -> None:
    assert _aff("Kwame Boateng") == "Ghana"


def test_a_bare_head_is_the_homes() -> None:
    assert _aff("Kofi Mensah") == "Ghana"
