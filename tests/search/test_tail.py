"""A grown index keeps its saved sentence postings as they are and writes only the postings
of the added sentences (the tail); it answers as a rebuild, folds the tail in once it grows
past its share, and a rebuild takes the tail's words too."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from store.db.store import Store
from store.doctor import check
from store.ingest import ingest
from store.search import extend, tail
from store.search.query import SearchIndex
from store.search.upkeep import index_dir, index_for_store, rebuild_index

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
QUERIES = ("treaty", "minister", "t:", "p:", "copy 7", "agreement signed", "addendum 2")


def test_concat_puts_each_terms_tail_after_its_base() -> None:
    off, post = np.array([0, 2, 2, 3]), np.array([1, 4, 0], np.int32)
    t_off, t_post = np.array([0, 1, 3, 3]), np.array([7, 5, 9], np.int32)
    offsets, out = tail.concat(off, post, t_off, t_post)
    assert offsets.tolist() == [0, 3, 5, 6] and out.tolist() == [1, 4, 7, 5, 9, 0]


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        for n in range(8):
            (folder / f"{n:02d}-{path.name}").write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
    return folder


def _more(tmp_path: Path, name: str, n: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"{name}-{i}.txt").write_text(f"{text}\n\nAddendum {name} {i}.\n", encoding="utf-8")
    return folder


def _hits(index: SearchIndex, query: str) -> list[tuple[object, ...]]:
    found = index.search(query, limit=100_000)
    return sorted((h.kind, h.id, h.article, h.sentence, h.score, h.label, h.detail) for h in found)


def _format(db: Path) -> object:
    return json.loads((index_dir(db) / "meta.json").read_text())["format"]


def test_growing_writes_the_tail_and_keeps_the_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store" / "s.json"
    base = index_dir(db) / "sentence_postings.npy"
    with Store.open(db, write=True) as store:
        ingest(store, [_corpus(tmp_path)], jobs=1)
        assert _format(db) == 3 and not (index_dir(db) / "sentence_tail_postings.npy").exists()
        before = base.stat().st_ino, base.read_bytes()
        for step in ("a", "b"):  # two growths: the tail grows, the base stays
            assert ingest(store, [_more(tmp_path, step, 2)], jobs=1).added == 2
            assert (base.stat().st_ino, base.read_bytes()) == before  # linked, not written
            assert _format(db) == "3+tail"
        grown = SearchIndex.load(index_dir(db), generation=store.generation)
        assert grown is not None and len(grown._data.arrays["sentence_tail_postings"])
        assert check(db) == []  # doctor reads a grown index as whole and current
        rebuilt = rebuild_index(store)  # words of the tail's articles taken from the tail
        assert _format(db) == 3
        from_bodies = _rebuilt_from_bodies(db, store)
        for query in QUERIES:
            assert _hits(grown, query) == _hits(from_bodies, query), query
            assert _hits(rebuilt, query) == _hits(from_bodies, query), query
        # a tail past its share is folded into a new base
        assert ingest(store, [_more(tmp_path, "c", 1)], jobs=1).added == 1
        assert _format(db) == "3+tail"
        monkeypatch.setattr(extend, "TAIL_SHARE", 10**6)
        assert ingest(store, [_more(tmp_path, "d", 1)], jobs=1).added == 1
        assert _format(db) == 3 and base.stat().st_ino != before[0]
        assert not (index_dir(db) / "sentence_tail_postings.npy").exists()
        folded = SearchIndex.load(index_dir(db), generation=store.generation)
        from_bodies = _rebuilt_from_bodies(db, store)
        for query in QUERIES:
            assert _hits(folded, query) == _hits(from_bodies, query), query


def _rebuilt_from_bodies(db: Path, store: Store) -> SearchIndex:
    saved = tmp = db.parent / "kept-index"
    shutil.copytree(index_dir(db), saved)
    shutil.rmtree(index_dir(db))
    built = index_for_store(store)  # every body read again
    shutil.rmtree(index_dir(db))
    shutil.move(tmp, index_dir(db))
    return built


def test_a_release_without_tails_does_not_read_one(tmp_path: Path) -> None:
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [_corpus(tmp_path)], jobs=1)
        ingest(store, [_more(tmp_path, "a", 1)], jobs=1)
    meta = json.loads((index_dir(db) / "meta.json").read_text())
    assert meta["format"] == "3+tail"  # not the format number a release without tails reads
    (index_dir(db) / "sentence_tail_offsets.npy").unlink()
    assert SearchIndex.load(index_dir(db)) is None  # a tail index without its tail: rebuilt


def test_added_articles_are_placed_in_the_order_the_store_lists_them() -> None:
    """Growing places added articles by ``NewestFirst`` instead of sorting every article:
    it must be the store's own order (newest first, undated last, then title, then id)."""
    from store.db.read_store import ReadStore
    from store.records import ArticleMeta
    from store.search.owners import NewestFirst

    dates = [None, "2024-03-01", "2024-03-01", "2023-12-31", None, "2025-01-01"]
    titles = ["Beta", "alpha", "Alpha", "", "beta", "Zeta"]
    metas = {}
    for i, (date, title) in enumerate(zip(dates * 3, titles * 3, strict=True)):
        meta = ArticleMeta(
            f"id{i % 7}{i}", f"f{i}.txt", title, None, None, date, None, "", (0, 0), 0,
            label=f"lede {i % 4}",
        )
        metas[meta.id] = meta
    store = ReadStore.__new__(ReadStore)  # only its listing is used
    store._articles, store._sorted = metas, None
    assert sorted(metas.values(), key=NewestFirst) == store.articles()


def test_the_tail_of_a_string_column_reads_as_its_items_one_by_one() -> None:
    from store.search.columns import Strings, encode

    base, grown = ["c-fr", "p-ana-silva", ""], ["g-ñandú-pact", "two\nlines", "o-x"]
    column = Strings([encode(base), encode(grown)])
    for start in range(len(base) + len(grown) + 1):
        assert column.after(start) == [column[k] for k in range(start, len(column))], start
    assert column.after(len(base)) == grown
