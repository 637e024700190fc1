"""The catalog in lines: one document per line, still one JSON (and TinyDB) file; a writer
keeps unread documents as their bytes and writes them back untouched; a catalog of the older
one-line layout is rewritten once, with one line to the user; a damaged line is named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from tinydb import TinyDB

from store.db import catalog as catalog_module
from store.db import catalog_lines
from store.db.catalog_lines import Patched, is_lines
from store.db.doc_table import Doc
from store.db.store import Store
from store.doctor import check
from store.errors import StoreCorrupt
from store.records import Actor


def _fill(db: Path, make_pair, *names: str) -> None:
    with Store.open(db, write=True) as store:
        for name in names:
            store.add(*make_pair(name, extra=f" Note {name}."))
        store.commit()


def _snapshot(db: Path) -> tuple[list[object], list[object], list[object]]:
    with Store.open(db) as store:
        return store.articles(), store.actors(), store.agreements()


def _line_of(db: Path, table: str, name: str) -> int:
    """The 0-based line of the document of ``table`` whose name is ``name``."""
    lines = db.read_bytes().split(b"\n")
    opener = lines.index(b',"' + table.encode() + b'":{')
    return next(
        i for i in range(opener + 1, len(lines)) if f'"name":"{name}"'.encode() in lines[i]
    )


def test_the_catalog_is_one_document_per_line_and_still_a_tinydb_file(
    db_path: Path, make_pair
) -> None:
    _fill(db_path, make_pair, "a.txt", "b.txt")
    raw = db_path.read_bytes()
    assert is_lines(raw)
    data = orjson.loads(raw)
    lines = raw.split(b"\n")
    for table in ("articles", "actors", "agreements"):
        docs = [line for line in lines if line.startswith(b'"') and b'"id":' in line[:40]]
        assert docs and all(orjson.loads(b"{" + d.rstrip(b",") + b"}") for d in docs)
        assert data[table]
    tiny = TinyDB(db_path, access_mode="r")
    try:
        assert len(tiny.table("articles").all()) == 2
        assert {d["name"] for d in tiny.table("actors").all()} >= {"Japan", "Australia"}
    finally:
        tiny.close()


def test_a_fold_writes_untouched_documents_back_byte_for_byte(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 0.0)  # every commit folds
    _fill(db_path, make_pair, "a.txt")
    with Store.open(db_path, write=True) as store:
        store.put_actor(Actor("o-quiet", "organization", "Quiet Council", ["QC"]))
        store.commit()
    quiet = db_path.read_bytes().split(b"\n")[_line_of(db_path, "actors", "Quiet Council")]
    before = _snapshot(db_path)
    with Store.open(db_path, write=True) as store:
        store.add(*make_pair("b.txt", extra=" Other."))
        store.commit()
        assert type(store._actors._items["o-quiet"]) is Doc  # never read
    assert quiet in db_path.read_bytes().split(b"\n")
    after = _snapshot(db_path)
    assert len(after[0]) == 2 and after[1:] != before[1:]
    assert next(a for a in after[1] if a.id == "o-quiet").aliases == ["QC"]


def test_an_old_one_line_catalog_is_rewritten_in_lines_once(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt", "b.txt")
    expected = _snapshot(db_path)
    db_path.write_bytes(orjson.dumps(orjson.loads(db_path.read_bytes())))  # the older layout
    assert not is_lines(db_path.read_bytes())
    assert _snapshot(db_path) == expected  # read as it is
    with Store.open(db_path, write=True) as store:
        assert len(store.notices) == 1 and "one record per line (once)" in store.notices[0]
    assert is_lines(db_path.read_bytes()) and _snapshot(db_path) == expected
    with Store.open(db_path, write=True) as store:
        assert store.notices == []
    _fill(db_path, make_pair, "c.txt")
    assert len(_snapshot(db_path)[0]) == 3


def test_a_damaged_line_names_the_file_and_the_record(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt")
    lines = db_path.read_bytes().split(b"\n")
    n = _line_of(db_path, "actors", "Japan")
    lines[n] = lines[n].replace(b'"kind":', b'"kind"', 1)  # no longer JSON
    key = lines[n][1 : lines[n].index(b'":')].decode()
    db_path.write_bytes(b"\n".join(lines))
    where = f"the actors record {key} (line {n + 1})"
    with pytest.raises(StoreCorrupt, match="not valid JSON") as reader:
        Store.open(db_path)
    assert str(db_path) in str(reader.value) and where in str(reader.value)
    with pytest.raises(StoreCorrupt, match=r"a catalog record is damaged \(id c-japan\)") as writer:
        with Store.open(db_path, write=True) as store:
            store.actors()  # a writer finds it when it reads it (the store changed: at open)
    assert str(db_path) in str(writer.value)
    problems = check(db_path)
    assert any(where in p and str(db_path) in p for p in problems), problems


def test_a_line_out_of_place_or_a_cut_catalog_is_refused(db_path: Path, make_pair) -> None:
    _fill(db_path, make_pair, "a.txt")
    raw = db_path.read_bytes()
    db_path.write_bytes(raw[: len(raw) // 2])  # cut inside a table
    with pytest.raises(StoreCorrupt, match="not valid JSON"):
        Store.open(db_path, write=True)
    lines = raw.split(b"\n")
    assert lines[2].startswith(b'"1":{"id":')  # the only article
    lines.insert(2, lines[2])  # the same document twice, the first without its comma
    db_path.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreCorrupt, match="line 4, a line of the articles table"):
        Store.open(db_path, write=True)


def test_a_writer_knows_every_article_file_without_reading_the_articles(
    db_path: Path, make_pair
) -> None:
    names = ["plain.txt", 'quote"d.txt', "back\\slash.txt", "ünï\ncode.txt"]
    with Store.open(db_path, write=True) as store:
        for name in names:
            store.add(*make_pair(name, extra=f" About {len(name)}."))
        store.commit()
        files = {store.article(i).file: i for i in store.article_ids()}
    with Store.open(db_path, write=True) as store:
        assert store._by_file == files
        assert store._articles.unmade == len(names)  # none made into a record


def test_journal_patches_apply_to_records_still_in_the_file(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 0.0)
    _fill(db_path, make_pair, "a.txt", "b.txt")  # folded: every record is a line of the base
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)
    _fill(db_path, make_pair, "c.txt")  # journaled: Japan's record patched, not put whole
    journal = orjson.loads(db_path.with_name(db_path.name + ".journal").read_bytes())
    assert "c-japan" in {patch["id"] for patch in journal["patch"]["actors"]}
    expected = _snapshot(db_path)
    with Store.open(db_path, write=True) as store:
        items = store._actors._items
        # left in the file with their patches beside them until read
        assert type(items["c-japan"]) is Patched and type(items["c-australia"]) is Patched
        assert len(store.actor("c-japan").articles) == 3
        store.add(*make_pair("d.txt", extra=" Fourth."))
        store.commit()
    after = _snapshot(db_path)
    assert len(after[0]) == 4 and len(expected[0]) == 3
    assert len(next(a for a in after[1] if a.id == "c-japan").articles) == 4


def _journaled(db: Path, make_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    """a and b folded into the base, then c journaled (Japan's record patched)."""
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 0.0)
    _fill(db, make_pair, "a.txt", "b.txt")
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)
    _fill(db, make_pair, "c.txt")


def _commits(db: Path) -> list[dict[str, Any]]:
    lines = db.with_name(db.name + ".journal").read_bytes().splitlines()
    return [orjson.loads(line[line.index(b"{") :]) for line in lines]


def test_a_commit_diffs_records_read_from_the_file_against_the_parse_they_were_made_from(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journaled(db_path, make_pair, monkeypatch)
    parsed: list[object] = []
    real = catalog_module.parsed
    with Store.open(db_path, write=True) as store:
        assert type(store._actors._items["c-japan"]) is Patched
        store.add(*make_pair("d.txt", extra=" Fourth."))
        counted = lambda doc: parsed.append(doc) or real(doc)  # noqa: E731
        monkeypatch.setattr(catalog_module, "parsed", counted)
        monkeypatch.setattr(catalog_lines, "as_dict", counted)
        store.commit()
    assert not [doc for doc in parsed if type(doc) in (Doc, Patched)]  # none read again
    assert "c-japan" in {patch["id"] for patch in _commits(db_path)[-1]["patch"]["actors"]}


def test_the_journal_line_is_the_same_whether_the_parse_was_kept_or_not(
    tmp_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits = []
    for kept in (catalog_module.KEPT_BYTES, 0):
        db = tmp_path / ("kept" if kept else "parsed") / "db.json"
        db.parent.mkdir()
        _journaled(db, make_pair, monkeypatch)
        monkeypatch.setattr(catalog_module, "KEPT_BYTES", kept)
        with Store.open(db, write=True) as store:
            store.add(*make_pair("d.txt", extra=" Fourth."))
            store.commit()
            store.add(*make_pair("e.txt", extra=" Fifth."))  # records written once already
            store.commit()
        lines = _commits(db)
        for commit in lines:
            del commit["meta"]  # (the time of the commit)
            for doc in commit["put"].get("articles", []):
                del doc["ingested"]
        commits.append((lines, _snapshot(db)))
        monkeypatch.undo()
    (kept_lines, kept_records), (parsed_lines, parsed_records) = commits
    assert len(kept_lines) == 3 and kept_lines == parsed_lines
    assert all(commit["patch"]["actors"] for commit in kept_lines)
    assert kept_records == parsed_records
