"""A name one article introduces with an office is a person in later articles of the store."""

from __future__ import annotations

from pathlib import Path

from store.db.store import Store
from store.extract import extract
from store.records import ActorHit, Extraction, RoleHit, Span
from store.resolve.known_names import promote_known_persons
from store.resolve.merge import merge_actor
from store.resolve.resolver import Resolver
from tests.extract_support import article, gazetteer


def _officed(r: Resolver, id: str, name: str, roles: bool = True) -> None:
    hit = ActorHit("person", name, roles=[RoleHit("Foreign Minister", None, 0)] if roles else [])
    r.add_actor(merge_actor(None, hit, new_id=id, article_id="a1", affiliation_ids={}))


def _candidate(name: str) -> Extraction:
    return Extraction("a2", candidates=[ActorHit("person", name, spans=[Span(0, 0, len(name), "known-person")])])


def test_a_name_without_evidence_stays_a_candidate_in_extraction() -> None:
    ex = extract(article("On Monday, Tomas Varga arrived in Zagreb for the talks."), gazetteer())
    assert [c.name for c in ex.candidates] == ["Tomas Varga"]
    assert not [a for a in ex.actors if a.kind == "person"]


def test_candidate_becomes_a_person_only_when_the_store_knows_it_with_an_office() -> None:
    r = Resolver()
    _officed(r, "p-varga", "Tomas Varga")
    _officed(r, "p-kovac", "Ana Kovac", roles=False)
    promoted = promote_known_persons(_candidate("Tomas Varga"), r)
    assert [(a.name, a.rule, a.spans[0].rule) for a in promoted.actors] == [("Tomas Varga", "known-person", "known-person")]
    assert promote_known_persons(_candidate("Ana Kovac"), r).actors == []
    assert promote_known_persons(_candidate("Zagreb Port"), r).actors == []


def test_later_article_links_the_known_name_to_the_same_person(tmp_path: Path) -> None:
    first = article("Foreign Minister Tomas Varga said the port deal was near.")
    first.id, first.file = "a1", "a1.txt"
    second = article("On Monday, Tomas Varga arrived in Zagreb for the talks.")
    second.id, second.file = "a2", "a2.txt"
    with Store.open(tmp_path / "db.json", write=True) as store:
        store.add(first, extract(first, gazetteer()))
        store.add(second, extract(second, gazetteer()))
        store.commit()
    with Store.open(tmp_path / "db.json") as store:
        persons = [a for a in store.actors() if a.kind == "person"]
        assert [(p.name, sorted(p.articles)) for p in persons] == [("Tomas Varga", ["a1", "a2"])]
        assert [m.rule for m in store.body("a2").mentions if m.kind == "person"] == ["known-person"]
