"""The persisted index: round trips, atomic saves, and rebuilding when stale or damaged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from store.records import Actor, Agreement, ArticleMeta, Body, Sentence
from store.search.postings import ARRAYS
from store.search.query import SearchIndex
from store.search.upkeep import ensure_index, index_dir, index_for_store

TEXTS = {
    "n1": (
        "Naval contract signed",
        "Defence Minister Gen Nakatani signed a naval contract worth A$10 billion. "
        "The Reciprocal Access Agreement was cited by Penny Wong. Müller from Zürich approved.",
    ),
    "n2": (
        "Trade pact stalls",
        "Talks on the trade pact with Canberra stalled. Nakatani declined to comment.",
    ),
}
QUERIES = ["nakatni", "reciprocl acess", "p:", "t:trade", "muller", "zurich", "c:canb", "naval con"]


def _body(article_id: str, text: str) -> Body:
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        sentences.append(Sentence(len(sentences), 0, start, min(end, len(text))))
        start += len(part) + 2
    return Body(article_id, text, [], sentences, [], [])


def _records(texts: dict[str, tuple[str, str]] = TEXTS):
    bodies = [_body(i, t) for i, (_, t) in texts.items()]
    metas = [
        ArticleMeta(
            b.id,
            f"{b.id}.txt",
            texts[b.id][0],
            None,
            None,
            "2025-01-0" + str(n + 1),
            None,
            "",
            (0, 0),
            len(b.sentences),
        )
        for n, b in enumerate(bodies)
    ]
    actors = [
        Actor("gen-nakatani", "person", "Gen Nakatani", articles={"n1": 1, "n2": 1}),
        Actor("penny-wong", "person", "Penny Wong", articles={"n1": 1}),
        Actor("australia", "country", "Australia", aliases=["Canberra"], code="AU"),
    ]
    agreements = [Agreement("raa", "Reciprocal Access Agreement", aliases=["RAA"], articles=["n1"])]
    return actors, agreements, metas, bodies


class FakeStore:
    """The read side of ``store.db.store.Store`` that the index uses."""

    def __init__(self, path: Path, generation: int = 1) -> None:
        self.path = path
        self.generation = generation
        self.actors_, self.agreements_, self.metas, bodies = _records()
        self.bodies = {b.id: b for b in bodies}
        self.body_reads = 0

    def articles(self) -> list[ArticleMeta]:
        return list(self.metas)

    def actors(self) -> list[Actor]:
        return list(self.actors_)

    def agreements(self) -> list[Agreement]:
        return list(self.agreements_)

    def body(self, id: str) -> Body:
        self.body_reads += 1
        return self.bodies[id]


def _answers(index: SearchIndex) -> list:
    return [index.search(q) for q in QUERIES]


@pytest.fixture
def built() -> SearchIndex:
    return SearchIndex.build(*_records(), generation=7)


def test_save_load_round_trip(tmp_path: Path, built: SearchIndex) -> None:
    built.save(tmp_path / "x.index")
    loaded = SearchIndex.load(tmp_path / "x.index")
    assert loaded is not None and loaded.generation == 7
    assert _answers(loaded) == _answers(built)
    assert all(_answers(built)[:2])  # the comparison is not between two empty lists
    for name in ARRAYS:
        assert np.array_equal(loaded._data.arrays[name], built._data.arrays[name]), name
    assert loaded._data.terms == built._data.terms
    assert list(loaded._data.owners) == list(built._data.owners)
    assert list(loaded._data.entries) == list(built._data.entries)
    assert list(loaded._data.articles) == list(built._data.articles)


def test_accents_fold_both_ways(built: SearchIndex) -> None:
    assert any("Müller" in h.label for h in built.search("muller"))
    assert any("Zürich" in h.label for h in built.search("ZURICH"))


def test_save_replaces_atomically_and_leaves_no_litter(tmp_path: Path, built: SearchIndex) -> None:
    target = tmp_path / "db.json.index"
    built.save(target)
    other = SearchIndex.build(*_records({"n2": TEXTS["n2"]}), generation=8)
    other.save(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json.index"]
    assert target.stat().st_mode & 0o055 == 0o055  # other readers of the store can load it
    loaded = SearchIndex.load(target)
    assert loaded is not None and loaded.generation == 8
    assert not [h for h in loaded.search("naval") if h.kind == "sentence"]


def test_stale_generation_is_not_loaded(tmp_path: Path, built: SearchIndex) -> None:
    built.save(tmp_path / "i")
    assert SearchIndex.load(tmp_path / "i", generation=7) is not None
    assert SearchIndex.load(tmp_path / "i", generation=8) is None


def test_index_for_store_builds_saves_then_loads(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "db.json", generation=3)
    first = index_for_store(store)
    assert index_dir(store.path).is_dir() and first.generation == 3
    assert first.search("nakatni")[0].id == "gen-nakatani"
    reads = store.body_reads
    again = index_for_store(store)
    assert store.body_reads == reads  # loaded, not rebuilt
    assert _answers(again) == _answers(first)
    store.generation = 4  # another commit: the saved index is stale now
    rebuilt = index_for_store(store)
    # rebuilt for the new generation, from the words the stale one saved (ids are content
    # hashes: the same id is the same text), so no body is read again
    assert rebuilt.generation == 4 and store.body_reads == reads
    assert _answers(rebuilt) == _answers(first)
    assert SearchIndex.load(index_dir(store.path), generation=4) is not None


def test_ensure_index_persists_beside_the_store(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "s.json", generation=5)
    index = ensure_index(store)
    assert (tmp_path / "s.json.index" / "meta.json").is_file()
    assert index.generation == 5 and index.search("nakatani")[0].id == "gen-nakatani"


def _damage_meta(d: Path) -> None:
    (d / "meta.json").write_bytes(b'{"format": 2, "generation": ')


def _wrong_format(d: Path) -> None:
    meta = json.loads((d / "meta.json").read_text())
    meta["format"] = 999
    (d / "meta.json").write_text(json.dumps(meta))


def _unsorted_terms(d: Path) -> None:
    terms = (d / "terms.bin").read_bytes().split(b"\n")[:-1]
    raw = b"".join(t + b"\n" for t in reversed(terms))
    (d / "terms.bin").write_bytes(raw)
    np.save(d / "terms.ends.npy", np.cumsum([len(t) + 1 for t in reversed(terms)]).astype(np.int64))


def _truncate_postings(d: Path) -> None:
    p = d / "sentence_postings.npy"
    p.write_bytes(p.read_bytes()[:-9])


def _out_of_range_names(d: Path) -> None:
    arr = np.load(d / "name_postings.npy")
    arr[0] = 10_000_000
    np.save(d / "name_postings.npy", arr)


def _wrong_dtype(d: Path) -> None:
    np.save(d / "name_owner.npy", np.load(d / "name_owner.npy").astype(np.float64))


def _missing_texts(d: Path) -> None:
    (d / "texts.bin").unlink()


def _short_texts(d: Path) -> None:
    p = d / "texts.bin"
    p.write_bytes(p.read_bytes()[:10])


def _index_is_a_file(d: Path) -> None:
    for f in d.iterdir():
        f.unlink()
    d.rmdir()
    d.write_text("not a folder")


def _owner_row_broken(d: Path) -> None:
    ends = np.load(d / "owner_ids.ends.npy")
    np.save(d / "owner_ids.ends.npy", ends[:-1])  # a row without its id


DAMAGE = [
    _damage_meta,
    _wrong_format,
    _unsorted_terms,
    _truncate_postings,
    _out_of_range_names,
    _wrong_dtype,
    _missing_texts,
    _short_texts,
    _index_is_a_file,
    _owner_row_broken,
]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__.strip("_"))
def test_damaged_index_is_rebuilt_never_a_crash(tmp_path: Path, damage) -> None:
    store = FakeStore(tmp_path / "db.json", generation=2)
    good = _answers(index_for_store(store))
    directory = index_dir(store.path)
    damage(directory)
    assert SearchIndex.load(directory) is None
    rebuilt = index_for_store(store)
    assert _answers(rebuilt) == good
    assert SearchIndex.load(directory, generation=2) is not None  # and saved again


def test_sentence_list_out_of_range_reads_as_empty(tmp_path: Path, built: SearchIndex) -> None:
    """The big sentence lists are checked when first read, not at load: a damaged one is empty."""
    built.save(tmp_path / "i")
    term = (tmp_path / "i" / "terms.bin").read_bytes().split(b"\n").index(b"naval")
    offsets = np.load(tmp_path / "i" / "sentence_offsets.npy")
    postings = np.load(tmp_path / "i" / "sentence_postings.npy")
    postings[offsets[term]] = 10_000_000
    np.save(tmp_path / "i" / "sentence_postings.npy", postings)
    loaded = SearchIndex.load(tmp_path / "i")
    assert loaded is not None
    assert [h for h in built.search("t:naval") if h.kind == "sentence"]
    assert not [h for h in loaded.search("t:naval") if h.kind == "sentence"]
    assert loaded.search("nakatni") == built.search("nakatni")  # the other lists still work


def test_random_bytes_anywhere_never_crash(tmp_path: Path, built: SearchIndex) -> None:
    rng = np.random.default_rng(3)
    directory = tmp_path / "i"
    built.save(directory)
    names = sorted(os.listdir(directory))
    pristine = {n: (directory / n).read_bytes() for n in names}
    for trial in range(60):
        name = names[trial % len(names)]
        raw = bytearray(pristine[name])
        for _ in range(3):
            raw[int(rng.integers(len(raw)))] = int(rng.integers(256))
        (directory / name).write_bytes(bytes(raw))
        loaded = SearchIndex.load(directory)
        if loaded is not None:  # damage the checks cannot see must still never raise
            for q in QUERIES:
                loaded.search(q)
        (directory / name).write_bytes(pristine[name])


def test_labels_through_a_callback_hold_no_text() -> None:
    actors, agreements, metas, bodies = _records()
    by_id = {b.id: b for b in bodies}
    calls = []

    def sentence_text(article: str, index: int) -> str:
        calls.append((article, index))
        return by_id[article].sentence_text(index)

    lazy = SearchIndex.build(actors, agreements, metas, bodies, 1, sentence_text=sentence_text)
    eager = SearchIndex.build(actors, agreements, metas, bodies, 1)
    assert _answers(lazy) == _answers(eager) and calls
    assert lazy._data.texts is None
    with pytest.raises(ValueError):
        lazy.save(Path("/nonexistent/never-written"))


def _unsorted_sentences(d: Path) -> None:
    arr = np.load(d / "sentence_article.npy")
    np.save(d / "sentence_article.npy", arr[::-1].copy())


def _renumbered_sentences(d: Path) -> None:
    arr = np.load(d / "sentence_number.npy")
    np.save(d / "sentence_number.npy", arr + 1)


def _postings_past_the_end(d: Path) -> None:
    arr = np.load(d / "sentence_postings.npy")
    arr[-1] = 1 << 20
    np.save(d / "sentence_postings.npy", arr)


def _spans_past_the_text(d: Path) -> None:
    arr = np.load(d / "sentence_end.npy")
    arr[0] = 1 << 20
    np.save(d / "sentence_end.npy", arr)


@pytest.mark.parametrize(
    "damage", [_unsorted_sentences, _renumbered_sentences, _spans_past_the_text]
)
def test_a_stale_index_that_does_not_hold_together_is_not_reused(tmp_path: Path, damage) -> None:
    store = FakeStore(tmp_path / "db.json", generation=3)
    first = index_for_store(store)
    expected = _answers(first)
    del first
    damage(index_dir(store.path))
    reads = store.body_reads
    store.generation = 4
    rebuilt = index_for_store(store)
    assert store.body_reads > reads  # read back from the store instead
    assert _answers(rebuilt) == expected


def test_a_grown_index_reads_a_damaged_saved_list_as_empty(tmp_path: Path) -> None:
    """Growing keeps the saved postings as they are, unread; like any index opened, a list
    found out of range when a query first reads it answers nothing, never a crash."""
    store = FakeStore(tmp_path / "db.json", generation=3)
    first = index_for_store(store)
    expected = _answers(first)
    del first
    _postings_past_the_end(index_dir(store.path))
    store.generation = 4
    grown = index_for_store(store)
    assert grown.generation == 4
    answers = _answers(grown)  # no crash
    assert answers[0] == expected[0]  # the names are whole
    assert SearchIndex.load(index_dir(store.path), generation=4) is not None


def test_a_stale_index_lends_its_words_to_the_articles_still_stored(tmp_path: Path) -> None:
    """An added article is read; the others come from the saved index; a removed one is gone."""
    texts = dict(TEXTS)
    store = FakeStore(tmp_path / "db.json", generation=1)
    index_for_store(store)
    texts["n3"] = ("Zürich accord", "Delegates in Zürich initialled an accord on rail freight.")
    del texts["n2"]
    later = FakeStore(tmp_path / "db.json", generation=2)
    later.actors_, later.agreements_, later.metas, bodies = _records(texts)
    later.bodies = {b.id: b for b in bodies}
    index = index_for_store(later)
    assert later.body_reads == 1  # only the new article
    fresh = SearchIndex.build(*_records(texts), generation=2)
    for query in [*QUERIES, "zurich accord", "rail freight", "canberra stalled"]:
        assert index.search(query) == fresh.search(query), query
    assert index.search("rail freight")[0].article is not None
    assert not index.search("canberra stalled")


@pytest.mark.parametrize("high", [0, 1 << 16, 1 << 30])
def test_the_radix_order_is_numpys_stable_argsort(high: int) -> None:
    from store.search.postings import stable_order

    rng = np.random.default_rng(high)
    keys = rng.integers(0, 1 << 16, 5000, dtype=np.int32)
    keys[::3] += np.int32(high)  # some keys past 16 bits, with ties across both halves
    keys[::7] = keys[0]
    assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))


def test_an_index_grows_by_the_added_articles_alone(tmp_path: Path) -> None:
    """Articles added since the saved index: only theirs are read, the rest is kept as saved."""
    texts = dict(TEXTS)
    store = FakeStore(tmp_path / "db.json", generation=1)
    index_for_store(store)
    texts["n3"] = ("Zürich accord", "Delegates in Zürich initialled an accord on rail freight.")
    later = FakeStore(tmp_path / "db.json", generation=2)
    later.actors_, later.agreements_, later.metas, bodies = _records(texts)
    later.bodies = {b.id: b for b in bodies}
    grown = index_for_store(later)
    assert later.body_reads == 1 and grown.generation == 2
    fresh = SearchIndex.build(*_records(texts), generation=2)
    for query in [*QUERIES, "zurich accord", "rail freight", "t:", "nakatani"]:
        assert sorted(grown.search(query), key=repr) == sorted(fresh.search(query), key=repr)
    hit = grown.search("rail freight")[0]
    assert hit.article == "n3" and hit.label.startswith("Delegates in Zürich")
    again = SearchIndex.load(index_dir(later.path), generation=2)
    assert again is not None and again.search("rail freight") == grown.search("rail freight")
