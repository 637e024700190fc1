"""``PATH.verified``: the store's files as the last writer left them, after checking them.

A writer checks the whole store before it builds on it (``integrity.py``): every reference
and every body line's checksum, which costs seconds in a store of 50k articles. What it
checks can only have changed if a file changed since a writer last checked or committed,
so each writer notes the identity (inode, size, mtime) of the catalog, the journal and the
body segment when it is done, and the next writer checks again only when one differs.
``doctor`` always checks everything. The note is a hint: unreadable, stale or missing means
"check".
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import orjson

from store.paths import bodies_path, journal_path


def verified_path(catalog: Path) -> Path:
    """Where the note of the store at ``catalog`` lives: ``PATH.verified``."""
    return catalog.with_name(catalog.name + ".verified")


def _state(catalog: Path) -> list[list[int] | None]:
    found: list[list[int] | None] = []
    for path in (catalog, journal_path(catalog), bodies_path(catalog)):
        try:
            st = os.stat(path)
        except OSError:
            found.append(None)
            continue
        found.append([st.st_ino, st.st_size, st.st_mtime_ns])
    return found


def unchanged(catalog: Path) -> bool:
    """Whether the store's files are as the last writer noted them after checking them."""
    note = verified_path(catalog)
    try:
        if not note.is_file():
            return False
        return bool(orjson.loads(note.read_bytes()) == _state(catalog))
    except (OSError, orjson.JSONDecodeError):
        return False


def remember(catalog: Path) -> None:
    """Note the files as they are now (after a check or a commit); best effort."""
    with contextlib.suppress(OSError):
        verified_path(catalog).write_bytes(orjson.dumps(_state(catalog)))


def forget(catalog: Path) -> None:
    """Drop the note (nothing is known to be checked any more)."""
    with contextlib.suppress(OSError):
        verified_path(catalog).unlink(missing_ok=True)
