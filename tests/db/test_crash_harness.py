"""Crash harness: SIGKILL an ingest or an export at random moments and check nothing is lost.

An ingest of a few hundred small generated articles runs as a real subprocess and is killed
50 times at seeded random delays spread over its measured duration. After every kill the store
must open read-only, keep every article seen committed before the kill (body readable), hold
no duplicate or dangling id, and the next ingest resumes from that state; when a run finishes
every article is there. An export killed at random leaves the target either the old file,
byte for byte, or the complete new export; its temporary file is never taken for the export.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import orjson
import pytest

from store.db.store import Store
from tests.db.crash_support import (
    COUNT,
    REPO,
    SEED,
    assert_consistent,
    committed_ids,
    ingest_cmd,
    kill_group,
    spawn,
    write_corpus,
)

pytestmark = pytest.mark.slow  # SIGKILLs real ingests, exports and repairs

KILLS = 50


def test_sigkill_during_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder)
    options = ("--jobs", "1", "--batch-size", "8")

    # Measure one whole ingest, and when it takes the lock (the start-up before it):
    # kill delays are spread over the run, or over what is left of it when resuming.
    reference = tmp_path / "reference" / "pactscope.json"
    started = time.monotonic()
    proc = spawn(ingest_cmd(reference, folder, *options))
    startup = None
    while proc.poll() is None:
        if startup is None and os.path.exists(f"{reference}.lock"):
            startup = time.monotonic() - started
        time.sleep(0.005)
    duration = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    startup = min(startup or 0.0, duration)
    everything = assert_consistent(reference)
    assert len(everything) == COUNT

    rng = random.Random(SEED)
    kills = completed = resumed = cycle = partial = 0
    db = tmp_path / "cycle0" / "pactscope.json"
    seen: set[str] = set()
    fractions: list[float] = []
    deadline = time.monotonic() + 600  # a hang guard, not a speed target
    while kills < KILLS:
        assert time.monotonic() < deadline, f"only {kills} kills in time"
        # Every few runs use two workers, so a kill also lands in the pool's middle.
        extra = ("--jobs", "2", "--batch-size", "8") if kills % 10 == 9 else options
        window = startup + (duration - startup) * (COUNT - len(seen)) / COUNT
        # One kill in five lands in the start-up (imports, lock, walk), the rest while it ingests.
        if rng.random() < 0.2:
            delay = rng.uniform(0.0, startup)
        else:
            delay = rng.uniform(startup, window)
        proc = spawn(ingest_cmd(db, folder, *extra))
        launched = time.monotonic()
        while time.monotonic() - launched < delay and proc.poll() is None:
            time.sleep(0.002)
        before = committed_ids(db)  # what a reader saw committed just before the kill
        if proc.poll() is not None:
            if not seen:  # a whole run from scratch: the machine's pace changed, follow it
                duration = (duration + time.monotonic() - launched) / 2
            # The run beat the kill: it must have finished cleanly with everything.
            assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
            if proc.stderr:
                proc.stderr.close()
            assert assert_consistent(db) == everything
            completed += 1
            cycle += 1
            db, seen = tmp_path / f"cycle{cycle}" / "pactscope.json", set()
            continue
        kill_group(proc)
        kills += 1
        fractions.append(delay / window)
        if db.exists():
            after = assert_consistent(db)
            assert before <= after, f"kill {kills}: committed articles lost"
            assert seen <= after, f"kill {kills}: articles of an earlier run lost"
            assert after <= everything
            partial += 0 < len(after) < COUNT
            seen = after
        else:
            assert not before and not seen
        if seen == everything and kills % 10:
            # Killed while refreshing the index, all articles in: start afresh.
            cycle += 1
            db, seen = tmp_path / f"cycle{cycle}" / "pactscope.json", set()
        elif kills % 10 == 0:
            # A killed store resumes to completion, adding exactly what was missing.
            rerun = subprocess.run(
                ingest_cmd(db, folder, *options),
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert rerun.returncode == 0, rerun.stderr
            summary = f"added {COUNT - len(seen)}, unchanged {len(seen)}, failed 0"
            assert summary in rerun.stderr
            assert assert_consistent(db) == everything
            resumed += 1
            cycle += 1
            db, seen = tmp_path / f"cycle{cycle}" / "pactscope.json", set()

    assert resumed == KILLS // 10
    # Many kills landed mid-ingest: some articles committed, not all.
    assert partial >= KILLS // 3, f"only {partial} kills left a partly ingested store"
    # The kills really were spread over the runs, not bunched at one end.
    assert min(fractions) < 0.2 and max(fractions) > 0.8
    print(
        f"ingest {duration:.2f}s, {kills} kills ({partial} mid-ingest), {completed} finished first"
    )


def test_sigkill_during_export_leaves_old_or_complete_file(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder, count=120)
    db = tmp_path / "store" / "pactscope.json"
    done = subprocess.run(
        ingest_cmd(db, folder, "--jobs", "1"), cwd=REPO, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    with Store.open(db) as store:
        ids = set(store.article_ids())
    assert len(ids) == 120

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "export.json"
    old = b'{"old": "export, kept byte for byte"}\n'
    target.write_bytes(old)
    cmd = [sys.executable, "-m", "tui", "--db", str(db), "export", "-o", str(target), "--force"]
    started = time.monotonic()
    full = subprocess.run(cmd, cwd=REPO, capture_output=True, timeout=120)
    duration = time.monotonic() - started
    assert full.returncode == 0, full.stderr
    new = target.read_bytes()
    assert {a["id"] for a in orjson.loads(new)["articles"]} == ids

    rng = random.Random(SEED + 1)
    outcomes = Counter()
    for _ in range(16):
        target.write_bytes(old)
        proc = spawn(cmd)
        time.sleep(rng.uniform(0.0, duration * 1.1))
        kill_group(proc)
        got = target.read_bytes()
        if got == old:
            outcomes["old"] += 1
        else:
            assert got == new, "a killed export left a partial file"
            outcomes["new"] += 1
        # Whatever is left over is a hidden temporary file, never something named like an export.
        for leftover in out_dir.iterdir():
            if leftover != target:
                assert leftover.name.startswith(".export.json.") and leftover.name.endswith(".tmp")
    assert outcomes["old"] > 0

    # A leftover temporary file neither blocks nor becomes an export: a fresh export to a new name works.
    fresh = out_dir / "fresh.json"
    kill_cmd = [sys.executable, "-m", "tui", "--db", str(db), "export", "-o", str(fresh)]
    for _ in range(4):
        proc = spawn(kill_cmd)
        time.sleep(rng.uniform(0.0, duration))
        kill_group(proc)
        if fresh.exists():
            assert fresh.read_bytes() == new
            fresh.unlink()
    again = subprocess.run(kill_cmd, cwd=REPO, capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert fresh.read_bytes() == new


def test_sigkill_during_repair_never_touches_the_original(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder, count=80, seed=5)
    db = tmp_path / "store" / "pactscope.json"
    done = subprocess.run(
        ingest_cmd(db, folder, "--jobs", "1"), cwd=REPO, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    db.write_bytes(db.read_bytes()[:-100])  # a damaged catalog: repair reads the segment
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}

    def repair_cmd(out: Path) -> list[str]:
        return [sys.executable, "-m", "tui", "--db", str(db), "doctor", "--repair", str(out)]

    started = time.monotonic()
    full = subprocess.run(
        repair_cmd(tmp_path / "full.json"), cwd=REPO, capture_output=True, timeout=120
    )
    duration = time.monotonic() - started
    assert (
        full.returncode == 1 and b"with 80 articles" in full.stderr
    )  # problems found, copy written
    rng = random.Random(SEED + 2)
    for i in range(8):
        out = tmp_path / f"out{i}" / "repaired.json"
        proc = spawn(repair_cmd(out))
        time.sleep(rng.uniform(0.0, duration))
        kill_group(proc)
        assert {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()} == before
        if out.exists():  # a catalog is only ever written whole, with every article
            with Store.open(out) as store:
                assert len(store.article_ids()) == 80


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_an_ingest_promptly_and_cleanly(tmp_path: Path, jobs: str) -> None:
    """Ctrl-C reaches the whole foreground process group, pool workers included: the ingest
    stops within seconds, says one line, releases the lock and keeps what it committed."""
    folder = tmp_path / "articles"
    write_corpus(folder, count=COUNT)
    options = ("--jobs", jobs, "--batch-size", "8")
    started = time.monotonic()
    full = subprocess.run(
        ingest_cmd(tmp_path / "ref.json", folder, *options),
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    duration = time.monotonic() - started
    assert full.returncode == 0, full.stderr
    for i, fraction in enumerate((0.3, 0.45, 0.6, 0.75, 0.9)):
        db = tmp_path / f"s{i}" / "pactscope.json"
        proc = spawn(ingest_cmd(db, folder, *options))
        time.sleep(duration * fraction)
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            pytest.fail(f"the ingest hung after Ctrl-C at {fraction:.0%} of its run")
        assert proc.stderr is not None
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        lines = err.strip().splitlines()
        # Ctrl-C landing as the interpreter exits still ends the process by SIGINT (-2).
        if lines[-1:] == [f"added {COUNT}, unchanged 0, failed 0"]:
            assert proc.returncode in (0, -signal.SIGINT), err
            continue  # it finished first
        assert proc.returncode in (130, -signal.SIGINT), err[-1500:]
        assert lines == ["interrupted"], err[-1500:]  # one line: no worker tracebacks
        # The lock is gone, or stale (its writer is dead): the next writer goes straight in.
        with Store.open(db, write=True, wait=0):
            pass
        if db.exists():
            assert_consistent(db)
