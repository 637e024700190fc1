"""The writer lock: ``PATH.lock`` names the one process allowed to write the store.

The file is created with ``O_EXCL`` and holds the writer's pid, host and start time. A second
writer polls until ``wait`` seconds pass, then raises ``StoreLocked`` naming the holder. A lock
left by a process that died on this host is stale: it is broken under a short-lived
``PATH.lock.break`` guard (itself ``O_EXCL``), after re-reading that it is still the same stale
lock, so two processes cannot both clear it and both take it.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from store.db.files import read_regular
from store.errors import StoreError, StoreLocked, StoreReadOnly
from store.paths import safe_path

POLL = 0.05
# A lock file still empty after this long was left by a writer killed while creating it.
EMPTY_GRACE = 5.0
# A break guard older than this was left by a process killed while breaking a lock.
BREAK_GRACE = 10.0


def _hostname() -> str:
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # no such process; past any pid there can be
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return True
    return True


def read_holder(lock_path: Path) -> tuple[dict[str, Any] | None, bytes | None]:
    """The lock's parsed content (or None when unreadable) and its raw bytes (None if absent)."""
    try:
        raw = read_regular(lock_path)
    except FileNotFoundError:
        return None, None
    except OSError:
        return None, b""
    try:
        info = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None, raw
    return (info if isinstance(info, dict) else None), raw


def lock_pid(info: dict[str, Any]) -> int | None:
    """The holder's pid as a number, read leniently: a hand-edited ``"123"`` or ``123.0`` is
    pid 123; None when the field holds no whole number at all (the lock is malformed)."""
    pid = info.get("pid")
    if isinstance(pid, bool):
        return None
    if isinstance(pid, int):
        return pid
    if isinstance(pid, float) and pid.is_integer():
        return int(pid)
    if isinstance(pid, str) and pid.strip().lstrip("-").isdigit():
        return int(pid.strip())
    return None


def describe_holder(info: dict[str, Any] | None) -> str:
    if not info:
        return "an unknown process (the lock file is malformed)"
    pid = lock_pid(info)
    shown = safe_path(str(info.get("pid")))[:40]
    who = f"pid {pid}" if pid is not None else f"a malformed pid ({shown})"
    return f"{who} on {safe_path(str(info.get('host')))[:80]} since {safe_path(str(info.get('since')))[:40]}"


def live_writer(lock_path: Path) -> dict[str, Any] | None:
    """The holder of the lock when a live writer holds it (or one on another host, which
    cannot be told dead); None when there is no lock or it is stale."""
    try:
        info, raw = read_holder(lock_path)
    except StoreError:  # not a regular file: no writer can hold it
        return None
    if info is None or raw is None or _is_stale(lock_path, info, raw):
        return None
    return info


class WriterLock:
    """One held writer lock; ``release()`` removes it."""

    def __init__(self, path: Path, token: bytes) -> None:
        self.path = path
        self._token = token
        self.held = True

    @classmethod
    def acquire(cls, lock_path: Path, wait: float = 10.0) -> WriterLock:
        """Take the lock, waiting up to ``wait`` s; StoreLocked names the holder if it stays."""
        deadline = time.monotonic() + max(0.0, wait)
        token = orjson.dumps(
            {
                "pid": os.getpid(),
                "host": _hostname(),
                "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
        while True:
            if _try_create(lock_path, token):
                return cls(lock_path, token)
            info, raw = read_holder(lock_path)
            if raw is not None and _is_stale(lock_path, info, raw):
                _break_stale(lock_path, raw)
                continue
            if time.monotonic() >= deadline:
                raise StoreLocked(
                    f"{safe_path(lock_path.with_suffix(''))}: the store is being written by "
                    f"{describe_holder(info)} (lock file {safe_path(lock_path)})"
                )
            time.sleep(POLL)

    def release(self) -> None:
        """Remove the lock if it is still ours."""
        if not self.held:
            return
        self.held = False
        _, raw = read_holder(self.path)
        if raw == self._token:
            with contextlib.suppress(OSError):
                os.unlink(self.path)


def _try_create(lock_path: Path, token: bytes) -> bool:
    try:
        fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except PermissionError:
        raise StoreReadOnly(
            f"{safe_path(lock_path.parent)}: cannot write the store here (read-only folder)"
        ) from None
    except OSError as exc:
        raise StoreReadOnly(
            f"{safe_path(lock_path)}: cannot create the lock ({exc.strerror})"
        ) from None
    try:
        os.write(fd, token)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _is_stale(lock_path: Path, info: dict[str, Any] | None, raw: bytes) -> bool:
    if info is None:
        # Empty or garbled: the writer died between creating and filling it, or it is junk.
        try:
            age = time.time() - lock_path.stat().st_mtime
        except OSError:
            return False
        return age > EMPTY_GRACE
    if info.get("host") != _hostname():
        return False  # another machine's process: cannot tell, so never break it
    pid = lock_pid(info)
    if pid is None:  # no pid to ask about: as for a garbled lock, the file's age decides
        return _is_stale(lock_path, None, raw)
    if not pid_alive(pid):
        return True
    since = info.get("since")
    return isinstance(since, str) and _not_the_writer(pid, since)


# A process that started this long after the lock was written cannot be the one that wrote it.
START_SLACK = 5.0


def _not_the_writer(pid: int, since: str) -> bool:
    """Whether live ``pid`` is a zombie, or started after ``since`` (its pid was reused, as after
    a reboot). False whenever that cannot be told (no /proc, an odd timestamp)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        state, ticks = fields[0], int(fields[19])
        boot = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        started = boot + ticks / os.sysconf("SC_CLK_TCK")
        locked = datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
    except (OSError, ValueError, IndexError, StopIteration):
        return False
    return state == "Z" or started > locked + START_SLACK


def _break_stale(lock_path: Path, raw: bytes) -> None:
    """Remove the stale lock holding ``raw``, unless someone replaced it meanwhile."""
    guard = lock_path.with_name(lock_path.name + ".break")
    if not _try_create(guard, b""):
        try:
            if time.time() - guard.stat().st_mtime > BREAK_GRACE:
                os.unlink(guard)
        except OSError:
            pass
        time.sleep(POLL)
        return
    try:
        _, again = read_holder(lock_path)
        if again == raw:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(lock_path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(guard)
