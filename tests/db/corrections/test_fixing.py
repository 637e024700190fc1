"""The write path the command line and the explorer share: a fix leaves the search index at
the store's generation, finding records by their corrected names."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db.store import Store
from store.errors import CorrectionError
from store.fixing import write_fix
from store.records import Correction
from store.search.query import SearchIndex
from store.search.upkeep import index_dir

CHEN = "p-chen-wei"


def saved_index(db: Path) -> tuple[SearchIndex | None, int]:
    with Store.open(db) as store:
        generation = store.generation
    return SearchIndex.load(index_dir(db), generation), generation


def test_a_rename_is_found_in_the_saved_index_at_once(store_at: Path) -> None:
    fixed = write_fix(store_at, "correct", Correction("rename", (CHEN,), {"name": "Wendell Chenoweth"}))
    assert fixed.result.entry.correction.op == "rename" and fixed.index_warning is None
    index, _ = saved_index(store_at)
    assert index is not None  # saved at the generation the fix committed
    assert [h.id for h in index.search("p:Wendell Chenoweth", 5)][:1] == [CHEN]


def test_undo_and_redo_refresh_the_index_too(store_at: Path) -> None:
    write_fix(store_at, "correct", Correction("rename", (CHEN,), {"name": "Wendell Chenoweth"}))
    for step, name in (("undo", "Chen Wei"), ("redo", "Wendell Chenoweth")):
        fixed = write_fix(store_at, step)
        assert fixed.result is not None
        index, _ = saved_index(store_at)
        assert index is not None
        hits = index.search(f"p:{name}", 5)
        assert hits and hits[0].id == CHEN and hits[0].label == name


def test_nothing_to_undo_changes_nothing(store_at: Path) -> None:
    _, generation = saved_index(store_at)
    assert write_fix(store_at, "undo").result is None
    assert saved_index(store_at)[1] == generation


def test_a_refused_correction_changes_nothing(store_at: Path) -> None:
    _, generation = saved_index(store_at)
    with pytest.raises(CorrectionError):
        write_fix(store_at, "correct", Correction("rename", ("p-nobody",), {"name": "X"}))
    assert saved_index(store_at)[1] == generation
