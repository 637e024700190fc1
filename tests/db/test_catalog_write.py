"""A commit's documents applied and journaled (``store/db/catalog_write.py``): new documents
encoded once and kept as bytes, the line the same bytes as encoding it whole, and no line made
for a commit its new documents alone send to compaction."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.db import catalog as catalog_module
from store.db.catalog import PATCHED, TO_DICT, Batch
from store.db.catalog_lines import as_dict
from store.db.catalog_write import apply, journal_line
from store.db.journal import Entry, diff_doc
from store.db.schema import ACTORS, CORRECTIONS, actor_to_dict
from store.db.store import Store
from store.doctor import check
from store.paths import journal_path
from store.records import Actor, Correction, CorrectionEntry


def _numbered(table: str, docs: dict[str, object]) -> int:
    return len(docs) + 1


def _actor(id: str, articles: dict[str, int]) -> Actor:
    return Actor(id, "country", id.title(), ["Alias"], "XX", [], articles, [])


def test_new_documents_are_kept_as_their_bytes_and_journaled_as_a_whole_encoding_would() -> None:
    data: dict[str, dict[str, object]] = {}
    keys: dict[str, dict[str, str]] = {}
    actor = _actor("c-one", {"art-1": 2})
    entry_log = CorrectionEntry(1, "2025-01-01T00:00:00Z", Correction("rename", ("c-one",), {"name": "One"}))
    batches = {ACTORS: Batch(new=[actor]), CORRECTIONS: Batch(new=[entry_log])}
    touched: set[str] = set()
    meta = {"generation": 4}
    entry = Entry(4, meta)
    applied = apply(data, keys, batches, entry, touched, TO_DICT, _numbered, PATCHED)
    line = journal_line(applied, entry, PATCHED)

    whole = {ACTORS: [actor_to_dict(actor)], CORRECTIONS: [TO_DICT[CORRECTIONS](entry_log)]}
    assert line == Entry(4, meta, put=whole).encode()
    assert applied.new_bytes == sum(len(orjson.dumps(d)) for docs in whole.values() for d in docs)
    assert data[ACTORS]["1"] == orjson.dumps(actor_to_dict(actor))  # bytes: a table read as_dict
    assert as_dict(data[ACTORS]["1"]) == actor_to_dict(actor)  # type: ignore[arg-type]
    assert isinstance(data[CORRECTIONS]["1"], dict)  # other tables are read as dicts
    assert keys[ACTORS] == {"c-one": "1"} and {"c-one", entry_log.id} <= touched


def test_a_changed_record_kept_as_bytes_is_journaled_as_its_patch() -> None:
    before = _actor("c-two", {"art-1": 1})
    data: dict[str, dict[str, object]] = {ACTORS: {"7": orjson.dumps(actor_to_dict(before))}}
    keys = {ACTORS: {"c-two": "7"}}
    after = _actor("c-two", {"art-1": 1, "art-2": 3})
    entry = Entry(2, {"generation": 2})
    applied = apply(data, keys, {ACTORS: Batch(changed=[after])}, entry, set(), TO_DICT, _numbered, PATCHED)
    assert applied.new_bytes == 0
    journal_line(applied, entry, PATCHED)
    patch = diff_doc(actor_to_dict(before), actor_to_dict(after))
    assert entry.patch == {ACTORS: [patch]} and not entry.put
    assert data[ACTORS]["7"] == actor_to_dict(after)


def test_a_commit_its_new_documents_send_to_compaction_makes_no_line(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: object) -> bytes:
        raise AssertionError("a line was made for a commit that compacts")

    monkeypatch.setattr(catalog_module, "journal_line", refused)
    with Store.open(db_path, write=True) as store:
        store.add(*make_pair("a.txt"))
        store.commit()  # a new store's first commit: its new documents outgrow the empty base
        expected = (store.articles(), store.actors(), store.agreements())
    assert not journal_path(db_path).exists() or not journal_path(db_path).stat().st_size
    with Store.open(db_path) as reader:  # the base written with the kept bytes reads back whole
        assert (reader.articles(), reader.actors(), reader.agreements()) == expected
    assert check(db_path) == []


def test_a_line_written_after_documents_kept_as_bytes_reads_back(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path, write=True) as store:
        store.add(*make_pair("a.txt"))
        store.commit()  # compacted: its documents kept as bytes
        monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)
        store.add(*make_pair("b.txt", extra=" Again."))
        store.commit()  # journaled: changed records patched against their kept bytes
        expected = (store.articles(), store.actors(), store.agreements())
    lines = journal_path(db_path).read_bytes().splitlines()
    assert lines and orjson.loads(lines[-1])["patch"]
    with Store.open(db_path) as reader:
        assert (reader.articles(), reader.actors(), reader.agreements()) == expected
    assert check(db_path) == []
