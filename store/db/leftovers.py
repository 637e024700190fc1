"""Temporary files a killed process left beside a store (or an export), found and removed.

Every temporary name carries the pid of the process writing it: the catalog's
``.PATH.<pid>.tmp`` (and the list file's ``.PATH.lists.<pid>.tmp``), the resolver's name
index's ``.PATH.names.<pid>.tmp``, the search index's ``PATH.index.tmp-<pid>-*`` and
``PATH.index.old-<pid>-*`` folders, an export's ``.OUT.<pid>.tmp``. One whose process is gone can never be finished or
renamed, so the next writer removes it (``clean``) and ``doctor`` lists it (``find``). One of a
live process is in progress and left alone; so is an index folder of the older naming without a
pid, which ``doctor`` lists without removing.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from store.db.lock import pid_alive
from store.paths import safe_path


@dataclass(frozen=True, slots=True)
class Leftover:
    """One temporary file or folder; ``pid`` None when its name carries none."""

    path: Path
    pid: int | None

    @property
    def dead(self) -> bool:
        return self.pid is not None and not pid_alive(self.pid)

    def describe(self) -> str:
        size = _size(self.path)
        if self.pid is None:
            who = "left by an interrupted write (its process is unknown)"
        else:
            who = f"left by process {self.pid}, which is no longer running"
        return (
            f"{safe_path(self.path)}: a temporary {'folder' if self.path.is_dir() else 'file'} "
            f"of {_megabytes(size)} {who}; the next writer removes it"
        )


def _patterns(name: str) -> list[re.Pattern[str]]:
    n = re.escape(name)
    return [
        re.compile(rf"\.{n}\.(\d+)\.tmp"),  # the catalog (or an export) being replaced
        re.compile(rf"\.{n}\.names\.(\d+)\.tmp"),  # the resolver's name index being saved
        re.compile(rf"\.{n}\.lists\.(\d+)\.tmp"),  # the list file being replaced
        re.compile(rf"\.{n}\.keys\.(\d+)\.tmp"),  # the catalog's key file being saved
        re.compile(rf"{n}\.index\.(?:tmp|old)-(\d+)-[\w-]+"),  # the search index being saved
        re.compile(rf"{n}\.index\.tmp-(?!\d+-)[\w]+()"),  # the same, named before pids were
    ]


def find(path: Path) -> list[Leftover]:
    """Temporary files beside the store (or export) ``path`` left by dead or unknown processes."""
    path = Path(path)
    patterns = _patterns(path.name)
    try:
        names = sorted(os.listdir(path.parent))
    except OSError:
        return []
    found = []
    for entry in names:
        for pattern in patterns:
            m = pattern.fullmatch(entry)
            if m:
                pid = int(m.group(1)) if m.group(1) else None
                item = Leftover(path.parent / entry, pid)
                if pid is None or item.dead:
                    found.append(item)
                break
    return found


def clean(path: Path) -> list[Leftover]:
    """Remove what dead processes left beside ``path``; return what went."""
    removed = []
    for item in find(path):
        if not item.dead:
            continue
        try:
            if item.path.is_dir() and not item.path.is_symlink():
                shutil.rmtree(item.path)
            else:
                item.path.unlink()
        except OSError:
            continue  # another writer's cleaning got there first, or it cannot be removed
        removed.append(item)
    return removed


def _size(path: Path) -> int:
    try:
        if path.is_dir() and not path.is_symlink():
            return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        return path.lstat().st_size
    except OSError:
        return 0


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):.1f} MB" if size >= 1 << 20 else f"{size} bytes"
