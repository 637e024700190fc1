"""Growing a saved index in proportion to what was added: the steps that no longer read the
whole store, each held to what reading it whole gives."""

from __future__ import annotations

import bisect
import os
import random
from pathlib import Path

import numpy as np
import pytest

from store.records import Actor, ArticleMeta, StoredRole
from store.search import held
from store.search.columns import encode
from store.search.extend import StoredArticles
from store.search.names_grown import _entity_places, _RowKeys
from store.search.owners import _actor_detail, owner_key
from store.search.postings import Owners
from store.search.query import SearchIndex
from store.search.saved import load_data
from store.search.upkeep import ensure_index, index_dir, index_for_store
from store.search.vocabulary import merge_terms
from tests.search.test_index import QUERIES, FakeStore, _body


def _meta(id: str, published: str = "2025-02-01") -> ArticleMeta:
    return ArticleMeta(id, f"{id}.txt", id, None, None, published, None, "", (0, 0), 1)


def _add_article(store: FakeStore, id: str, text: str) -> None:
    store.metas.append(_meta(id))
    store.bodies[id] = _body(id, text)
    store.generation += 1


def test_checked_sentences_are_stamped_and_not_read_again_while_they_bear_the_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FakeStore(tmp_path / "db.json", generation=1)
    index_for_store(store)  # built: no stamp, its sentences checked at the first growth
    seen: list[int] = []
    real = held.holds
    monkeypatch.setattr("store.search.extend.holds", lambda *a: seen.append(a[1]) or real(*a))
    _add_article(store, "n3", "Delegates in Zurich initialled an accord on rail freight.")
    index_for_store(store)
    saved = load_data(index_dir(store.path))
    assert saved is not None and held.stamped(saved.source, saved.stamps)
    _add_article(store, "n4", "The rail freight accord was signed in Bern.")
    grown = index_for_store(store)
    assert seen == [2]  # read by the first growth alone (two articles indexed then)
    fresh = SearchIndex.build(store.actors_, store.agreements_, store.metas, list(store.bodies.values()), 0)
    for query in [*QUERIES, "rail freight", "bern accord"]:
        assert grown.search(query) == fresh.search(query), query


def test_a_stamped_base_written_since_is_checked_whole_again(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "db.json", generation=1)
    index_for_store(store)
    _add_article(store, "n3", "Delegates in Zurich initialled an accord on rail freight.")
    index_for_store(store)  # grown: stamped
    directory = index_dir(store.path)
    numbers = np.load(directory / "sentence_number.npy")
    path = directory / "sentence_number.npy"
    before = path.stat()
    np.save(path, numbers + 1)  # the same size, written again in place
    # as a later write leaves it (one within the clock's tick of the save would keep its time)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    saved = load_data(directory)
    assert saved is not None and not held.stamped(saved.source, saved.stamps)
    reads = store.body_reads
    _add_article(store, "n4", "The rail freight accord was signed in Bern.")
    rebuilt = index_for_store(store)
    assert store.body_reads > reads  # the damage was seen: built again from the bodies
    fresh = SearchIndex.build(store.actors_, store.agreements_, store.metas, list(store.bodies.values()), 0)
    assert rebuilt.search("bern accord") == fresh.search("bern accord")


def test_an_index_of_a_release_without_stamps_is_checked_whole() -> None:
    assert not held.stamped(None, {"sentence_article.npy": [1, 2, 3, 4]})
    assert not held.stamped(Path("/nonexistent"), {f"{n}.npy": [0, 0, 0, 0] for n in held.HELD})
    assert not held.stamped(Path("."), None)


def test_a_stamp_holds_for_those_files_alone(tmp_path: Path) -> None:
    for name in held.HELD:
        np.save(tmp_path / f"{name}.npy", np.zeros(3, np.int32))
    stamps = held.stamp(tmp_path)
    assert held.stamped(tmp_path, stamps)
    np.save(tmp_path / "sentence_end.tail.npy", np.zeros(1, np.int32))  # a tail more
    assert not held.stamped(tmp_path, stamps)
    assert held.stamped(tmp_path, held.stamp(tmp_path))
    (tmp_path / "sentence_end.tail.npy").unlink()
    os.link(tmp_path / "sentence_end.npy", tmp_path / "kept.npy")
    (tmp_path / "sentence_end.npy").unlink()
    np.save(tmp_path / "sentence_end.npy", np.zeros(3, np.int32))  # another file of that name
    assert not held.stamped(tmp_path, stamps)


def test_an_ingest_grows_the_index_without_reading_it_back(tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "db.json", generation=1)
    index_for_store(store)
    _add_article(store, "n3", "Delegates in Zurich initialled an accord on rail freight.")
    assert ensure_index(store, load_back=False) is None
    loaded = SearchIndex.load(index_dir(store.path), generation=store.generation)
    fresh = SearchIndex.build(store.actors_, store.agreements_, store.metas, list(store.bodies.values()), 0)
    assert loaded is not None and loaded.search("rail freight") == fresh.search("rail freight")
    assert ensure_index(store, load_back=False) is not None  # current: read, as always


def _stored(ids: list[str]) -> StoredArticles:
    metas = {id: _meta(id, f"2025-01-{k + 1:02d}") for k, id in enumerate(ids)}
    return StoredArticles(list(ids), metas.get, lambda: list(metas.values()))


def test_the_articles_added_are_told_by_the_ids_written_since() -> None:
    stored = _stored(["a", "b", "c", "d"])
    records = {"p-x", "g-y"}.__contains__
    found = stored.written(2, {"c", "d", "p-x", "g-y"}, records)
    assert found is not None and [m.id for m in found] == ["d", "c"]  # newest first
    assert found == stored.added({"a", "b"})


def test_a_removal_or_an_indexed_article_written_again_leaves_it_to_the_whole_comparison() -> None:
    stored = _stored(["a", "b", "c"])
    records = {"p-x"}.__contains__
    assert stored.written(2, {"c", "gone"}, records) is None  # an article removed since
    assert stored.written(2, {"b", "c"}, records) is None  # "b" indexed and written again
    assert stored.added({"a", "b"}) is not None


def test_merged_terms_are_the_sorted_union_and_keep_every_number() -> None:
    rng = random.Random(5)
    words = [f"{rng.choice('abcxyz')}{rng.randrange(500)}" for _ in range(400)]
    for _ in range(30):
        old = sorted(set(rng.sample(words, rng.randrange(0, 200))))
        more = [rng.sample(words, rng.randrange(0, 50)) for _ in range(2)]
        merged = merge_terms(old, *more)
        whole = sorted(set(old).union(*more))
        assert merged.terms == whole
        assert merged.old_rank.tolist() == [whole.index(t) for t in old]
        asked = [t for m in more for t in m]
        assert merged.ranks(asked).tolist() == [whole.index(t) for t in asked]


def test_a_column_is_encoded_at_once_as_item_by_item() -> None:
    for items in (["a", "bé", "", "ünï"], ["one\ntwo", "three"], [], ["\ud800x"]):
        blob, ends = encode(items)
        raw = [s.encode("utf-8", "replace") + b"\n" for s in items]
        assert blob == b"".join(raw)
        assert ends.dtype == np.int64 and ends.tolist() == np.cumsum([len(r) for r in raw]).tolist()


def _owners(rows: list[list[object]]) -> Owners:
    return Owners.from_rows(rows)


def test_rows_are_placed_among_kept_ones_as_a_bisection_of_whole_keys_places_them() -> None:
    rng = random.Random(11)
    kinds = ["person", "country", "organization", "agreement"]
    rows = [
        [rng.choice(kinds), f"id-{k}", rng.choice(["Ann", "bob", "Émile", "Zed", "ann"]), "", rng.randrange(4)]
        for k in range(300)
    ]
    rows.sort(key=owner_key)
    owners = _owners(rows)
    kept = np.asarray(sorted(rng.sample(range(len(rows)), 200)), np.int64)
    asked = [
        [rng.choice(kinds), f"new-{k}", rng.choice(["Ann", "bob", "Cy", "émile", "zz"]), "", rng.randrange(5)]
        for k in range(60)
    ]
    whole = [bisect.bisect_left(_RowKeys(owners, kept), owner_key(r)) for r in asked]
    assert _entity_places(owners, kept, asked) == whole
    heavy = [[*r[:4], 1 << 60] for r in rows[:3]]  # weights past the room: bisected whole
    heavy_owners = _owners(heavy)
    at = [bisect.bisect_left(_RowKeys(heavy_owners, np.arange(3)), owner_key(r)) for r in asked[:5]]
    assert _entity_places(heavy_owners, np.arange(3), asked[:5]) == at


def _plain_detail(actor: Actor, names: dict[str, str]) -> str:
    counts: dict[tuple[str, str], int] = {}
    for role in actor.roles:
        key = (role.title, names.get(role.affiliation or "", ""))
        counts[key] = counts.get(key, 0) + 1
    (title, where), _ = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return f"{title}, {where}" if where else title


def test_a_persons_detail_counts_its_roles_as_one_by_one() -> None:
    rng = random.Random(3)
    names = {"c-a": "Avalon", "c-b": "Avalon", "c-c": "Brightwater"}  # two ids, one name
    for _ in range(40):
        roles = [
            StoredRole(rng.choice(["minister", "envoy", "chief"]), rng.choice(["c-a", "c-b", "c-c", None, "c-x"]), "n1", 0)
            for _ in range(rng.randrange(1, 30))
        ]
        actor = Actor("p-1", "person", "One", roles=roles)
        assert _actor_detail(actor, names) == _plain_detail(actor, names)


@pytest.mark.slow
def test_name_lists_added_after_a_saved_tail_answer_as_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three ingests: the second leaves the new names' postings in a tail, the third adds its
    own after that tail's lists (not sorted again with them); the index answers as a rebuild."""
    import shutil

    import store.search.name_half as name_half
    from store.db.store import Store
    from store.ingest import ingest
    from tests.search.test_terms import SEEDS, _hits, _names

    monkeypatch.setattr(name_half, "TAIL_SHARE", 1)  # in a store this small, keep the tail
    after_saved: list[int] = []
    real = name_half.concat
    monkeypatch.setattr(
        name_half, "concat", lambda *a: after_saved.append(len(a[1])) or real(*a)
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        for n in range(12):
            (folder / f"{n:02d}-{path.name}").write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
    names = sorted(p.name for p in folder.iterdir())
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [folder / n for n in names[:-2]], jobs=2)
        ingest(store, [folder / names[-2]], jobs=1)
        ingest(store, [folder / names[-1]], jobs=1)
        assert after_saved and after_saved[-1] > 0  # the last growth went on from a saved tail
        grown = SearchIndex.load(index_dir(db), generation=store.generation)
        shutil.rmtree(index_dir(db))
        rebuilt = index_for_store(store)
    assert grown is not None and _names(grown) == _names(rebuilt)
    a = grown._data.arrays
    off, post = np.asarray(a["name_offsets"]), np.asarray(a["name_postings"])
    t_off, t_post = np.asarray(a["name_tail_offsets"]), np.asarray(a["name_tail_postings"])
    for t in range(len(off) - 1):  # each term's list ascending: base, then tail
        both = np.concatenate((post[off[t] : off[t + 1]], t_post[t_off[t] : t_off[t + 1]]))
        assert bool(np.all(both[1:] > both[:-1])), t
    for query in ("treaty", "minister", "t:", "p:", "copy 11", "agreement signed"):
        assert _hits(grown, query) == _hits(rebuilt, query), query
