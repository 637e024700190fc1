"""The on-disk layout: atomic catalog writes, unreadable stores left alone, body truncation."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from store.db import json_storage as storage
from store.db.schema import (
    SCHEMA_VERSION,
    actor_from_dict,
    actor_to_dict,
    agreement_from_dict,
    agreement_to_dict,
    article_from_record,
    body_from_dict,
    body_of_article,
    body_to_dict,
    extraction_from_dict,
    extraction_to_dict,
    header_of,
    meta_from_dict,
    meta_to_dict,
)
from store.db.store import Store, bodies_path
from store.errors import StoreCorrupt, StoreError, StoreReadOnly, StoreVersion


def _stored(db_path: Path, make_pair) -> tuple[str, str]:
    art, ext = make_pair()
    with Store.open(db_path, write=True) as store:
        store.add(art, ext)
        store.commit()
    return art.id, ext.article_id


def test_schema_round_trips(db_path: Path, make_pair) -> None:
    art, ext = make_pair()
    assert extraction_from_dict(orjson.loads(orjson.dumps(extraction_to_dict(ext)))) == ext
    with Store.open(db_path, write=True) as store:
        store.add(art, ext)
        store.commit()
        for actor in store.actors():
            assert actor_from_dict(orjson.loads(orjson.dumps(actor_to_dict(actor)))) == actor
        for g in store.agreements():
            assert agreement_from_dict(orjson.loads(orjson.dumps(agreement_to_dict(g)))) == g
        meta = store.article(art.id)
        assert meta_from_dict(orjson.loads(orjson.dumps(meta_to_dict(meta)))) == meta
        body = store.body(art.id)
        assert body_from_dict(orjson.loads(orjson.dumps(body_to_dict(body)))) == body
    body = body_of_article(art, [])
    again = article_from_record({"article": header_of(art), "body": body_to_dict(body)})
    assert again == art


def test_catalog_is_a_tinydb_file_with_meta(db_path: Path, make_pair) -> None:
    _stored(db_path, make_pair)
    data = orjson.loads(db_path.read_bytes())
    assert set(data) == {"meta", "articles", "actors", "agreements", "corrections"}
    meta = data["meta"]["1"]
    assert meta["schema"] == SCHEMA_VERSION and meta["generation"] == 1
    assert meta["bodies_length"] == bodies_path(db_path).stat().st_size
    assert meta["created_by"]
    assert all(key.isdigit() for key in data["articles"])  # TinyDB document ids


@pytest.mark.parametrize(("share", "suffix"), [(1e9, ".journal"), (0.0, ".tmp")])
def test_failed_write_leaves_the_old_catalog(
    db_path: Path, make_pair, monkeypatch, share: float, suffix: str
) -> None:
    """A commit goes to the journal, or (large beside the store) is written as a new base."""
    from store.db import catalog as catalog_module

    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", share)
    _stored(db_path, make_pair)
    before = db_path.read_bytes()
    a2, e2 = make_pair("b.txt", extra=" Later.")
    store = Store.open(db_path, write=True)
    store.add(a2, e2)
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        # Fail on the commit point, after the commit's bytes were written: a full disk.
        if os.readlink(f"/proc/self/fd/{fd}").endswith(suffix):
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(storage.os, "fsync", failing_fsync)
    with pytest.raises(StoreError) as info:
        store.commit()
    # One line naming the store and the reason, not a bare OSError.
    assert str(info.value) == f"{db_path}: cannot write the store: No space left on device"
    monkeypatch.setattr(storage.os, "fsync", real_fsync)
    with pytest.raises(StoreError, match="earlier commit failed"):
        store.commit()  # half-applied in memory: never written
    store.close()
    assert db_path.read_bytes() == before
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".tmp")] == []
    with Store.open(db_path) as again:
        assert not again.has_article(a2.id) and again.generation == 1


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", StoreCorrupt),
        (b'{"meta": {"1": {"app": "pactscope", "schema": 1, "gen', StoreCorrupt),
        (b"\x00\x01binary\xff", StoreCorrupt),
        (b'{"_default": {"1": {"name": "someone else"}}}', StoreCorrupt),
        (b"[1, 2, 3]", StoreCorrupt),
        (
            b'{"meta": {"1": {"app": "pactscope", "schema": 99, "generation": 1, "bodies_length": 0}}}',
            StoreVersion,
        ),
        (
            b'{"meta": {"1": {"app": "pactscope", "schema": "x", "generation": 1, "bodies_length": 0}}}',
            StoreVersion,
        ),
        (
            b'{"meta": {"1": {"app": "pactscope", "schema": 1, "generation": 1, "bodies_length": 0}}, "articles": []}',
            StoreCorrupt,
        ),
        (
            b'{"meta": {"1": {"app": "pactscope", "schema": 1, "generation": 1, "bodies_length": 0}}, "articles": {"1": {"id": "x"}}}',
            StoreCorrupt,
        ),
    ],
)
@pytest.mark.parametrize("write", [False, True])
def test_unreadable_store_raises_and_is_left_alone(
    db_path: Path, content: bytes, error: type, write: bool
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    with pytest.raises(error) as info:
        Store.open(db_path, write=write, wait=0)
    message = str(info.value)
    assert "\n" not in message and str(db_path) in message
    assert db_path.read_bytes() == content
    assert not db_path.with_name(db_path.name + ".lock").exists()


def test_truncated_real_store_is_corrupt(db_path: Path, make_pair) -> None:
    _stored(db_path, make_pair)
    whole = db_path.read_bytes()
    db_path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StoreCorrupt, match="not valid JSON"):
        Store.open(db_path)
    assert db_path.read_bytes() == whole[: len(whole) // 2]


def test_uncommitted_body_bytes_are_truncated(db_path: Path, make_pair) -> None:
    article_id, _ = _stored(db_path, make_pair)
    segment = bodies_path(db_path)
    committed = segment.stat().st_size
    a2, e2 = make_pair("b.txt", extra=" Never committed.")
    store = Store.open(db_path, write=True)
    store.add(a2, e2)
    store._bodies.sync()  # written and durable, but the catalog never says so
    store.close()
    assert segment.stat().st_size > committed
    with Store.open(db_path) as reader:  # readers ignore the tail
        assert reader.body(article_id).id == article_id
        assert segment.stat().st_size > committed
    with Store.open(db_path, write=True) as writer:
        assert segment.stat().st_size == committed
        assert not writer.has_article(a2.id)
        writer.add(a2, e2)
        writer.commit()
    with Store.open(db_path) as reader:
        assert reader.body(a2.id).text == a2.text
        assert reader.body(article_id).id == article_id


def test_short_body_segment_is_corrupt(db_path: Path, make_pair) -> None:
    _stored(db_path, make_pair)
    segment = bodies_path(db_path)
    segment.write_bytes(segment.read_bytes()[:10])
    before = db_path.read_bytes()
    with pytest.raises(StoreCorrupt, match="shorter"):
        Store.open(db_path, write=True)
    assert db_path.read_bytes() == before


def test_read_only_store_file(db_path: Path, make_pair, monkeypatch) -> None:
    _stored(db_path, make_pair)
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)  # readable, not writable
    with pytest.raises(StoreReadOnly, match="read-only"):
        Store.open(db_path, write=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreReadOnly):
            Store.open(folder / "pactscope.json", write=True)
    finally:
        folder.chmod(0o700)


def test_commit_in_read_only_folder_raises_store_read_only(
    db_path: Path, make_pair, monkeypatch
) -> None:
    _stored(db_path, make_pair)
    before = db_path.read_bytes()
    a2, e2 = make_pair("b.txt", extra=" Later.")
    store = Store.open(db_path, write=True)
    store.add(a2, e2)
    real_open = os.open

    def deny_tmp(path, flags, mode=0o777, **kw):  # type: ignore[no-untyped-def]
        if str(path).endswith((".tmp", ".journal")):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(storage.os, "open", deny_tmp)
    with pytest.raises(StoreReadOnly, match="read-only"):
        store.commit()
    monkeypatch.undo()
    store.close()
    assert db_path.read_bytes() == before


def test_store_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreReadOnly, match="cannot create the store folder"):
        Store.open(blocker / "sub" / "pactscope.json", write=True)


def test_a_new_store_has_a_catalog_before_any_body(db_path: Path) -> None:
    with Store.open(db_path, write=True) as store:
        assert db_path.exists() and store.generation == 0
        assert orjson.loads(db_path.read_bytes())["meta"]["1"]["generation"] == 0


def test_lost_catalog_keeps_the_bodies(db_path: Path, make_pair) -> None:
    _stored(db_path, make_pair)
    segment = bodies_path(db_path).read_bytes()
    db_path.unlink()
    with pytest.raises(StoreCorrupt, match="catalog is missing") as info:
        Store.open(db_path, write=True)
    assert "\n" not in str(info.value) and "doctor --repair" in str(info.value)
    assert bodies_path(db_path).read_bytes() == segment and not db_path.exists()


def test_is_empty_reads_only_the_catalog_head(db_path: Path, make_pair, monkeypatch) -> None:
    from store.db.catalog import Catalog

    assert Store.is_empty(db_path)  # no catalog yet
    Store.open(db_path, write=True).close()  # a new store writes its empty catalog
    loads: list[Path] = []
    real_load = Catalog.load
    monkeypatch.setattr(Catalog, "load", lambda self: loads.append(self.path) or real_load(self))
    assert Store.is_empty(db_path)
    monkeypatch.undo()
    _stored(db_path, make_pair)
    monkeypatch.setattr(Catalog, "load", lambda self: loads.append(self.path) or real_load(self))
    assert not Store.is_empty(db_path)
    assert loads == []  # answered without loading the catalog


def test_is_empty_falls_back_to_a_full_open(db_path: Path, make_pair) -> None:
    _stored(db_path, make_pair)
    data = orjson.loads(db_path.read_bytes())
    # The same catalog in another shape (tables reordered, indented) is still read right.
    reordered = {k: data[k] for k in ("articles", "actors", "agreements", "meta")}
    db_path.write_bytes(orjson.dumps(reordered, option=orjson.OPT_INDENT_2))
    assert storage.peek_empty(db_path) is None
    assert not Store.is_empty(db_path)
    reordered["articles"] = {}
    db_path.write_bytes(orjson.dumps(reordered))
    assert Store.is_empty(db_path)
    # Damage is reported as opening would report it, never taken for "empty".
    db_path.write_bytes(orjson.dumps(data)[:40])
    with pytest.raises(StoreCorrupt):
        Store.is_empty(db_path)
    data["meta"]["1"]["schema"] = SCHEMA_VERSION + 1
    data["articles"] = {}
    db_path.write_bytes(orjson.dumps(data))
    with pytest.raises(StoreVersion):
        Store.is_empty(db_path)


def test_an_extraction_with_more_spans_than_rows_at_once_encodes_the_same(make_pair) -> None:
    """Hits past the rows an article may hold as lists are encoded in pieces: same bytes."""
    from store.db.encoding import ROWS_AT_ONCE, encode_article
    from store.records import Span

    art, ext = make_pair()
    for k, hit in enumerate(ext.actors):
        hit.spans = [Span(0, x, x + 1, f"rule-{k}") for x in range(ROWS_AT_ONCE // 2 + 1)]
    assert sum(len(h.spans) for h in ext.actors) > ROWS_AT_ONCE
    assert encode_article(art, ext).extraction == orjson.dumps(extraction_to_dict(ext))


def test_segment_line_is_the_record_dumped(make_pair) -> None:
    from store.db.encoding import encode_article, segment_line
    from store.records import Mention

    art, ext = make_pair()
    mentions = [Mention("c-japan", "country", 0, 0, 5), Mention("p-x", "person", 1, 3, 9)]
    expected = {
        "article": header_of(art),
        "body": body_to_dict(body_of_article(art, mentions)),
        "extraction": extraction_to_dict(ext),
    }
    line = segment_line(encode_article(art, ext), mentions)
    assert line == orjson.dumps(expected)
    assert article_from_record(orjson.loads(line)) == art
