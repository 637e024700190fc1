"""The tables a writer or lazy reader opens from the saved key file (``doc_table``): the same
documents, ids and order as the pass over the catalog's lines gives, nothing made per record
at open, and a saved file whose columns do not agree never trusted."""

from __future__ import annotations

import marshal
import random
import zlib
from array import array
from pathlib import Path
from typing import Any

import pytest

from store.db import catalog as catalog_module
from store.db import catalog_keys, catalog_lines
from store.db.catalog_keys import keys_path
from store.db.doc_table import Base, Columns, Doc, DocTable, Held, IdMap, largest_key
from store.db.lazy_records import LazyRecords
from store.db.lean_replay import document
from store.db.store import Store


def _columns(keys: list[int], ids: list[str], *, base: Base | None = None) -> Columns:
    base = base or Base(-1)
    order = array("q", sorted(range(len(ids)), key=ids.__getitem__))
    return Columns(
        base, array("q", keys), array("q", [10 * k for k in keys]), array("q", [10 * k + 5 for k in keys]),
        "\n".join(ids).encode(), order, ordered=keys == sorted(keys), unique=len(set(ids)) == len(ids),
    )


def _plain(value: Any) -> Any:
    return (value.start, value.end) if type(value) is Doc else value


@pytest.mark.parametrize("keys", [[1, 2, 3, 5, 8, 13], [4, 2, 9, 1, 7, 3]])
def test_a_table_over_columns_behaves_as_the_dict_it_replaces(keys: list[int]) -> None:
    ids = [f"id{k}" for k in keys]
    table, model = DocTable(_columns(keys, ids)), {str(k): (10 * k, 10 * k + 5) for k in keys}
    idmap, id_model = IdMap(table.cols), {f"id{k}": str(k) for k in keys}
    rng = random.Random(7)
    for step in range(400):
        key = str(rng.choice([*keys, 20, 21, 22]))
        op = rng.random()
        for mapping, plain, k, v in ((table, model, key, f"v{step}"), (idmap, id_model, f"id{key}", key)):
            if op < 0.4:
                mapping[k] = plain[k] = v
            elif op < 0.6:
                assert _plain(mapping.pop(k, None)) == plain.pop(k, None)
            assert (k in mapping) == (k in plain)
            assert _plain(mapping.get(k)) == plain.get(k)
            assert list(mapping) == list(plain) and len(mapping) == len(plain)
            assert [(a, _plain(b)) for a, b in mapping.items()] == list(plain.items())
        assert largest_key(table) == max(map(int, model), default=0)
    assert table.get(None) is None and "01" not in table and idmap.get(None) is None


def test_ids_on_two_rows_read_as_the_pass_over_the_lines_reads_them() -> None:
    ids = ["b", "a", "b", "c"]
    idmap = IdMap(_columns([1, 2, 3, 4], ids))
    assert dict(idmap) == {"b": "3", "a": "2", "c": "4"}  # the last line of an id wins
    assert list(idmap) == ["b", "a", "c"] and len(idmap) == 3  # in the place of its first


def test_held_documents_follow_the_table_and_keep_the_order_of_the_keys() -> None:
    cols = _columns([3, 1, 2], ["c", "a", "b"])
    docs, ids = DocTable(cols), IdMap(cols)
    ids["d"], docs["4"] = "4", {"id": "d"}  # a commit of the journal
    held = Held(ids.snapshot(), docs, by_key=True)
    assert list(held) == ["a", "b", "c", "d"]
    assert [(i, _plain(v)) for i, v in held.items()] == [
        ("a", (10, 15)), ("b", (20, 25)), ("c", (30, 35)), ("d", {"id": "d"})
    ]
    held["a"] = "record"
    del held["b"]
    ids["e"] = "5"  # a later commit: the records were written first
    assert list(held) == ["a", "c", "d"] and "e" not in held
    ordered = Held(IdMap(_columns([1, 2], ["x", "y"])), DocTable(_columns([1, 2], ["x", "y"])), by_key=False)
    assert list(ordered) == ["x", "y"]


def test_the_ids_inverse_reads_finds_what_a_pass_over_every_record_finds() -> None:
    cols = _columns([1, 2, 3, 4], ["a", "b", "c", "d"])
    docs, ids = DocTable(cols), IdMap(cols)
    docs["2"] = {"id": "b", "file": "B"}  # patched by the journal
    ids["e"], docs["5"] = "5", {"id": "e", "file": "E"}
    records = LazyRecords(lambda doc: doc)
    records.adopt(Held(ids.snapshot(), docs, by_key=True))
    records["c"] = "made"
    known = {"a": "A", "b": "B", "c": "C"}  # "d" has no file in its line
    items = records.held()
    expected = [id for id, item in items.items() if type(item) is not Doc or id not in known]
    assert sorted(items.unsettled(known)) == sorted(expected)


def _store(db: Path, make_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)  # commits stay journal lines
    for names in (("a.txt", "b.txt"), ("c.txt",)):
        with Store.open(db, write=True) as store:
            for name in names:
                store.add(*make_pair(name, extra=f" Note {name}."))
            store.commit()
    with Store.open(db, write=True) as store:
        store.compact()
    with Store.open(db, write=True) as store:  # saves the keys of the new base
        store.add(*make_pair("d.txt", extra=" Note d."))
        store.commit()


def _tables(db: Path, *, lazy: bool = False) -> tuple[Any, ...]:
    with Store.open(db, write=not lazy, lazy=lazy) as store:
        storage = store._catalog.storage
        tables = () if lazy else catalog_lines.RAW_TABLES  # (a reader lets them go)
        data = {t: [(k, document(v)) for k, v in storage.data[t].items()] for t in tables}
        return (
            data, {t: list(storage.ids[t].items()) for t in tables}, dict(storage.files),
            store.article_ids(), [a.id for a in store.each_actor()], store.actors(),
            store.agreements(), [a.id for a in store.each_agreement()], store.articles(),
        )


@pytest.mark.parametrize("lazy", [False, True])
def test_a_store_opened_from_the_keys_is_the_store_the_lines_give(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch, lazy: bool
) -> None:
    _store(db_path, make_pair, monkeypatch)
    assert keys_path(db_path).is_file()
    from_keys = _tables(db_path, lazy=lazy)
    with Store.open(db_path, write=True) as store:
        assert type(store._catalog.storage.data["actors"]) is DocTable  # nothing made per record
    keys_path(db_path).unlink()
    monkeypatch.setattr(catalog_lines, "_from_keys", lambda *a: None)
    assert _tables(db_path, lazy=lazy) == from_keys


def test_saved_columns_that_do_not_agree_are_not_trusted(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store(db_path, make_pair, monkeypatch)
    raw = keys_path(db_path).read_bytes()
    head = len(catalog_keys.MAGIC) + 9
    saved = list(marshal.loads(raw[head:]))
    saved[1] = [(*t[:5], t[5] + b"\nextra", *t[6:]) if t[1] else t for t in saved[1]]
    payload = marshal.dumps(tuple(saved))
    keys_path(db_path).write_bytes(catalog_keys.MAGIC + b"%08x\n" % zlib.crc32(payload) + payload)
    scans: list[int] = []
    real = catalog_lines._scan
    monkeypatch.setattr(catalog_lines, "_scan", lambda *a: scans.append(1) or real(*a))
    with Store.open(db_path, write=True) as store:
        assert len(store.article_ids()) == 4
    assert scans == [1]



def test_files_saved_by_row_or_by_id_read_back_the_same() -> None:
    by_row = catalog_keys.files_of((b"", b"A\nB", 2), _columns([1, 2], ["b", "a"]))
    assert by_row == {"b": "A", "a": "B"} and list(by_row) == ["b", "a"] and "c" not in by_row
    by_id = catalog_keys.files_of((b"a\nc", b"A\nC", 2), _columns([1, 2, 3], ["a", "b", "c"]))
    assert by_id == {"a": "A", "c": "C"}
    assert catalog_keys.files_of((b"", b"", 0), None) == {}


def test_the_files_of_articles_gone_since_are_found_without_a_pass() -> None:
    cols = _columns([1, 2, 3], ["a", "b", "c"])
    docs, ids = DocTable(cols), IdMap(cols)
    del ids["b"], docs["2"]  # removed by a commit of the journal
    held = Held(ids.snapshot(), docs, by_key=True)
    del held["c"]
    files = catalog_keys.files_of((b"", b"A\nB\nC", 3), cols)
    assert held.missing(files) == {"b", "c"} == set(files.keys() - held.keys())
    records = LazyRecords(lambda doc: doc)
    records.adopt(Held(ids.snapshot(), docs, by_key=True))
    assert records.inverse("file", files) == {"A": "a", "C": "c"}


def test_a_pass_over_what_is_held_gives_what_reading_each_id_gives() -> None:
    rng = random.Random(3)
    names = [f"r{n}" for n in range(40)]
    cols = _columns(list(range(1, 41)), names)
    docs, ids = DocTable(cols), IdMap(cols)
    for step in range(30):  # commits of the journal: removed, replaced, added
        id = rng.choice(names)
        if id in ids and rng.random() < 0.4:
            del docs[ids.pop(id)]
        elif id in ids:
            docs[ids[id]] = {"id": id, "step": step}
        else:
            ids[id] = str(41 + step)
            docs[ids[id]] = {"id": id}
    held = Held(ids.snapshot(), docs, by_key=True)
    for _ in range(20):  # the session's writes
        id = rng.choice(names)
        if id in held and rng.random() < 0.5:
            del held[id]
        else:
            held[id] = f"record {id}"
    assert [(i, _plain(v)) for i, v in held.items()] == [(i, _plain(held[i])) for i in held]
    assert len(list(held.items())) == len(held)
