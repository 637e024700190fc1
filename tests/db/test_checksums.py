"""Each body line carries a CRC-32: a changed byte that still parses is found by every read
and by ``doctor``; a store written before checksums (schema 1) still opens and is upgraded."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.db import bodies as bodies_module
from store.db.schema import SCHEMA_VERSION
from store.db.store import Store, bodies_path
from store.doctor import check
from store.errors import StoreCorrupt
from store.ingest import ingest
from tests.db.crash_support import write_corpus
from tui.cli import main


def _ingest(db: Path, folder: Path) -> None:
    with Store.open(db, write=True) as store:
        assert ingest(store, [folder], jobs=1).ok


def _meta(db: Path) -> dict[str, object]:
    return next(iter(orjson.loads(db.read_bytes())["meta"].values()))


def _flip_one_letter(db: Path) -> str:
    """Change one letter inside an article's text (the line stays valid JSON); its id."""
    with Store.open(db) as store:
        victim = store.article_ids()[1]
        offset, length = store.article(victim).body
    segment = bodies_path(db)
    raw = bytearray(segment.read_bytes())
    line = bytes(raw[offset : offset + length])
    at = line.index(b'"text":"') + 12
    while not chr(line[at]).isalpha():
        at += 1
    raw[offset + at] = ord("q") if line[at] != ord("q") else ord("z")
    segment.write_bytes(bytes(raw))
    orjson.loads(bytes(raw[offset : offset + length]))  # still one valid record
    return victim


def test_one_changed_letter_is_found_by_doctor_and_every_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path / "in", count=4)
    db = tmp_path / "s.json"
    _ingest(db, tmp_path / "in")
    assert check(db) == []
    victim = _flip_one_letter(db)
    problems = check(db)
    assert len(problems) == 1 and victim in problems[0]
    assert "checksum does not match" in problems[0]
    with Store.open(db) as store, pytest.raises(StoreCorrupt, match="checksum does not match"):
        store.body(victim)
    assert main(["export", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "checksum does not match" in captured.err and len(captured.err.splitlines()) == 1


def test_a_line_without_checksum_in_a_checksummed_store_is_damage(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", count=3)
    db = tmp_path / "s.json"
    _ingest(db, tmp_path / "in")
    with Store.open(db) as store:
        offset, length = store.article(store.article_ids()[0]).body
    segment = bodies_path(db)
    raw = segment.read_bytes()
    line = raw[offset : offset + length]
    stripped = b"{" + line[18:]  # the checksum removed, padded back to the same length
    stripped = stripped[:-2] + b" " * 17 + b"}\n"
    assert len(stripped) == length
    segment.write_bytes(raw[:offset] + stripped + raw[offset + length :])
    problems = check(db)
    assert len(problems) == 1 and "has no checksum" in problems[0]


def test_a_store_written_before_checksums_opens_and_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "old", count=3)
    write_corpus(tmp_path / "new", count=2, seed=5, prefix="new")
    db = tmp_path / "s.json"
    with monkeypatch.context() as patch:  # lines as schema 1 wrote them: no checksum
        patch.setattr(bodies_module, "seal_prefix_of", lambda crc: b"{")
        _ingest(db, tmp_path / "old")
    data = orjson.loads(db.read_bytes())
    meta = next(iter(data["meta"].values()))
    meta["schema"] = 1
    del meta["checksums_from"]
    db.write_bytes(orjson.dumps(data))
    old_length = meta["bodies_length"]
    assert not bodies_path(db).read_bytes().startswith(b'{"crc"')

    assert check(db) == []
    with Store.open(db) as store:
        assert all(store.body(i).text for i in store.article_ids())
    _ingest(db, tmp_path / "new")
    meta = _meta(db)
    assert meta["schema"] == SCHEMA_VERSION and meta["checksums_from"] == old_length
    assert bodies_path(db).read_bytes()[old_length:].startswith(b'{"crc":"')
    assert check(db) == []
    with Store.open(db) as store:
        assert len(store.article_ids()) == 5
        assert all(store.body(i).text for i in store.article_ids())
