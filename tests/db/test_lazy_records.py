"""A writer makes actors and agreements from their documents only when it reads them: adding
an article reads the few it names, and what it commits is what an eager load would give."""

from __future__ import annotations

import types
from pathlib import Path

import orjson
import pytest

from store.db import catalog as catalog_module
from store.db.lazy_records import LazyRecords
from store.db.store import Store
from store.errors import StoreCorrupt
from store.records import Actor


def test_records_are_made_when_first_read_in_catalog_order() -> None:
    made: list[str] = []

    def convert(doc: dict) -> Actor:
        made.append(doc["id"])
        return Actor(doc["id"], "country", doc["name"])

    records = LazyRecords(convert)
    for id in ("b", "a", "c"):
        records.put_document(id, {"id": id, "name": id.upper()})
    assert list(records) == ["b", "a", "c"] and records.unmade == 3 and made == []
    assert "a" in records and "z" not in records and records.get("z") is None
    assert records["a"].name == "A" and records["a"] is records["a"] and made == ["a"]
    records["d"] = Actor("d", "country", "D")
    del records["c"]
    assert records.unmade == 1 and list(records) == ["b", "a", "d"]
    assert [r.name for r in records.values()] == ["B", "A", "D"] and records.unmade == 0
    assert dict(records.items())["b"].name == "B" and made == ["a", "b"]


def _fill(db: Path, make_pair, *names: str) -> None:
    with Store.open(db, write=True) as store:
        for name in names:
            store.add(*make_pair(name, extra=f" Note {name}."))
        store.commit()


def _everything(db: Path) -> tuple[list[object], list[object], list[object]]:
    with Store.open(db) as store:
        return store.articles(), store.actors(), store.agreements()


def test_a_writer_reads_only_the_records_an_article_names(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)  # commits stay journal lines
    _fill(db_path, make_pair, "a.txt")
    with Store.open(db_path, write=True) as store:
        # an organisation nothing new names: its document is never made into a record
        org = Actor("o-untouched", "organization", "Untouched Council", ["UC"])
        store.put_actor(org)
        store.commit()
    with Store.open(db_path, write=True) as store:
        actors = store._actors
        assert isinstance(actors, LazyRecords) and actors.unmade == len(actors) == 4
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
        assert 0 < actors.unmade  # the council was not read
        assert actors._items["o-untouched"].__class__ is dict
    articles, actors, agreements = _everything(db_path)
    assert len(articles) == 2 and len(agreements) == 1
    council = next(a for a in actors if a.id == "o-untouched")
    assert council.aliases == ["UC"] and council.articles == {}
    japan = next(a for a in actors if a.name == "Japan")
    assert len(japan.articles) == 2  # the record read and changed is committed whole


def test_a_reader_still_makes_every_record(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt")
    with Store.open(db_path) as store:
        assert type(store._actors) is dict and type(store._agreements) is dict


def test_a_damaged_document_read_later_names_the_catalog(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt")
    data = orjson.loads(db_path.read_bytes())
    key = next(k for k, doc in data["actors"].items() if doc["name"] == "Japan")
    del data["actors"][key]["kind"]
    db_path.write_bytes(orjson.dumps(data))
    # a writer checks a catalog changed behind its back, reading every record; else at first read
    with pytest.raises(StoreCorrupt, match="a catalog record is damaged"):
        with Store.open(db_path, write=True) as store:
            store.actors()


def test_get_makes_a_record_once_and_gives_the_default_for_an_unknown_id() -> None:
    made: list[str] = []

    def convert(doc: dict) -> Actor:
        made.append(doc["id"])
        return Actor(doc["id"], "country", doc["name"])

    records = LazyRecords(convert)
    records.put_document("a", {"id": "a", "name": "A"})
    default = {"id": "z", "name": "Z"}  # a default that looks like a document stays as it is
    assert records.get("z", default) is default and records.get("z") is None and made == []
    first = records.get("a")
    assert isinstance(first, Actor) and records.get("a") is first and made == ["a"]
    assert records.unmade == 0


def test_a_field_is_read_from_the_line_without_making_the_record(tmp_path: Path) -> None:
    import os

    from store.db.catalog_lines import Patched, as_dict
    from store.db.doc_table import Base, Doc
    from store.db.lazy_records import ReadOnlyRecords

    docs = [
        {"id": "c-1", "kind": "country", "name": "Chile", "articles": {f"a{i:05d}": 1 for i in range(200)}},
        {"id": "c-2", "kind": "country", "name": 'The "Free" State', "articles": {}},
        {"id": "c-3", "kind": "country", "name": "Peru", "articles": {}},
        {"id": "c-4", "kind": "country", "name": "Old", "articles": {}},
    ]
    raw = b"\n".join(orjson.dumps(d) for d in docs)
    path = tmp_path / "docs"
    path.write_bytes(raw)
    base = Base(os.open(path, os.O_RDONLY))
    at, items = 0, {}
    for d in docs:
        size = len(orjson.dumps(d))
        items[d["id"]] = Doc(base, at, at + size)
        at += size + 1
    items["c-3"] = Patched(items["c-3"], [orjson.dumps({"id": "c-3", "merge": {"articles": {"a": 1}}})])
    items["c-4"] = Patched(items["c-4"], [orjson.dumps({"id": "c-4", "set": {"name": "New"}})])
    made: list[str] = []
    records = LazyRecords(lambda doc: made.append("x") or as_dict(doc))
    records.adopt(items)
    view = ReadOnlyRecords(records)
    assert [view.field(i, "name") for i in ("c-1", "c-2", "c-3", "c-4")] == [
        "Chile", 'The "Free" State', "Peru", "New"  # escaped, patched: parsed (not kept)
    ]
    assert made == [] and records.unmade == 4
    with pytest.raises(KeyError):
        view.field("c-9", "name")
    assert view["c-1"]["name"] == "Chile" and made == ["x"]  # read as a record: made
    assert ReadOnlyRecords({"c-1": types.SimpleNamespace(name="Chile")}).field("c-1", "name") == "Chile"


def test_inverse_gives_what_a_pass_of_peek_gives() -> None:
    """Records whose value ``known`` holds, made ones, ones ``known`` lacks or has wrong, ids it
    holds that went, and a value two records share (the last of them kept, as peek gives it)."""

    def convert(doc: dict) -> Actor:
        return Actor(doc["id"], "country", doc["name"])

    records = LazyRecords(convert)
    for id, name in (("a", "x.txt"), ("b", "y.txt"), ("c", "z.txt"), ("d", "w.txt")):
        records.put_document(id, {"id": id, "name": name})
    known = {"a": "x.txt", "b": "old.txt", "gone": "v.txt"}
    # "a" comes from known; "b" is not a document still in the file, so known is not trusted
    expected = {"x.txt": "a", "y.txt": "b", "z.txt": "c", "w.txt": "d"}
    assert records.inverse("name", known) == expected
    assert records.inverse("name", known) == {v: i for i, v in records.peek("name", known)}
    records.put_document("e", {"id": "e", "name": "x.txt"})  # a value two records share
    assert records.inverse("name", known) == {v: i for i, v in records.peek("name", known)}
    assert records.inverse("name", known)["x.txt"] == "e"
    assert records.inverse("name", {}) == {v: i for i, v in records.peek("name")}
