"""The writer lock: one writer at a time, a named holder, stale locks cleared."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import pytest

from store.db.lock import WriterLock
from store.db.store import Store, lock_path
from store.errors import StoreLocked


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_second_writer_times_out_naming_the_holder(db_path: Path) -> None:
    with Store.open(db_path, write=True):
        lock = lock_path(db_path)
        info = orjson.loads(lock.read_bytes())
        assert info["pid"] == os.getpid() and info["host"] == socket.gethostname() and info["since"]
        started = time.monotonic()
        with pytest.raises(StoreLocked) as caught:
            Store.open(db_path, write=True, wait=0.3)
        assert time.monotonic() - started >= 0.3
        message = str(caught.value)
        assert f"pid {os.getpid()}" in message and socket.gethostname() in message
        assert info["since"] in message and "\n" not in message
        with Store.open(db_path) as reader:  # readers never wait
            assert reader.generation == 0
    assert not lock_path(db_path).exists()


def test_second_writer_gets_the_lock_when_released(db_path: Path) -> None:
    first = Store.open(db_path, write=True)
    threading.Timer(0.2, first.close).start()
    with Store.open(db_path, write=True, wait=5) as second:
        assert second.writable


def test_stale_lock_of_a_dead_process_is_cleared(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    stale = {"pid": _dead_pid(), "host": socket.gethostname(), "since": "2020-01-01T00:00:00Z"}
    lock_path(db_path).write_bytes(orjson.dumps(stale))
    with Store.open(db_path, write=True, wait=0):
        assert orjson.loads(lock_path(db_path).read_bytes())["pid"] == os.getpid()
    assert not lock_path(db_path).exists()


def test_lock_of_another_host_is_never_broken(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    other = {"pid": _dead_pid(), "host": "elsewhere.example", "since": "2020-01-01T00:00:00Z"}
    lock_path(db_path).write_bytes(orjson.dumps(other))
    with pytest.raises(StoreLocked, match="elsewhere.example"):
        Store.open(db_path, write=True, wait=0.1)
    assert orjson.loads(lock_path(db_path).read_bytes()) == other


def test_empty_lock_left_by_a_killed_writer_is_cleared_after_a_grace(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    lock = lock_path(db_path)
    lock.write_bytes(b"")
    with pytest.raises(StoreLocked):
        WriterLock.acquire(lock, wait=0.1)  # fresh: a writer may be filling it in
    old = time.time() - 60
    os.utime(lock, (old, old))
    WriterLock.acquire(lock, wait=0).release()
    assert not lock.exists()


def test_release_leaves_someone_elses_lock(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    lock = lock_path(db_path)
    held = WriterLock.acquire(lock, wait=0)
    lock.write_bytes(b'{"pid": 1, "host": "x", "since": "y"}')  # replaced behind our back
    held.release()
    assert lock.exists()


@pytest.mark.slow
def test_concurrent_breakers_leave_one_holder(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    stale = {"pid": _dead_pid(), "host": socket.gethostname(), "since": "2020-01-01T00:00:00Z"}
    lock_path(db_path).write_bytes(orjson.dumps(stale))
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from store.db.lock import WriterLock\n"
        "from store.errors import StoreLocked\n"
        "try:\n"
        "    lock = WriterLock.acquire(Path(sys.argv[1]), wait=0.5)\n"
        "except StoreLocked:\n"
        "    print('locked'); sys.exit(0)\n"
        "print('got'); sys.stdout.flush(); time.sleep(1.5); lock.release()\n"
    )
    repo = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(lock_path(db_path))],
            cwd=repo,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = sorted(p.communicate(timeout=30)[0].strip() for p in procs)
    assert outcomes == ["got", "locked", "locked", "locked"]


def test_lock_is_released_even_when_closing_the_bodies_fails(db_path: Path) -> None:
    store = Store.open(db_path, write=True)
    segment = store._bodies
    assert segment is not None

    def refuse() -> None:
        raise OSError(28, "No space left on device")

    segment.close = refuse  # type: ignore[method-assign]
    with pytest.raises(OSError):
        store.close()
    assert not lock_path(db_path).exists()
    with Store.open(db_path, write=True, wait=0.5):
        pass


@pytest.mark.parametrize("pid", ["{dead}", 1e20, "{dead}.0", "-5"])
def test_hand_edited_lock_pid_of_no_live_process_is_cleared(db_path: Path, pid: object) -> None:
    dead = _dead_pid()
    if isinstance(pid, str):
        pid = float(pid.format(dead=dead)) if pid.endswith(".0") else pid.format(dead=dead)
    lock = lock_path(db_path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_bytes(
        orjson.dumps({"pid": pid, "host": socket.gethostname(), "since": "2020-01-01T00:00:00Z"})
    )
    with Store.open(db_path, write=True, wait=0.5):
        assert orjson.loads(lock.read_bytes())["pid"] == os.getpid()


def test_malformed_lock_pid_is_named_as_such_while_fresh(db_path: Path) -> None:
    lock = lock_path(db_path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_bytes(orjson.dumps({"pid": "abc", "host": socket.gethostname(), "since": "x"}))
    with pytest.raises(StoreLocked) as caught:
        Store.open(db_path, write=True, wait=0.1)
    assert "malformed pid (abc)" in str(caught.value)
    old = time.time() - 60
    os.utime(lock, (old, old))  # left long ago: cleared like any garbled lock
    with Store.open(db_path, write=True, wait=0.5):
        assert orjson.loads(lock.read_bytes())["pid"] == os.getpid()
