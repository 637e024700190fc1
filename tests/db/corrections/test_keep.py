"""The log is stored data like the articles: a repaired copy keeps it, doctor checks it."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.db import correcting
from store.db.store import Store
from store.doctor import check, correction_notes
from store.records import Correction
from store.repair import repair
from tests.db.corrections.conftest import LATER, ingest
from tui.cli import main

OKAFOR, ERIKSEN = "p-amara-okafor", "p-lars-eriksen"


def test_a_repaired_copy_keeps_the_corrections_and_applies_them(store_at: Path, tmp_path: Path) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN), note="one person"))
        store.correct(Correction("rename", ("p-chen-wei",), {"name": "Wei Chen"}))
        store.undo()
    out = tmp_path / "repaired.json"
    assert repair(store_at, out) == 3
    with Store.open(out) as copy:
        assert [(e.correction.op, e.state) for e in copy.corrections()] == [
            ("merge", "active"),
            ("rename", "undone"),
        ]
        assert copy.actor(ERIKSEN) is None and "Lars Eriksen" in copy.actor(OKAFOR).aliases  # type: ignore[union-attr]
        assert copy.actor("p-chen-wei").name == "Chen Wei"  # type: ignore[union-attr]
    with Store.open(out, write=True) as copy:
        assert copy.redo() is not None  # the undone step can still be redone
        assert copy.actor("p-chen-wei").name == "Wei Chen"  # type: ignore[union-attr]


def test_doctor_names_a_damaged_log_record_and_notes_a_problem(store_at: Path) -> None:
    assert main(["fix", "--db", str(store_at), "merge", OKAFOR, ERIKSEN]) == 0  # the index follows
    assert check(store_at) == [] and correction_notes(store_at) == []
    assert main(["compact", "--db", str(store_at)]) == 0  # every commit in the file edited below
    data = orjson.loads(store_at.read_bytes())
    (key,) = data["corrections"]
    data["corrections"][key]["problem"] = "no longer found: p-x (X)"
    data["corrections"]["9"] = {"seq": "nine"}
    store_at.write_bytes(orjson.dumps(data))
    assert check(store_at) == [f"{store_at}: corrections record 9 is damaged"]
    assert correction_notes(store_at) == []  # the log cannot be read whole: check says why
    del data["corrections"]["9"]
    store_at.write_bytes(orjson.dumps(data))
    assert correction_notes(store_at) == [
        "correction #1 merge p-amara-okafor (Amara Okafor) p-lars-eriksen (Lars Eriksen): no longer found: p-x (X)"
    ]


def test_a_correction_that_breaks_on_replay_never_stops_an_ingest(
    store_at: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))

    def broken(*_: object) -> None:
        raise KeyError("p-gone")

    monkeypatch.setattr(correcting, "apply", broken)
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    assert ingest(store_at, later) == 0
    with Store.open(store_at) as store:
        assert len(store.article_ids()) == 4
        (entry,) = store.corrections()
        assert entry.problem == "could not be applied (KeyError: 'p-gone')"
