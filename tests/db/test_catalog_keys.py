"""The key file (``PATH.keys``): what a writer's pass over a base catalog's lines found, read
back by the next writer instead of passing over them again, and trusted only for that base."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from store.db import catalog as catalog_module
from store.db import catalog_keys, catalog_lines, leftovers
from store.db.catalog_keys import keys_path
from store.db.store import Store
from store.doctor import check


def _fill(db: Path, make_pair, *names: str) -> None:
    with Store.open(db, write=True) as store:
        for name in names:
            store.add(*make_pair(name, extra=f" Note {name}."))
        store.commit()


def _seen(db: Path) -> tuple[object, ...]:
    with Store.open(db, write=True) as store:
        storage = store._catalog.storage
        return (
            store.article_ids(), store.actors(), store.agreements(), storage.ids,
            storage.duplicates, storage.files,
        )


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the passes over a catalog's lines."""
    made: list[int] = []
    real = catalog_lines._scan

    def counting(*args: object) -> object:
        made.append(1)
        return real(*args)

    monkeypatch.setattr(catalog_lines, "_scan", counting)
    return made


def _compacted(db: Path, make_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)  # commits stay journal lines
    _fill(db, make_pair, "a.txt", "b.txt")
    with Store.open(db, write=True) as store:
        store.compact()  # a base in lines


def test_the_next_writer_reads_the_keys_instead_of_the_lines(
    db_path: Path, make_pair, scans: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _compacted(db_path, make_pair, monkeypatch)
    scans.clear()
    _fill(db_path, make_pair, "c.txt")  # passes over the base's lines, saves the keys
    assert scans == [1] and keys_path(db_path).is_file()
    first = _seen(db_path)  # (a journal line on top of the base)
    assert scans == [1]  # not again
    keys_path(db_path).unlink()
    assert _seen(db_path) == first  # what the pass finds
    assert scans == [1, 1]
    _fill(db_path, make_pair, "d.txt")
    with Store.open(db_path) as reader:
        expected = reader.article_ids(), reader.actors(), reader.agreements()
    with Store.open(db_path, write=True) as store:
        assert (store.article_ids(), store.actors(), store.agreements()) == expected
    assert scans == [1, 1]


def test_keys_of_another_base_are_not_trusted(
    db_path: Path, make_pair, scans: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _compacted(db_path, make_pair, monkeypatch)
    _seen(db_path)
    old = keys_path(db_path).read_bytes()
    with Store.open(db_path, write=True) as store:
        store.add(*make_pair("c.txt", extra=" Other."))
        store.commit()
        store.compact()  # a new base: the keys are of the one before
    scans.clear()
    seen = _seen(db_path)
    assert scans == [1] and keys_path(db_path).read_bytes() != old
    assert len(seen[0]) == 3  # type: ignore[arg-type]


@pytest.mark.parametrize("damage", ["flip", "cut", "empty", "places"])
def test_a_damaged_key_file_is_not_trusted_and_the_next_writer_saves_it_again(
    db_path: Path, make_pair, scans: list[int], monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    _compacted(db_path, make_pair, monkeypatch)
    first = _seen(db_path)
    path = keys_path(db_path)
    raw = path.read_bytes()
    if damage == "flip":
        raw = raw[:-10] + bytes([raw[-10] ^ 0x20]) + raw[-9:]
    elif damage == "cut":
        raw = raw[: len(raw) // 2]
    elif damage == "empty":
        raw = b""
    else:  # sealed, but each record's place moved by one byte
        import marshal
        from array import array

        head = len(catalog_keys.MAGIC) + 9
        saved = list(marshal.loads(raw[head:]))
        tables = []
        for table in saved[1]:
            if table[1]:
                starts = array("q", [s + 1 for s in catalog_keys.places(table[3], table[4])[0]])
                table = (*table[:3], starts.tobytes(), *table[4:])
            tables.append(table)
        saved[1] = tables
        payload = marshal.dumps(tuple(saved))
        raw = catalog_keys.MAGIC + b"%08x\n" % zlib.crc32(payload) + payload
    path.write_bytes(raw)
    problems = check(db_path)
    if damage in ("flip", "cut", "empty"):
        assert any("key file is damaged" in line for line in problems), problems
    else:
        assert problems == []  # sealed: a writer finds the places wrong before trusting them
    scans.clear()
    assert _seen(db_path) == first
    assert scans == [1]
    _seen(db_path)
    assert scans == [1]  # saved again by that writer
    assert check(db_path) == []


def test_a_reader_neither_reads_nor_saves_keys(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt")
    with Store.open(db_path) as store:
        assert store.article_ids()
    assert not keys_path(db_path).exists()


def test_a_killed_writers_temporary_key_file_is_a_leftover(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    tmp = tmp_path / f".s.json.keys.{2**22 + 12345}.tmp"
    tmp.write_bytes(b"x")
    assert [item.path for item in leftovers.find(db)] == [tmp]


def test_a_lazy_reader_reads_the_keys_a_writer_saved_and_keeps_none_to_save(
    db_path: Path, make_pair, scans: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _compacted(db_path, make_pair, monkeypatch)
    keys_path(db_path).unlink(missing_ok=True)
    with Store.open(db_path, lazy=True) as reader:  # passes over the lines, saves nothing
        assert reader._catalog.storage.keys is None
        first = reader.article_ids()
    assert not keys_path(db_path).exists()
    _seen(db_path)  # a writer saves them
    scans.clear()
    with Store.open(db_path, lazy=True) as reader:
        assert reader.article_ids() == first
    assert scans == []


def test_a_key_file_of_an_earlier_format_is_written_again_once_and_said(
    db_path: Path, make_pair, scans: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _compacted(db_path, make_pair, monkeypatch)
    _fill(db_path, make_pair, "c.txt")  # saves the keys of this release
    saved = keys_path(db_path).read_bytes()
    keys_path(db_path).write_bytes(b"pactscope-keys 1\n" + saved[len(catalog_keys.MAGIC) :])
    scans.clear()
    with Store.open(db_path, write=True) as store:
        said = [line for line in store.notices if str(keys_path(db_path)) in line]
    assert len(said) == 1 and "this release's format" in said[0]
    assert scans == [1] and catalog_keys.of_format(db_path)
    with Store.open(db_path, write=True) as store:
        assert store.notices == []
    assert scans == [1]  # read from the file written again


def test_a_writer_with_no_key_file_before_says_nothing_of_one(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt")
    keys_path(db_path).unlink(missing_ok=True)
    with Store.open(db_path, write=True) as store:
        assert store.notices == []
