"""A qualifier after an owner's possessive ("the Bank of Ghana's acting director of research")
belongs to the office: the apposition is still read as one office, with its owner."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer

_STORY = (
    "Ghana signs a swap deal\n\n"
    "ACCRA, March 3 (GNA) - The Bank of Ghana signed a swap deal with Togo on Friday.\n\n"
    "In a statement, Yaw Darko, the Bank of Ghana's acting director of research, said the deal would help trade.\n\n"
    "Kofi Boateng, the Bank of Ghana's former governor, welcomed it.\n"
)


def _roles(name: str) -> list[tuple[str, str | None]]:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_acting_after_the_possessive() -> None:
    assert _roles("Yaw Darko") == [("acting director of research", "Ghana")]


def test_former_after_the_possessive() -> None:
    assert [t for t, _ in _roles("Kofi Boateng")] == ["former governor of Bank of Ghana"]
