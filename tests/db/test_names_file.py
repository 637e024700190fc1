"""The resolver's name index saved beside the store: written with a commit, read back by the
next writer instead of being built from every record, and built again whenever it is stale,
damaged or missing, never a reason to refuse a store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.db import names_file
from store.db import store as store_module
from store.db.leftovers import clean
from store.db.names_file import load_names, names_problem, resolver_state, save_names, temp_path
from store.db.store import Store
from store.doctor import check
from store.paths import names_path
from store.records import Correction
from store.resolve.resolver import Resolver


def _add(db: Path, make_pair, name: str) -> None:
    with Store.open(db, write=True) as store:
        store.add(*make_pair(name, extra=f" Note {name}."))
        store.commit()


def _stamp(store: Store) -> tuple[int, int]:
    return (store.generation, int(store.meta["bodies_length"]))


def _fresh(store: Store) -> tuple[object, ...]:
    return resolver_state(Resolver(store.actors(), store.agreements()))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the name indexes the store builds from its records."""
    made: list[int] = []

    class Counting(Resolver):
        def __init__(self, actors=(), agreements=()) -> None:
            actors, agreements = list(actors), list(agreements)
            if actors or agreements:
                made.append(len(actors) + len(agreements))
            super().__init__(actors, agreements)

    monkeypatch.setattr(store_module, "Resolver", Counting)
    return made


def test_a_commit_saves_the_index_and_the_next_writer_reads_it(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    _add(db_path, make_pair, "a.txt")
    assert names_path(db_path).is_file()
    with Store.open(db_path, write=True) as store:
        saved = load_names(db_path, _stamp(store))
        assert saved is not None and resolver_state(saved) == _fresh(store)
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
        assert builds == []  # the second writer read it: nothing built from the records
        assert resolver_state(load_names(db_path, _stamp(store))) == resolver_state(store.resolver)
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 2 and len(store.actors()) == 3


def test_a_stale_index_is_not_read(db_path: Path, make_pair, builds: list[int]) -> None:
    _add(db_path, make_pair, "a.txt")
    with Store.open(db_path, write=True) as store:
        old = _stamp(store)
        stale = Resolver()
        save_names(db_path, stale, (old[0] - 1, old[1]))  # another generation's
        assert load_names(db_path, old) is None
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
        assert builds  # built from the records instead
        assert store.actor(store.resolver.actor_id(make_pair()[1].actors[2])) is not None


def test_a_writer_with_changes_staged_builds_from_its_records(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    _add(db_path, make_pair, "a.txt")
    with Store.open(db_path, write=True) as store:
        # a replacement staged before the index is first needed: the saved one is not theirs
        store.add(*make_pair("a.txt", extra=" Changed text."))
        assert builds


@pytest.mark.parametrize("damage", ["flip", "cut", "foreign", "empty"])
def test_a_damaged_index_is_rebuilt_and_doctor_names_it(
    db_path: Path, make_pair, builds: list[int], damage: str
) -> None:
    _add(db_path, make_pair, "a.txt")
    path = names_path(db_path)
    raw = bytearray(path.read_bytes())
    if damage == "flip":
        raw[-3] ^= 0x20
    elif damage == "cut":
        raw = raw[: len(raw) // 2]
    elif damage == "foreign":
        raw = bytearray(b"pactscope-names 999\n" + bytes(raw[len(names_file.MAGIC) :]))
    else:
        raw = bytearray()
    path.write_bytes(bytes(raw))
    assert any("name index is damaged" in line for line in check(db_path))
    with Store.open(db_path, write=True) as store:
        assert load_names(db_path, _stamp(store)) is None
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
        assert builds
    assert names_problem(db_path) is None  # written again by that commit
    assert check(db_path) == []


def test_an_index_of_an_older_format_is_no_problem_and_is_built_again(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    _add(db_path, make_pair, "a.txt")
    path = names_path(db_path)
    path.write_bytes(b"pactscope-names 1\n" + path.read_bytes()[len(names_file.MAGIC) :])
    assert check(db_path) == []  # what the previous release left: no reason to repair a store
    _add(db_path, make_pair, "b.txt")
    assert builds and path.read_bytes().startswith(names_file.MAGIC)


def test_a_missing_index_is_no_problem(db_path: Path, make_pair, builds: list[int]) -> None:
    _add(db_path, make_pair, "a.txt")
    names_path(db_path).unlink()  # a store written before the file existed
    assert check(db_path) == []
    _add(db_path, make_pair, "b.txt")
    assert builds and names_path(db_path).is_file()


def test_a_correction_leaves_the_index_stale_until_the_next_ingest(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    _add(db_path, make_pair, "a.txt")
    with Store.open(db_path, write=True) as store:
        wong = next(a for a in store.actors() if a.kind == "person")
        store.correct(Correction("rename", (wong.id,), args={"name": "Penelope Wong"}))
        stamp = _stamp(store)
    assert load_names(db_path, stamp) is None  # the names moved: not saved for them
    assert check(db_path) == []
    with Store.open(db_path, write=True) as store:
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
        assert builds
        assert load_names(db_path, _stamp(store)) is not None


def test_a_killed_writers_temporary_file_is_cleaned(db_path: Path, make_pair) -> None:
    _add(db_path, make_pair, "a.txt")
    leftover = temp_path(db_path).with_name(f".{names_path(db_path).name}.999999999.tmp")
    leftover.write_bytes(b"half")
    assert leftover in [item.path for item in clean(db_path)]
    assert not leftover.exists()
    assert os.path.exists(names_path(db_path))


@pytest.mark.parametrize("count", [3, 4])
def test_an_ingest_saves_the_index_with_its_last_commit_only(
    tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.ingest import ingest

    saved: list[int] = []
    real = store_module.save_names
    monkeypatch.setattr(
        store_module, "save_names", lambda path, r, stamp: saved.append(stamp[0]) or real(path, r, stamp)
    )
    folder = tmp_path / "news"
    folder.mkdir()
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").iterdir())
    for i in range(count):
        (folder / f"{i}.txt").write_text(seeds[i].read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        report = ingest(store, [folder], jobs=1, batch_size=2)  # commits every two articles
        assert report.commits == 2 and saved == [store.generation]
        assert load_names(db, _stamp(store)) is not None


def test_a_store_changed_behind_the_writers_backs_builds_the_index(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    _add(db_path, make_pair, "a.txt")
    db_path.write_bytes(db_path.read_bytes() + b"\n")  # the same catalog, but not as left
    with Store.open(db_path, write=True) as store:
        assert load_names(db_path, _stamp(store)) is not None  # its stamp still matches
        assert store.resolver is not None
        assert builds  # not trusted: built from the records


def test_the_saved_state_is_every_attribute_of_the_resolver() -> None:
    assert set(vars(Resolver())) == set(names_file.STATE)  # a new one must be saved too


def test_a_later_commit_appends_what_it_added_and_the_next_writer_reads_it(
    db_path: Path, make_pair, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(names_file, "FOLD_SHARE", 0)  # a small store's tail is never folded
    _add(db_path, make_pair, "a.txt")
    path = names_path(db_path)
    inode, size = path.stat().st_ino, path.stat().st_size
    for name in ("b.txt", "c.txt"):
        with Store.open(db_path, write=True) as store:
            store.add(*make_pair(name, extra=f" Other {name}."))
            store.commit()
    assert path.stat().st_ino == inode and path.stat().st_size > size  # appended, not rewritten
    assert builds == []
    with Store.open(db_path, write=True) as store:
        assert resolver_state(load_names(db_path, _stamp(store))) == _fresh(store)
    assert names_problem(db_path) is None


def test_a_record_cut_short_by_a_killed_writer_is_not_trusted(
    db_path: Path, make_pair, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(names_file, "FOLD_SHARE", 0)
    _add(db_path, make_pair, "a.txt")
    _add(db_path, make_pair, "b.txt")
    path = names_path(db_path)
    path.write_bytes(path.read_bytes()[:-2])  # the tail record as a killed writer left it
    assert any("name index is damaged" in line for line in check(db_path))
    with Store.open(db_path, write=True) as store:
        assert load_names(db_path, _stamp(store)) is None  # it stops a commit short
        store.add(*make_pair("c.txt", extra=" Other."))
        store.commit()
        assert builds
        assert resolver_state(load_names(db_path, _stamp(store))) == _fresh(store)
    assert names_problem(db_path) is None  # written whole again


def test_the_tail_is_folded_once_it_outgrows_its_share(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(names_file, "FOLD_SHARE", 10**6)  # every tail is past its share
    _add(db_path, make_pair, "a.txt")
    inode = names_path(db_path).stat().st_ino
    _add(db_path, make_pair, "b.txt")
    assert names_path(db_path).stat().st_ino != inode  # written whole: a new file
    with Store.open(db_path) as store:
        stamp = _stamp(store)
        assert resolver_state(load_names(db_path, stamp)) == _fresh(store)


def test_a_release_of_the_base_alone_format_is_built_again(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    _add(db_path, make_pair, "a.txt")
    path = names_path(db_path)
    path.write_bytes(b"pactscope-names 1\n" + path.read_bytes()[len(names_file.MAGIC) :])
    _add(db_path, make_pair, "b.txt")
    assert builds and path.read_bytes().startswith(names_file.MAGIC)


def test_an_index_of_the_previous_format_is_written_again_once_without_a_build(
    db_path: Path, make_pair, builds: list[int]
) -> None:
    import marshal
    import zlib

    _add(db_path, make_pair, "a.txt")
    with Store.open(db_path) as store:
        stamp, state = _stamp(store), _fresh(store)
    payload = marshal.dumps((stamp, state))  # what the previous release wrote
    old = b"pactscope-names 2\n" + f"{zlib.crc32(payload):08x} {len(payload)}\n".encode() + payload
    path = names_path(db_path)
    path.write_bytes(old)
    assert names_problem(db_path) is None
    with Store.open(db_path, write=True) as store:
        assert any("rewrote the name index" in line for line in store.notices)
        assert path.read_bytes().startswith(names_file.MAGIC)
        assert resolver_state(load_names(db_path, _stamp(store))) == _fresh(store)
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
    assert builds == []
    with Store.open(db_path, write=True) as store:
        assert not store.notices
        assert resolver_state(load_names(db_path, _stamp(store))) == _fresh(store)
