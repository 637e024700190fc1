"""One builder of ``PATH.index/`` at a time: an advisory lock on ``PATH.index.lock``.

Growing the saved index links its files into the new folder and appends to the linked
``texts.bin`` in place, then renames folders. Two builders at once (a correction's writer and
the explorer's index build after a poll, in one process; an ingest and an explorer, in two)
would link files of a folder the other just replaced, cut each other's appended texts, or read
the folder in the instant it is renamed away. ``flock`` is held per open file, so it keeps
apart two threads of one process as well as two processes, and the kernel lets go of it when
its holder dies: no lock is ever left stale.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from store.db.files import open_regular, os_reason
from store.errors import StoreError
from store.paths import safe_path

SAVE_WAIT = 60.0
"""Seconds a builder waits for another one's save before giving up on saving."""
POLL = 0.05


class IndexBusy(StoreError):
    """Another builder kept the index longer than the wait; nothing was saved."""


def lock_file(directory: Path) -> Path:
    """The lock beside the index folder ``directory``: ``PATH.index.lock``."""
    return directory.with_name(directory.name + ".lock")


@contextlib.contextmanager
def saving(directory: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the index's save lock for the block; IndexBusy after ``wait`` seconds (default
    ``SAVE_WAIT``), StoreError when the lock file cannot be opened (a read-only folder:
    nothing could be saved there)."""
    wait = SAVE_WAIT if wait is None else wait
    path = lock_file(directory)
    try:
        fd = open_regular(path, os.O_RDWR | os.O_CREAT)
    except OSError as exc:
        raise StoreError(f"{safe_path(path)}: cannot lock the search index ({os_reason(exc)})") from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(
                        f"{safe_path(directory)}: another process kept the search index busy "
                        f"for {wait:.0f}s"
                    ) from None
                time.sleep(POLL)
        yield
    finally:
        os.close(fd)  # closing the only descriptor lets go of the lock
