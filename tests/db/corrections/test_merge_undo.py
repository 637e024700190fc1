"""Merging actors, undo and redo, the log, and corrections replayed on ingest."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.db.schema import SCHEMA_VERSION
from store.db.store import Store
from store.errors import CorrectionError
from store.records import Correction
from tests.db.corrections.conftest import LATER, ingest
from tui.cli import main

OKAFOR, ERIKSEN = "p-amara-okafor", "p-lars-eriksen"


def snapshot(db: Path) -> tuple[object, ...]:
    """The records and every article's mentions, to compare two states of a store."""
    with Store.open(db) as store:
        return (
            [(a.id, a.kind, a.name, sorted(a.aliases), a.code, a.articles, a.roles, a.quotes) for a in store.actors()],
            [(g.id, g.name, sorted(g.aliases), g.parties, g.year, g.status, g.value, g.amount, g.articles, g.facts)
             for g in store.agreements()],
            [(m.id, m.actors, m.agreements, store.body(m.id).mentions) for m in store.articles()],
        )


def test_merge_moves_names_roles_and_mentions_and_is_logged(store_at: Path) -> None:
    with Store.open(store_at, write=True) as store:
        done = store.correct(Correction("merge", (OKAFOR, ERIKSEN), note="one person"))
        assert done.made == (OKAFOR,) and done.removed == (ERIKSEN,)
    with Store.open(store_at) as store:
        assert store.actor(ERIKSEN) is None
        merged = store.actor(OKAFOR)
        assert merged is not None and "Lars Eriksen" in merged.aliases
        assert {r.title for r in merged.roles} == {"Foreign Minister", "Defence Minister"}
        for meta in store.articles():
            if meta.id not in merged.articles:
                continue
            entities = {m.entity for m in store.body(meta.id).mentions}
            assert ERIKSEN not in entities and OKAFOR in entities
            assert ERIKSEN not in meta.actors
        (entry,) = store.corrections()
        assert (entry.seq, entry.correction.op, entry.state, entry.problem) == (1, "merge", "active", None)
        assert entry.correction.targets == (OKAFOR, ERIKSEN) and entry.correction.note == "one person"
        assert entry.at.endswith("Z")


def test_undo_restores_the_extracted_store_and_redo_applies_again(store_at: Path) -> None:
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))
    merged = snapshot(store_at)
    assert merged != before
    with Store.open(store_at, write=True) as store:
        undone = store.undo()
        assert undone is not None and undone.state == "undone"
        assert store.undo() is None  # nothing else to undo
    assert snapshot(store_at) == before
    with Store.open(store_at, write=True) as store:
        assert store.redo() is not None
        assert store.redo() is None
    assert snapshot(store_at) == merged


def test_a_new_correction_after_undo_drops_the_redo_steps(store_at: Path) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))
        store.undo()
        store.correct(Correction("rename", (ERIKSEN,), {"name": "Lars Eriksson"}))
        assert [(e.seq, e.correction.op, e.state) for e in store.corrections()] == [(1, "rename", "active")]
        assert store.redo() is None
    with Store.open(store_at) as store:
        assert [e.correction.op for e in store.corrections()] == ["rename"]
        assert store.actor(ERIKSEN).name == "Lars Eriksson"  # type: ignore[union-attr]


def test_an_unknown_id_is_refused_and_nothing_changes(store_at: Path) -> None:
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        generation = store.generation
        with pytest.raises(CorrectionError, match="unknown id 'p-nobody'"):
            store.correct(Correction("merge", (OKAFOR, "p-nobody")))
        assert store.generation == generation
    assert snapshot(store_at) == before


def test_a_new_article_naming_a_merged_person_joins_the_merged_record(
    store_at: Path, tmp_path: Path
) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    assert ingest(store_at, later) == 0
    with Store.open(store_at) as store:
        persons = [a for a in store.actors() if a.kind == "person"]
        assert [p.id for p in persons] == [OKAFOR, "p-chen-wei"]
        assert len(persons[0].articles) == 3
        (meta,) = [m for m in store.articles() if m.file.endswith("later.txt")]
        assert OKAFOR in {m.entity for m in store.body(meta.id).mentions}


def test_replacing_an_article_rebuilds_and_replays_the_corrections(
    store_at: Path, corpus: Path
) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))
    changed = corpus / "b.txt"
    changed.write_text(changed.read_text() + "\nEriksen left on Wednesday.\n", encoding="utf-8")
    assert ingest(store_at, corpus) == 0
    with Store.open(store_at) as store:
        assert [a.id for a in store.actors() if a.kind == "person"] == [OKAFOR, "p-chen-wei"]
        assert store.corrections()[0].problem is None


def test_a_store_written_before_the_log_existed_opens_and_takes_corrections(store_at: Path) -> None:
    assert main(["compact", "--db", str(store_at)]) == 0  # every commit in the file edited below
    data = orjson.loads(store_at.read_bytes())
    del data["corrections"]
    assert data["meta"]["1"]["schema"] == SCHEMA_VERSION
    store_at.write_bytes(orjson.dumps(data))
    with Store.open(store_at) as store:
        assert store.corrections() == []
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))
    with Store.open(store_at) as store:
        assert len(store.corrections()) == 1 and store.actor(ERIKSEN) is None


def test_undo_gives_every_record_back_its_own_id(store_at: Path) -> None:
    """The absorbed actor is named first in the articles: a rebuild must not hand it the id
    of the record it had been merged into."""
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (ERIKSEN, OKAFOR)))
    with Store.open(store_at, write=True) as store:
        store.undo()
    assert snapshot(store_at) == before
