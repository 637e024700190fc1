"""The keys of the owner ids saved with the index, so growing does not key every saved id."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from store.db.store import Store
from store.doctor import check
from store.ingest import ingest
from store.search import id_slots, name_half
from store.search.layout import KEYS
from store.search.query import SearchIndex
from store.search.saved import load_data
from store.search.upkeep import index_dir
from tests.search.test_tail import QUERIES, _corpus, _hits, _more, _rebuilt_from_bodies


def _saved_keys(db: Path) -> tuple[list[int], list[int]]:
    """The keys saved with the index, and the keys of the ids it saved."""
    data = load_data(index_dir(db))
    assert data is not None
    keys = data.arrays.get(KEYS)
    assert keys is not None, "no keys saved"
    return np.asarray(keys).tolist(), [id_slots.key_of(i) for i in data.owners.ids.tolist()]


def _drop_keys(db: Path) -> None:
    """Make the saved index one of the layout before the keys (its manifest without them)."""
    meta_path = index_dir(db) / "meta.json"
    meta = json.loads(meta_path.read_text())
    del meta["columns"][KEYS]
    meta_path.write_text(json.dumps(meta))
    for name in ("owner_keys.npy", "owner_keys.tail.npy"):
        (index_dir(db) / name).unlink(missing_ok=True)


def test_a_built_and_a_grown_index_hold_the_key_of_every_owner_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_half, "TAIL_SHARE", 1)  # a few rows grow, as in a large store
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [_corpus(tmp_path)], jobs=1)
        saved, of_ids = _saved_keys(db)
        assert saved == of_ids and len(saved) > 40
        for step in ("a", "b"):
            assert ingest(store, [_more(tmp_path, step, 2)], jobs=1).added == 2
            assert (index_dir(db) / "owner_keys.tail.npy").exists()  # the base kept, a tail added
            saved, of_ids = _saved_keys(db)
            assert saved == of_ids
    assert check(db) == []


def test_an_index_saved_before_the_keys_is_read_and_grown_with_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_half, "TAIL_SHARE", 1)
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [_corpus(tmp_path)], jobs=1)
        _drop_keys(db)
        assert SearchIndex.load(index_dir(db), generation=store.generation) is not None
        assert check(db) == []
        base = index_dir(db) / "sentence_postings.npy"
        before = base.stat().st_ino
        keyed = []
        real = id_slots._keys
        monkeypatch.setattr(id_slots, "_keys", lambda column: keyed.append(1) or real(column))
        assert ingest(store, [_more(tmp_path, "a", 2)], jobs=1).added == 2
        assert base.stat().st_ino == before  # grown, not rebuilt
        assert (index_dir(db) / "owner_ids.tail.bin").exists()  # the names part too
        assert len(keyed) == 1  # the saved ids keyed once ...
        saved, of_ids = _saved_keys(db)
        assert saved == of_ids  # ... and saved
        assert ingest(store, [_more(tmp_path, "b", 2)], jobs=1).added == 2
        assert len(keyed) == 1  # the next growth reads them
        grown = SearchIndex.load(index_dir(db), generation=store.generation)
        assert grown is not None
        from_bodies = _rebuilt_from_bodies(db, store)
        for query in QUERIES:
            assert _hits(grown, query) == _hits(from_bodies, query), query


def test_keys_that_do_not_fit_their_ids_cost_time_never_a_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(name_half, "TAIL_SHARE", 1)
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [_corpus(tmp_path)], jobs=1)
        keys_file = index_dir(db) / "owner_keys.npy"
        keys = np.load(keys_file)
        np.save(keys_file, np.zeros_like(keys))  # every key wrong, the length right
        problems = check(db)
        assert len(problems) == 1 and "id keys do not fit" in problems[0]
        assert ingest(store, [_more(tmp_path, "a", 3)], jobs=1).added == 3
        grown = SearchIndex.load(index_dir(db), generation=store.generation)
        assert grown is not None
        from_bodies = _rebuilt_from_bodies(db, store)
        for query in QUERIES:
            assert _hits(grown, query) == _hits(from_bodies, query), query
        saved, of_ids = _saved_keys(db)
        assert saved == of_ids  # the ids it met were not found by key: the names made whole


def test_keys_of_another_length_make_the_index_damaged(tmp_path: Path) -> None:
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [_corpus(tmp_path)], jobs=1)
    meta_path = index_dir(db) / "meta.json"
    meta = json.loads(meta_path.read_text())
    np.save(index_dir(db) / "owner_keys.npy", np.zeros(3, np.uint64))
    meta["columns"][KEYS] = [3, 0]
    meta_path.write_text(json.dumps(meta))
    assert load_data(index_dir(db)) is None
    assert any("search index is damaged" in p for p in check(db))


def test_column_keys_of_a_built_column_are_those_of_its_items() -> None:
    ids = ["c-fr", "p-ana-silva", "g-ñandú-pact", ""]
    assert id_slots.column_keys(ids).tolist() == [id_slots.key_of(i) for i in ids]
    assert id_slots.keys_of(ids).tolist() == [id_slots.key_of(i) for i in ids]
    assert id_slots.column_keys([]).tolist() == []
