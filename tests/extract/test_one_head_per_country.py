"""Rule one-head-per-country: the home country of a story (its dateline's) does not give its
head's office to a second person once someone else holds that office for it."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer

_STORY = (
    "Ghana renews currency swap with Japan\n\n"
    "ACCRA, March 3 (GNA) - Ghana has renewed its currency swap with Japan, the central bank said on Friday.\n\n"
    "President Kofi Mensah welcomed the renewal and said trade would grow.\n\n"
    "Meeting Japan's trade minister Ken Sato in Accra in March, Mensah also praised a fund "
    "announced by President Taro Ishii at a summit last year.\n"
)


def _aff(name: str) -> str | None:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return p.roles[0].affiliation


def test_first_named_head_keeps_the_home_country() -> None:
    assert _aff("Kofi Mensah") == "Ghana"


def test_second_head_of_the_same_office_is_not_the_homes() -> None:
    assert _aff("Taro Ishii") != "Ghana"


def test_a_former_head_shares_the_home_country() -> None:
    story = _STORY.replace("a summit last year", "a summit last year, as did then-President Ama Owusu")
    ex = extract(parse_article(story, "story.txt"), gazetteer())
    p = actor(ex, "Ama Owusu", "person")
    assert p is not None and p.roles[0].affiliation == "Ghana"
