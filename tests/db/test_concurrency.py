"""Concurrent use: writers are serialised by the lock, readers and the explorer keep working while
an ingest runs and see its articles on reload, and a lock left by a killed writer is cleared
while a live one is respected."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from store.db.store import Store, lock_path
from store.ingest import ingest
from tests.db.crash_support import (
    REPO,
    assert_consistent,
    ingest_cmd,
    kill_group,
    spawn,
    write_corpus,
)
from tui.app import PactscopeApp
from tui.widgets.article_list import ArticleList

pytestmark = pytest.mark.slow  # racing processes and explorers


def run_ingest(db: Path, folder: Path, *extra: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run an ingest to its end and keep what it printed."""
    return subprocess.run(
        ingest_cmd(db, folder, *extra), cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


def _finish(proc: subprocess.Popen[bytes], timeout: float = 120) -> str:
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        raise
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    return err


def test_two_ingests_at_once_are_serialised_and_both_complete(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    write_corpus(first, count=60, seed=1, prefix="a")
    write_corpus(second, count=60, seed=2, prefix="b")
    db = tmp_path / "store" / "pactscope.json"
    options = ("--jobs", "1", "--batch-size", "5", "--wait", "120")
    procs = [spawn(ingest_cmd(db, folder, *options)) for folder in (first, second)]
    # Both really ran at the same time: the second was waiting while the first held the lock.
    overlapped = False
    while all(p.poll() is None for p in procs):
        if lock_path(db).exists():
            overlapped = True
        time.sleep(0.01)
    errs = [_finish(p) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert overlapped
    assert (
        sorted(e.strip().splitlines()[-1] for e in errs) == ["added 60, unchanged 0, failed 0"] * 2
    )
    ids = assert_consistent(db)
    assert len(ids) == 120
    assert not lock_path(db).exists()


@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
def test_reader_keeps_working_during_an_ingest_and_sees_it_after_reload(
    tmp_path: Path, lazy: bool
) -> None:
    start, later = tmp_path / "start", tmp_path / "later"
    write_corpus(start, count=10, seed=3, prefix="s")
    write_corpus(later, count=80, seed=4, prefix="l")
    db = tmp_path / "store" / "pactscope.json"
    with Store.open(db, write=True) as store:
        ingest(store, [start], jobs=1)
    reader = Store.open(db, lazy=lazy)  # lazy: each record read from its line when asked
    damaged: list[str] = []
    reader.on_damage = damaged.append
    assert len(reader.article_ids()) == 10
    proc = spawn(ingest_cmd(db, later, "--jobs", "1", "--batch-size", "4"))
    reloads = reads = 0
    try:
        while proc.poll() is None:
            if reader.reload_if_changed():
                reloads += 1
            for article_id in reader.article_ids():  # every body this reader knows reads back
                assert reader.body(article_id).id == article_id
                reads += 1
            assert reader.articles() and reader.actors()
            assert all(reader.agreement(g.id) == g for g in reader.each_agreement())
    finally:
        err = _finish(proc)
    assert proc.returncode == 0, err
    reader.reload_if_changed()
    assert len(reader.article_ids()) == 90
    for article_id in reader.article_ids():
        assert reader.body(article_id).id == article_id
    assert reloads >= 1 and reads > 10
    assert reader.reload_if_changed() is False  # nothing new: no reload
    assert not damaged  # the writer's commits and compactions never showed a torn record
    reader.close()


async def _settle(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_explorer_shows_new_articles_on_reload_during_an_ingest(tmp_path: Path) -> None:
    start, later = tmp_path / "start", tmp_path / "later"
    write_corpus(start, count=5, seed=5, prefix="s")
    write_corpus(later, count=60, seed=6, prefix="l")
    db = tmp_path / "store" / "pactscope.json"
    with Store.open(db, write=True) as store:
        ingest(store, [start], jobs=1)
    app = PactscopeApp(db)
    errors: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.option_count == 5
        proc = spawn(ingest_cmd(db, later, "--jobs", "1", "--batch-size", "4"))
        counts = []
        try:
            while proc.poll() is None:
                await pilot.press("r")
                await _settle(pilot)
                counts.append(articles.option_count)
                await pilot.press("j")  # the list stays usable while it reloads
        finally:
            err = _finish(proc)
        assert proc.returncode == 0, err
        await pilot.press("r")
        await _settle(pilot)
        assert articles.option_count == 65
        assert app.store.generation >= 2
        assert counts == sorted(counts), "a reload showed fewer articles than an earlier one"
        errors = [n.message for n in app._notifications if n.severity == "error"]
    assert errors == []


def test_stale_lock_of_a_killed_writer_is_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder, count=120, seed=8)
    db = tmp_path / "store" / "pactscope.json"
    proc = spawn(ingest_cmd(db, folder, "--jobs", "1", "--batch-size", "5"))
    deadline = time.monotonic() + 60
    while not (db.exists() and lock_path(db).exists()) and time.monotonic() < deadline:
        assert proc.poll() is None, "the ingest finished before it could be killed"
        time.sleep(0.01)
    kill_group(proc)  # reaped: its pid is gone
    assert proc.returncode == -signal.SIGKILL
    holder = orjson.loads(lock_path(db).read_bytes())
    assert holder["pid"] == proc.pid
    started = time.monotonic()
    rerun = run_ingest(db, folder, "--jobs", "1", "--wait", "0", timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert time.monotonic() - started < 60
    assert len(assert_consistent(db)) == 120
    assert not lock_path(db).exists()


HOLD = """
import sys, time
from pathlib import Path
from store.db.store import Store
store = Store.open(Path(sys.argv[1]), write=True)
print("held", flush=True)
time.sleep(120)
"""


def test_live_lock_is_respected_then_cleared_when_its_holder_dies(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder, count=3, seed=9)
    db = tmp_path / "store" / "pactscope.json"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        lock_before = lock_path(db).read_bytes()
        catalog_before = db.read_bytes() if db.exists() else b""
        blocked = run_ingest(db, folder, "--jobs", "1", "--wait", "0.5", timeout=60)
        assert blocked.returncode == 1
        lines = blocked.stderr.strip().splitlines()
        assert len(lines) == 1 and f"pid {holder.pid}" in lines[0] and str(db) in lines[0]
        assert lock_path(db).read_bytes() == lock_before  # never broken while its holder lives
        assert not db.exists() or db.read_bytes() == catalog_before
        # A reader is never blocked by a writer.
        with Store.open(db) as reader:
            assert reader.article_ids() == []
    finally:
        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait()
        if holder.stdout:
            holder.stdout.close()
    assert lock_path(db).read_bytes() == lock_before  # left behind by the killed holder
    done = run_ingest(db, folder, "--jobs", "1", "--wait", "0", timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(assert_consistent(db)) == 3


@pytest.mark.parametrize("racers", [4])
def test_racing_writers_after_a_stale_lock_take_turns(tmp_path: Path, racers: int) -> None:
    """Several ingests start at once against a stale lock: exactly one breaks it, all finish."""
    db = tmp_path / "store" / "pactscope.json"
    db.parent.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    import socket

    lock_path(db).write_bytes(
        orjson.dumps({"pid": dead.pid, "host": socket.gethostname(), "since": "x"})
    )
    folders = []
    for i in range(racers):
        folder = tmp_path / f"f{i}"
        write_corpus(folder, count=8, seed=20 + i, prefix=f"r{i}")
        folders.append(folder)
    procs = [
        spawn(ingest_cmd(db, f, "--jobs", "1", "--batch-size", "2", "--wait", "120"))
        for f in folders
    ]
    errs = [_finish(p) for p in procs]
    assert [p.returncode for p in procs] == [0] * racers, errs
    assert len(assert_consistent(db)) == 8 * racers


async def test_explorer_keeps_its_articles_when_the_store_is_damaged_under_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder, count=6, seed=10)
    db = tmp_path / "store" / "pactscope.json"
    with Store.open(db, write=True) as store:
        ingest(store, [folder], jobs=1)
    good = db.read_bytes()
    app = PactscopeApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.option_count == 6
        db.write_bytes(good[: len(good) // 2])  # another program truncates the catalog
        await pilot.press("r")
        await _settle(pilot)
        assert articles.option_count == 6  # what was loaded stays on screen
        await pilot.press("enter")
        await _settle(pilot)
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert any(str(db) in m and "not valid JSON" in m for m in errors), errors
        assert all("\n" not in m for m in errors)
        db.write_bytes(good)
        await pilot.press("r")
        await _settle(pilot)
        assert articles.option_count == 6
    assert db.read_bytes() == good


def _lock_for(db: Path, pid: int, since: str) -> bytes:
    import socket

    db.parent.mkdir(parents=True, exist_ok=True)
    raw = orjson.dumps({"pid": pid, "host": socket.gethostname(), "since": since})
    lock_path(db).write_bytes(raw)
    return raw


def _now(offset: float = 0.0) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(time.time() + offset, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_lock_whose_pid_was_reused_is_stale(tmp_path: Path) -> None:
    """After a crash and reboot the old writer's pid may belong to an unrelated live process:
    one that started after the lock was written cannot be its writer."""
    folder = tmp_path / "articles"
    write_corpus(folder, count=2, seed=30)
    db = tmp_path / "store" / "pactscope.json"
    other = subprocess.Popen(["sleep", "60"])
    try:
        time.sleep(0.1)
        _lock_for(db, other.pid, _now(-3600))  # written an hour before that process started
        done = run_ingest(db, folder, "--jobs", "1", "--wait", "0", timeout=60)
        assert done.returncode == 0, done.stderr
        # The same live process holding a lock written after it started is respected.
        raw = _lock_for(db, other.pid, _now(+2))
        blocked = run_ingest(db, folder, "--jobs", "1", "--wait", "0.3", timeout=60)
        assert blocked.returncode == 1 and f"pid {other.pid}" in blocked.stderr
        assert lock_path(db).read_bytes() == raw
    finally:
        other.kill()
        other.wait()
    assert len(assert_consistent(db)) == 2


def test_lock_of_a_zombie_writer_is_stale(tmp_path: Path) -> None:
    """A writer killed but not yet reaped by its parent still has a pid: it is not alive."""
    folder = tmp_path / "articles"
    write_corpus(folder, count=2, seed=31)
    db = tmp_path / "store" / "pactscope.json"
    zombie = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _lock_for(db, zombie.pid, _now(+1))
        zombie.kill()
        time.sleep(0.3)  # dead, not reaped: a zombie
        done = run_ingest(db, folder, "--jobs", "1", "--wait", "0", timeout=60)
        assert done.returncode == 0, done.stderr
    finally:
        zombie.wait()
    assert len(assert_consistent(db)) == 2
