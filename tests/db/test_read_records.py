"""A lazy reader (the explorer, export) reads each record from its catalog line when asked
for: it reads the same store an eager reader does, keeps its snapshot while a writer commits
and compacts, and a damaged line costs that record alone, said in one line."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.db import catalog as catalog_module
from store.db import read_records
from store.db.read_records import ReadRecords
from store.db.store import Store
from store.records import Actor
from tui.cli import main


@pytest.fixture
def no_compaction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)


def _grown(db: Path, make_pair) -> None:
    """A base in lines (compacted), then journal lines: new articles, records patched, one
    article replaced by a changed file (its records written whole again), a correction."""
    with Store.open(db, write=True) as writer:
        for name in ("a.txt", "b.txt", "c.txt"):
            writer.add(*make_pair(name, extra=f" First {name}.", published=f"2024-0{len(name)}-01"))
        writer.commit()
        writer.compact()
    with Store.open(db, write=True) as writer:
        writer.add(*make_pair("d.txt", extra=" Later.", published=None, title="Undated"))
        writer.commit()
        writer.add(*make_pair("b.txt", extra=" Changed.", title="Ties again"))
        writer.commit()
        writer.add(*make_pair("e.txt", extra=" Last.", published="2025-06-01"))
        writer.commit()


def _views(store: Store) -> dict[str, object]:
    return {
        "articles": sorted(store.each_article(), key=lambda m: m.id),
        "actors": sorted(store.each_actor(), key=lambda a: a.id),
        "agreements": sorted(store.each_agreement(), key=lambda g: g.id),
        "order": [m.id for m in store.articles()],
        "countries": sorted(a.id for a in store.countries()),
        "of_actor": {a.id: store.agreements_of_actor(a.id) for a in store.actors()},
        "with": {a.id: store.cooccurring(a.id) for a in store.actors()},
    }


def test_a_lazy_reader_reads_what_an_eager_one_reads(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _grown(db_path, make_pair)
    with Store.open(db_path) as eager, Store.open(db_path, lazy=True) as lazy:
        assert lazy.lazy and not eager.lazy
        assert isinstance(lazy._actors, ReadRecords)
        assert _views(lazy) == _views(eager)
        rank = lazy.article_rank()
        assert sorted(rank, key=rank.__getitem__) == [m.id for m in eager.articles()]
        assert [lazy.article(i) for i in eager.article_ids()] == [
            eager.article(i) for i in eager.article_ids()
        ]


def test_a_lazy_reader_keeps_only_the_newest_records_it_made(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_records, "KEPT", 2)
    _grown(db_path, make_pair)
    with Store.open(db_path, lazy=True) as store:
        records = store._actors
        ids = list(records)
        assert len(ids) > 2
        first = records[ids[0]]
        assert records[ids[0]] is first  # kept while it is among the newest
        for id in ids[1:]:
            records[id]
        assert len(records._kept) == 2 and records[ids[0]] == first
        assert list(store.each_actor()) and len(records._kept) == 2  # a pass keeps none


def test_a_lazy_reader_keeps_its_snapshot_while_a_writer_commits_and_compacts(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _grown(db_path, make_pair)
    with Store.open(db_path, lazy=True) as reader:
        before = _views(reader)
        with Store.open(db_path, write=True) as writer:
            writer.add(*make_pair("f.txt", extra=" While reading."))
            writer.commit()
            writer.compact()  # the base the reader reads from is renamed over
            writer.add(*make_pair("g.txt", extra=" And again."))
            writer.commit()
        reader._actors._kept.clear()  # read again from the lines it opened
        assert _views(reader) == before
        assert reader.reload_if_changed()
        assert len(reader.article_ids()) == len(before["articles"]) + 2  # type: ignore[arg-type]
        with Store.open(db_path) as eager:
            assert _views(reader) == _views(eager)


def _damage_line(db: Path, needle: bytes) -> int:
    """Break the JSON of the base catalog line holding ``needle`` after its id; its number."""
    lines = db.read_bytes().split(b"\n")
    number = next(n for n, line in enumerate(lines) if needle in line)
    lines[number] = lines[number].replace(b'"name":"', b'"name":!"', 1)
    db.write_bytes(b"\n".join(lines))
    return number + 1


def test_a_damaged_line_costs_its_record_alone_said_once_naming_file_line_and_record(
    db_path: Path, make_pair
) -> None:
    _grown(db_path, make_pair)
    with Store.open(db_path, write=True) as writer:
        writer.compact()  # every record in the base's lines
        victim = next(a for a in writer.actors() if a.kind == "person")
        others = [a.id for a in writer.actors() if a.id != victim.id]
    number = _damage_line(db_path, f'"id":"{victim.id}"'.encode())
    said: list[str] = []
    with Store.open(db_path, lazy=True) as store:
        store.on_damage = said.append
        assert store.actor(victim.id) is None and store.actor(victim.id) is None
        assert [a.id for a in store.each_actor()] == others
        assert store.cooccurring(others[0]) is not None
    assert len(said) == 1
    assert str(db_path.name) in said[0] and f"line {number}" in said[0]
    assert "actors record" in said[0] and victim.id in said[0] and "\n" not in said[0]


def test_records_passes_and_matching_read_documents_without_keeping_them() -> None:
    made: list[str] = []

    def convert(doc: dict) -> Actor:
        made.append(doc["id"])
        return Actor(doc["id"], doc["kind"], doc["name"])

    docs = {
        "c": b'{"id":"c","kind":"country","name":"C"}',
        "p": {"id": "p", "kind": "person", "name": "P"},
        "x": b'{"id":"x","kind":',
    }
    said: list[str] = []
    records = ReadRecords(docs, convert, "store.json: the actors record")
    records.report = said.append
    assert [a.id for a in records.matching("kind", "country")] == ["c"] and made == ["c"]
    assert [id for id, _ in records.documents()] == ["c", "p"]
    assert [a.id for a in records.values()] == ["c", "p"] and not records._kept
    assert "x" in records and records.get("x") is None and len(records) == 3
    assert said == ["store.json: the actors record x is damaged (skipped); run 'pactscope doctor'"]


def test_export_streams_the_records_and_a_damaged_one_costs_one_line_and_exit_1(
    db_path: Path, make_pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _grown(db_path, make_pair)
    out = tmp_path / "all.json"
    assert main(["export", "--db", str(db_path), "--format", "json", "-o", str(out)]) == 0
    whole = orjson.loads(out.read_bytes())
    with Store.open(db_path, write=True) as writer:
        writer.compact()
        victim = next(a for a in writer.actors() if a.kind == "person")
    number = _damage_line(db_path, f'"id":"{victim.id}"'.encode())
    capsys.readouterr()
    assert main(["export", "--db", str(db_path), "--format", "json", "-o", str(out), "--force"]) == 1
    said = [line for line in capsys.readouterr().err.splitlines() if victim.id in line]
    assert len(said) == 1 and f"line {number}" in said[0] and db_path.name in said[0]
    left = orjson.loads(out.read_bytes())
    assert [a["id"] for a in left["actors"]] == [
        a["id"] for a in whole["actors"] if a["id"] != victim.id
    ]
    assert left["articles"] == whole["articles"] and left["agreements"] == whole["agreements"]
