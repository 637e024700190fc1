"""Two builders of the saved index never interleave, and a grown save that cannot be read
back (its folder renamed away in that instant) is built again, not lost.

The explorer builds the index of a store it reloaded while a correction's writer refreshes
it, in one process; an ingest and an explorer do the same in two. Growing links the saved
files into the new folder and appends to the linked texts in place, so the save lock
(``PATH.index.lock``) keeps one at a time.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from store.db.store import Store
from store.records import Correction
from store.search import save_lock, upkeep
from store.search.save_lock import IndexBusy, saving
from store.search.saved import load_data
from store.search.upkeep import ensure_index, index_dir, index_for_store
from tests.tui.fix_support import agreement_id, build_fix_store


def stale_store(tmp_path: Path) -> Path:
    """A store whose saved index is one commit behind it (a correction made since)."""
    db = build_fix_store(tmp_path / "p.json")
    with Store.open(db, write=True) as store:
        ensure_index(store)
        compact = agreement_id(store, "Pacific Fisheries Compact")
        store.correct(Correction("set", (compact,), {"field": "status", "value": "in_force"}, "why"))
    return db


def saved_generation(db: Path) -> int | None:
    data = load_data(index_dir(db))
    return None if data is None else data.generation


def test_a_grown_index_read_back_as_missing_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = stale_store(tmp_path)
    real = upkeep.SearchIndex.load
    calls: list[Path] = []

    def gone_once(directory: Path, generation: int | None = None) -> upkeep.SearchIndex | None:
        calls.append(directory)
        return None if len(calls) == 1 else real(directory, generation)

    monkeypatch.setattr(upkeep.SearchIndex, "load", staticmethod(gone_once))
    with Store.open(db, write=True) as store:
        index = ensure_index(store)  # grows, saves, reads back nothing: builds from the saved words
        assert calls, "the grown index was not read back"
        assert saved_generation(db) == store.generation
        assert any(h.kind == "agreement" for h in index.search("pacific fisheries compact"))


def test_a_builder_waits_for_another_ones_save_then_saves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = stale_store(tmp_path)
    monkeypatch.setattr(save_lock, "SAVE_WAIT", 0.3)
    with Store.open(db) as store:
        behind = saved_generation(db)
        assert behind is not None and behind < store.generation
        with saving(index_dir(db)):  # another builder is saving
            with pytest.raises(IndexBusy):
                ensure_index(store)
            index = index_for_store(store)  # the explorer: searches from memory meanwhile
            assert any(h.kind == "agreement" for h in index.search("pacific fisheries compact"))
            assert saved_generation(db) == behind  # nothing saved under the other's lock
        ensure_index(store)
        assert saved_generation(db) == store.generation


@pytest.mark.slow  # two threads racing
def test_builders_in_two_threads_each_get_the_index_and_leave_it_whole(tmp_path: Path) -> None:
    db = stale_store(tmp_path)
    errors: list[BaseException] = []
    with Store.open(db) as reader:
        start = threading.Barrier(2)

        def build(how: str) -> None:
            try:
                start.wait()
                if how == "writer":
                    with Store.open(db, write=True) as writer:
                        ensure_index(writer)
                else:
                    index_for_store(reader)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=build, args=(how,)) for how in ("writer", "reader")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors
        assert saved_generation(db) == reader.generation
