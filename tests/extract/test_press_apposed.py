"""Rule press-apposed: ", a British-Ghanaian reporter for the BBC," after a name is that
person's press office with its outlet, owned by the first demonym's country."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer

_STORY = (
    "Ghana frees two reporters\n\n"
    "ACCRA, March 3 (GNA) - Ghana freed two reporters on Friday.\n\n"
    "Kofi Mensah, a British-Ghanaian reporter for the BBC, was among them, officials said.\n\n"
    "Kwame Boateng, a French correspondent with Le Monde Diplomatique, left for Paris.\n\n"
    "Ama Owusu, a student, also spoke.\n"
)


def _roles(name: str) -> list[tuple[str, str | None]]:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_a_hyphened_pair_gives_the_first_country() -> None:
    assert _roles("Kofi Mensah") == [("reporter for the BBC", "United Kingdom")]


def test_an_outlet_after_with() -> None:
    assert _roles("Kwame Boateng") == [("correspondent with Le Monde Diplomatique", "France")]


def test_no_press_word_no_office() -> None:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, "Ama Owusu", "person")
    assert p is None or not p.roles
