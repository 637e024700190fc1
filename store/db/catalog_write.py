"""A commit's batches applied to the catalog's tables, and the journal line that records them.

New documents are encoded once, as they are applied: their bytes are what the journal line
holds of them (``orjson.Fragment``: the same bytes as encoding the line whole), what their table
keeps (a compaction writes them as they are instead of encoding them again, and they take a
fraction of a parsed document's memory; a later commit that changes one parses it to diff it),
and, beside the journal already written, a lower bound of the line's size. A commit whose new
documents alone take the journal past its share is compacted without making the line at all:
the changed documents' patches (``journal.diff_doc``) would only have been thrown away (most
commits of a store built up from nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from store.db.catalog_lines import as_dict
from store.db.journal import Entry, diff_doc


@dataclass(slots=True)
class Changed:
    """One table's part of a commit once applied: documents replaced (with what each was
    before, for its patch) and the new documents' bytes, in the order they were written."""

    table: str
    replaced: list[tuple[Any, dict[str, Any]]] = field(default_factory=list)
    new: list[bytes] = field(default_factory=list)


@dataclass(slots=True)
class Applied:
    """What ``apply`` did, for ``journal_line``; ``new_bytes`` is the new documents' size."""

    tables: list[Changed] = field(default_factory=list)
    new_bytes: int = 0


def apply(
    data: dict[str, dict[str, Any]],
    keys: dict[str, dict[str, str]],
    batches: dict[str, Any],
    entry: Entry,
    touched: set[str],
    to_dict: dict[str, Callable[[Any], dict[str, Any]]],
    new_key: Callable[[str, dict[str, Any]], int],
    patched: frozenset[str],
) -> Applied:
    """Apply ``batches`` (``catalog.Batch`` per table) to the tables in ``data`` (record id ->
    document key in ``keys``), noting removals in ``entry`` and every id written or removed in
    ``touched``; the replaced and new documents are kept for ``journal_line``. A new document
    of a table in ``patched`` (whose documents are read through ``as_dict``) is kept as its
    bytes; any other table's stays the dict it was made as, for those who read it."""
    applied = Applied()
    for table, batch in batches.items():
        tbl, ids = data.setdefault(table, {}), keys.setdefault(table, {})
        for id in batch.removed:
            key = ids.pop(id, None)
            if key is not None:
                tbl.pop(key, None)
        touched.update(batch.removed)
        touched.update(rec.id for rec in (*batch.changed, *batch.new))
        if batch.removed:
            entry.removed[table] = list(batch.removed)
        convert = to_dict[table]
        changed = Changed(table)
        for rec in batch.changed:
            doc = convert(rec)
            key = ids[rec.id]
            changed.replaced.append((tbl.get(key), doc))  # what it was, before it is replaced
            tbl[key] = doc
        as_bytes = table in patched
        for rec in batch.new:
            doc = convert(rec)
            raw = orjson.dumps(doc)
            key = ids[rec.id] = str(new_key(table, tbl))
            tbl[key] = raw if as_bytes else doc
            changed.new.append(raw)
            applied.new_bytes += len(raw)
        applied.tables.append(changed)
    return applied


def journal_line(applied: Applied, entry: Entry, patched: frozenset[str]) -> bytes:
    """The sealed journal line of the commit ``apply`` made: a changed document of a table
    in ``patched`` as its patch when it has one, else whole; the new ones as their bytes."""
    for changed in applied.tables:
        table = changed.table
        for old, doc in changed.replaced:
            old = as_dict(old) if table in patched and old is not None else None
            patch = diff_doc(old, doc) if isinstance(old, dict) else None
            if patch is None:
                entry.put.setdefault(table, []).append(doc)
            else:
                entry.patch.setdefault(table, []).append(patch)
        if changed.new:
            entry.put.setdefault(table, []).extend(map(orjson.Fragment, changed.new))
    return entry.encode()
