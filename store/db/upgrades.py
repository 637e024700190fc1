"""What a writer says when it opens a store an older release or a stopped writer left.

A store of an older schema (before the journal) or layout (the catalog on one line, before
``catalog_lines``) is rewritten once by the first writer that opens it; a commit cut short
in the journal is dropped. Each is one line to the user (``Store.notices``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from store.db import catalog_keys, names_file
from store.db.schema import JOURNAL_FROM, SCHEMA_VERSION
from store.paths import journal_path, safe_path


def torn(path: Path, reason: str | None) -> list[str]:
    """The line for a commit a killed writer left cut short in the journal, if there is one."""
    if reason is None:
        return []
    return [
        f"{safe_path(journal_path(path))}: dropped the last commit, cut short when a writer "
        f"was stopped ({reason}); the batch it was writing is not stored"
    ]


def rewritten(path: Path, old_schema: int, was_in_lines: bool) -> str:
    """The line for a catalog rewritten once: of schema ``old_schema``, or on one line."""
    if old_schema < JOURNAL_FROM:
        return (
            f"{safe_path(path)}: upgraded the store from schema {old_schema} to "
            f"{SCHEMA_VERSION} (commits now append to a journal beside the catalog); older "
            "pactscope releases cannot open it any more"
        )
    assert not was_in_lines
    return (
        f"{safe_path(path)}: rewrote the catalog with one record per line (once), so a writer "
        "opens it without reading every record; older pactscope releases still read it"
    )


def names(path: Path, stamp: tuple[int, int]) -> list[str]:
    """The line for a name index of the previous release's format written in this one (once)."""
    line = names_file.upgrade(path, stamp)
    return [line] if line else []


def keys(path: Path, save: Callable[[], None]) -> list[str]:
    """``save`` the key file (a writer does once the damage check passed: a store refused saves
    none), and the line for one of an earlier release's format it replaced (once)."""
    older = catalog_keys.of_format(path) is False
    save()
    if not older or not catalog_keys.of_format(path):
        return []
    return [
        f"{safe_path(catalog_keys.keys_path(path))}: written again in this release's format "
        "(once), so a writer or the explorer opens the store without an object per record"
    ]
