"""The crash harness for small commits, which go to the catalog journal: a store of a few
hundred articles takes a few more at a time (as an analyst adds a day's files), and each such
ingest is SIGKILLed at a random moment. After every kill the store is whole, what was
committed before stays, the journal holds no damage (a line cut short is the batch in
flight), and the next ingest goes on from there."""

from __future__ import annotations

import random
import time
from pathlib import Path

import orjson
import pytest

from store.db.journal import read_journal
from store.db.store import Store
from store.paths import journal_path
from tests.db.crash_support import (
    assert_consistent,
    ingest_cmd,
    kill_group,
    spawn,
    write_corpus,
)
from tui.cli import main

pytestmark = pytest.mark.slow  # SIGKILLs real ingests

ROUNDS = 12
PER_ROUND = 3


def test_sigkill_during_small_ingests_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "store" / "pactscope.json"
    write_corpus(tmp_path / "base", count=150)
    assert main(["--db", str(db), "ingest", "--jobs", "1", str(tmp_path / "base")]) == 0
    rng = random.Random(20261205)
    committed = assert_consistent(db)
    appended = 0
    for n in range(ROUNDS):
        folder = tmp_path / f"day{n}"
        write_corpus(folder, count=PER_ROUND, seed=1000 + n, prefix=f"d{n}-")
        before = journal_path(db).stat().st_size if journal_path(db).exists() else 0
        started = time.monotonic()
        proc = spawn(ingest_cmd(db, folder, "--jobs", "1"))
        time.sleep(rng.uniform(0.2, 2.5))  # start-up, parsing, the commit, the index
        kill_group(proc)
        took = time.monotonic() - started
        kept = assert_consistent(db)
        assert committed <= kept, f"round {n}: lost {sorted(committed - kept)[:3]} ({took:.1f}s)"
        assert main(["--db", str(db), "ingest", "--jobs", "1", str(folder)]) == 0
        committed = assert_consistent(db)
        assert len(committed) == 150 + PER_ROUND * (n + 1)
        after = journal_path(db).stat().st_size if journal_path(db).exists() else 0
        appended += after > before
    assert appended >= ROUNDS // 2  # the commits above went to the journal, not a new base
    with Store.open(db) as store:
        generation = store.meta["generation"]
    base = next(iter(orjson.loads(db.read_bytes())["meta"].values()))["generation"]
    replay = read_journal(db, base)
    assert replay.torn is None and replay.entries[-1].generation == generation > base
