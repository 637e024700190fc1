"""The Store API: adding, committing, reading back, ordering and re-opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db.store import Store
from store.errors import StoreReadOnly
from store.records import ActorHit, Extraction
from tests.conftest import build_article, hit


def test_add_commit_and_read_back(db_path: Path, make_pair) -> None:
    art, ext = make_pair()
    with Store.open(db_path, write=True) as store:
        assert store.generation == 0
        store.add(art, ext)
        store.commit()
        assert store.generation == 1
    with Store.open(db_path) as store:
        assert store.generation == 1
        assert [m.id for m in store.articles()] == [art.id]
        meta = store.article(art.id)
        assert meta is not None and meta.file == "a.txt" and meta.sentences == 2
        names = {a.id: a.name for a in store.actors()}
        assert names == {
            "c-japan": "Japan",
            "c-australia": "Australia",
            "p-penny-wong": "Penny Wong",
        }
        wong = store.actor("p-penny-wong")
        assert wong is not None
        assert [(r.title, r.affiliation, r.article) for r in wong.roles] == [
            ("Foreign Minister", "c-australia", art.id)
        ]
        (raa,) = store.agreements()
        assert raa.parties == ["c-japan", "c-australia"]
        assert raa.articles == [art.id]
        assert [f.value for f in raa.facts if f.field == "party"] == ["c-japan"]
        assert store.agreements_of_article(art.id) == [raa]
        assert store.agreements_of_actor("c-japan") == [raa]
        body = store.body(art.id)
        assert body.text == art.text
        assert body.sentence_text(1).startswith("Foreign Minister")
        kinds = {(m.entity, m.kind) for m in body.mentions}
        assert ("g-reciprocal-access-agreement", "agreement") in kinds
        assert ("p-penny-wong", "person") in kinds
        assert all(body.text[m.start : m.end] for m in body.mentions)


def test_second_article_resolves_to_same_ids(db_path: Path, make_pair) -> None:
    a1, e1 = make_pair("a.txt")
    a2, e2 = make_pair("b.txt", extra=" Japan agreed.", published="2025-03-01", title="Later")
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.add(a2, e2)
        store.commit()
    with Store.open(db_path) as store:
        assert [m.id for m in store.articles()] == [a2.id, a1.id]  # newest first
        assert len(store.actors()) == 3
        japan = store.actor("c-japan")
        assert japan is not None and set(japan.articles) == {a1.id, a2.id}
        co = store.cooccurring("c-japan")
        assert [(a.id, n) for a, n in co] == [("c-australia", 2), ("p-penny-wong", 2)]
        (raa,) = store.agreements()
        assert raa.articles == [a1.id, a2.id]


def test_articles_order_undated_last_then_title(db_path: Path, make_pair) -> None:
    pairs = [
        make_pair("1.txt", extra=" 1", published=None, title="b undated"),
        make_pair("2.txt", extra=" 2", published="2024-05-01", title="Zeta"),
        make_pair("3.txt", extra=" 3", published="2024-05-01", title="alpha"),
        make_pair("4.txt", extra=" 4", published=None, title="A undated"),
    ]
    with Store.open(db_path, write=True) as store:
        for a, e in pairs:
            store.add(a, e)
        store.commit()
        assert [m.title for m in store.articles()] == ["alpha", "Zeta", "A undated", "b undated"]


def test_referenced_actor_is_stored_but_not_linked(db_path: Path, make_pair) -> None:
    art, ext = make_pair()
    ext.actors.append(ActorHit(kind="country", name="China"))  # no spans
    ext.agreements[0].parties.append("China")
    with Store.open(db_path, write=True) as store:
        store.add(art, ext)
        store.commit()
        china = store.actor("c-china")
        assert china is not None and china.articles == {}
        assert "c-china" not in store.article(art.id).actors
        assert "c-china" in store.agreements()[0].parties
        assert all(m.entity != "c-china" for m in store.body(art.id).mentions)


def test_unchanged_article_changes_nothing(db_path: Path, make_pair) -> None:
    art, ext = make_pair()
    with Store.open(db_path, write=True) as store:
        store.add(art, ext)
        store.commit()
    before = db_path.read_bytes()
    with Store.open(db_path, write=True) as store:
        store.add(art, ext)
        assert store.pending == 0
        store.commit()
        assert store.generation == 1
    assert db_path.read_bytes() == before


def test_replaced_file_rebuilds_entities(db_path: Path, make_pair) -> None:
    a1, e1 = make_pair("a.txt")
    other, oe = make_pair("b.txt", extra=" Again.")
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.add(other, oe)
        store.commit()
    # a.txt now mentions only Japan and a new person

    a2 = build_article(["Japan hosted Gen Nakatani."], file="a.txt", title="New")
    e2 = Extraction(a2.id, actors=[hit(a2, "country", "Japan"), hit(a2, "person", "Gen Nakatani")])
    with Store.open(db_path, write=True) as store:
        store.add(a2, e2)
        store.commit()
    with Store.open(db_path) as store:
        assert set(store.article_ids()) == {other.id, a2.id}
        assert store.article(a1.id) is None
        japan = store.actor("c-japan")
        assert japan is not None and set(japan.articles) == {other.id, a2.id}
        wong = store.actor("p-penny-wong")
        assert wong is not None and set(wong.articles) == {other.id}
        assert [r.article for r in wong.roles] == [other.id]
        (raa,) = store.agreements()
        assert raa.id == "g-reciprocal-access-agreement" and raa.articles == [other.id]
        assert store.actor("p-gen-nakatani") is not None
        assert {m.entity for m in store.body(a2.id).mentions} == {"c-japan", "p-gen-nakatani"}


def test_read_only_store_refuses_writes(db_path: Path, make_pair) -> None:
    art, ext = make_pair()
    with Store.open(db_path) as store:
        assert store.articles() == [] and store.generation == 0
        with pytest.raises(StoreReadOnly):
            store.add(art, ext)


def test_reload_if_changed_sees_other_commits(db_path: Path, make_pair) -> None:
    a1, e1 = make_pair("a.txt")
    a2, e2 = make_pair("b.txt", extra=" More.")
    with Store.open(db_path, write=True) as w:
        w.add(a1, e1)
        w.commit()
    reader = Store.open(db_path)
    assert reader.reload_if_changed() is False
    with Store.open(db_path, write=True) as w:
        w.add(a2, e2)
        w.commit()
    assert reader.reload_if_changed() is True
    assert reader.generation == 2 and reader.has_article(a2.id)
    assert reader.body(a2.id).text == a2.text
    assert reader.reload_if_changed() is False
    reader.close()


def test_evidence_of_every_article_is_kept_once(db_path: Path, make_pair) -> None:
    pairs = [make_pair(f"{i}.txt", extra=f" Round {i}.") for i in range(3)]
    a0, e0 = pairs[0]
    e0.actors.append(e0.actors[2])  # the same person hit twice in one article
    e0.agreements.append(e0.agreements[0])
    with Store.open(db_path, write=True) as store:
        for a, e in pairs:
            store.add(a, e)
        store.commit()
        wong = store.actor("p-penny-wong")
        assert [r.article for r in wong.roles] == [a.id for a, _ in pairs]
        (raa,) = store.agreements()
        assert raa.articles == [a.id for a, _ in pairs]
        assert [(f.field, f.article) for f in raa.facts] == [
            (field, a.id) for a, _ in pairs for field in ("year", "party")
        ]
