"""A party's side written before its possessive (", the opposition X Party's trade
spokeswoman,") does not hide the owner: the apposition is that party's office."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer

_STORY = (
    "Ghana signs a swap deal\n\n"
    "ACCRA, March 3 (GNA) - Ghana signed a swap deal with Togo on Friday.\n\n"
    "Ama Owusu, the opposition New Patriotic Party's foreign affairs spokeswoman, said she backed the deal.\n\n"
    "Yaw Darko, the ruling National Democratic Congress's trade spokesman, agreed.\n"
)


def _roles(name: str) -> list[tuple[str, str | None]]:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_opposition_before_the_party() -> None:
    assert _roles("Ama Owusu") == [("foreign affairs spokeswoman of New Patriotic Party", "New Patriotic Party")]


def test_ruling_before_the_party() -> None:
    assert [t for t, _ in _roles("Yaw Darko")] == ["trade spokesman of National Democratic Congress"]
