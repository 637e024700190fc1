"""Opening a store's files only when they are regular files, so nothing can make us hang.

A FIFO, socket or device in place of the catalog, the segment or the lock would block an
``open`` or a ``read`` for ever (a FIFO waits for a writer that never comes). Every file of a
store is opened here with ``O_NONBLOCK`` (which never waits), checked with ``fstat``, and
refused with one line naming the file and what it is; a regular file then reads as usual.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import stat
from pathlib import Path

from store.errors import StoreCorrupt
from store.paths import safe_path


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def not_regular(path: Path, mode: int) -> StoreCorrupt:
    """The one-line refusal of ``path``, which is a ``mode`` file and not a regular one."""
    return StoreCorrupt(
        f"{safe_path(path)}: is {kind_of(mode)}, not a regular file; a store's files must be "
        "regular files (move it away)"
    )


def open_regular(path: Path, flags: int = os.O_RDONLY, mode: int = 0o644) -> int:
    """A descriptor on ``path`` opened with ``flags``; StoreCorrupt when it is not a regular file.

    OSError (FileNotFoundError, PermissionError, ...) passes through for the caller to word.
    A socket cannot be opened at all (ENXIO): it is named as such too.
    """
    try:
        fd = os.open(path, flags | os.O_NONBLOCK, mode)
    except OSError as exc:
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # a socket; a FIFO opened to write
            try:
                raise not_regular(path, os.stat(path).st_mode) from None
            except OSError:
                pass
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise not_regular(path, st.st_mode)
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    except BaseException:
        os.close(fd)
        raise
    return fd


def os_reason(exc: OSError, where: Path | None = None) -> str:
    """An OS error in words ("no space left on device"), also for the errno-less short
    writes numpy reports as "N requested and M written" (a full disk, told by its free space)."""
    if exc.strerror:
        return exc.strerror.lower()
    text = str(exc)
    if "requested and" in text and "written" in text:
        try:
            full = where is not None and shutil.disk_usage(where).free < (1 << 20)
        except OSError:
            full = False
        return "no space left on device" if full else "a write was cut short"
    return text.lower() or type(exc).__name__


def read_regular(path: Path, limit: int = -1) -> bytes:
    """The bytes of regular file ``path`` (at most ``limit`` when given); see ``open_regular``."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        return fh.read(limit)


def refuse_special(path: Path) -> None:
    """StoreCorrupt when ``path`` exists and is not a regular file (a missing one is fine)."""
    try:
        st = os.stat(path)
    except OSError:
        return
    if not stat.S_ISREG(st.st_mode):
        raise not_regular(path, st.st_mode)
