"""The crash harness for corrections: SIGKILL ``pactscope fix`` (a merge, then an undo) at
random moments; after every kill the store is whole, and the correction is there entirely or
not at all: its log entry, the records it changed and every mention that follows."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.db.store import Store
from tests.db.crash_support import REPO, assert_consistent, kill_group, spawn, write_corpus
from tui.cli import main

pytestmark = pytest.mark.slow  # SIGKILLs real processes, again and again

KILLS = 16
A, B = "p-amara-okafor", "p-lars-eriksen"


def fix_cmd(db: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "tui", "--db", str(db), "fix", *argv]


def copy_store(src: Path, dst: Path) -> None:
    for suffix in ("", ".bodies", ".journal"):  # the catalog, its segment, its journal
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")
        else:
            Path(f"{dst}{suffix}").unlink(missing_ok=True)


def state(db: Path) -> tuple[list[tuple[str, str]], bool]:
    """The log (op, state) and whether the merge holds, checked through every reference."""
    with Store.open(db) as store:
        log = [(e.correction.op, e.state) for e in store.corrections()]
        merged = store.actor(B) is None
        a = store.actor(A)
        assert a is not None
        for meta in store.articles():
            entities = {m.entity for m in store.body(meta.id).mentions}
            assert (B in entities) == (B in meta.actors) == (not merged and meta.id in store.actor(B).articles)  # type: ignore[union-attr]
            if merged:
                assert B not in entities
        if merged:
            assert "Lars Eriksen" in a.aliases
    return log, merged


def timed(cmd: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(cmd, cwd=REPO, check=True, capture_output=True)
    return time.monotonic() - started


def test_sigkill_during_a_correction_leaves_it_whole_or_absent(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.json"
    write_corpus(tmp_path / "news", 200)
    assert main(["ingest", "--db", str(pristine), "--jobs", "1", str(tmp_path / "news")]) == 0
    assert state(pristine) == ([], False)
    merged = tmp_path / "merged.json"
    copy_store(pristine, merged)
    took = timed(fix_cmd(merged, "merge", A, B))
    assert state(merged) == ([("merge", "active")], True)
    spare = tmp_path / "spare.json"
    runs: dict[bool, list[float]] = {False: [took], True: []}
    for _ in range(3):  # the run time varies: kills are spread over the median run and past it
        copy_store(pristine, spare)
        runs[False].append(timed(fix_cmd(spare, "merge", A, B)))
        runs[True].append(timed(fix_cmd(spare, "undo")))
    median = {undo: sorted(times)[len(times) // 2] for undo, times in runs.items()}
    rng = random.Random(20261205)
    db = tmp_path / "store.json"
    for n in range(KILLS):
        undo = n % 2 == 1
        copy_store(merged if undo else pristine, db)
        proc = spawn(fix_cmd(db, "undo") if undo else fix_cmd(db, "merge", A, B))
        time.sleep(rng.uniform(0.3, 1.6) * median[undo])
        kill_group(proc)
        assert_consistent(db)
        log, holds = state(db)
        if undo:  # the entry undone and the records as extracted, or neither
            assert (log, holds) in (([("merge", "active")], True), ([("merge", "undone")], False))
        else:
            assert (log, holds) in (([], False), ([("merge", "active")], True))
        # the next writer goes on from there
        assert main(["fix", "--db", str(db), "undo" if holds else "log"]) == 0
