"""An actor's agreements: parties keep theirs, persons take those of the sides they serve."""

from __future__ import annotations

from store.db.actor_links import agreements_of_actor, party_index
from store.records import Actor, Agreement, ArticleMeta, StoredRole


def _meta(id: str, agreements: list[str]) -> ArticleMeta:
    return ArticleMeta(id, f"{id}.txt", id, None, None, None, None, "", (0, 0), 1, [], agreements)


AGREEMENTS = {
    "g-raa": Agreement("g-raa", "Reciprocal Access Agreement", parties=["c-jp", "c-au"]),
    "g-aukus": Agreement("g-aukus", "AUKUS", parties=["c-us", "c-uk", "c-au"]),
}
ARTICLES = {"a1": _meta("a1", ["g-raa", "g-aukus"])}
PARTIES = party_index(AGREEMENTS.values())


def _of(actor: Actor) -> list[str]:
    return [g.id for g in agreements_of_actor(actor, PARTIES, ARTICLES, AGREEMENTS)]


def test_a_country_has_only_the_agreements_it_is_a_party_to() -> None:
    assert _of(Actor("c-jp", "country", "Japan", articles={"a1": 2})) == ["g-raa"]
    assert _of(Actor("c-cn", "country", "China", articles={"a1": 1})) == []


def test_a_person_has_the_agreements_of_the_country_they_serve() -> None:
    role = StoredRole("Defence Minister", "c-jp", "a1", 0)
    assert _of(Actor("p-x", "person", "Kenji Sato", roles=[role], articles={"a1": 1})) == ["g-raa"]


def test_a_person_with_no_known_office_has_every_agreement_of_their_articles() -> None:
    assert _of(Actor("p-y", "person", "Ann Lee", articles={"a1": 1})) == ["g-raa", "g-aukus"]
