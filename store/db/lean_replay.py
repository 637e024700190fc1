"""A lazy reader's replay of the catalog journal: one commit at a time, nothing parsed that
no one asked for.

A writer applies every journal line to the documents it read (``journal.apply``), parsing
each document a line patches. A reader only reads them, and after a large ingest the journal
patches most actors of the store (the articles each gained): parsed, they were hundreds of
megabytes before a single one was shown. Here each line is decoded, applied and let go
before the next (``read_journal(each=...)``): its removals and whole documents as the writer
applies them (a whole document kept as its JSON bytes), while a patched document stays where it was with its patches beside it
(``Patched``), applied when its record is first asked for (``document``). What is read is
the same store: the same base, the same lines, in the same order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from store.db.catalog_lines import RAW_TABLES, Doc, as_dict
from store.db.journal import Entry, Replay, apply_or_refuse, apply_patch, journal_path, read_journal
from store.errors import StoreCorrupt
from store.paths import safe_path


class Patched:
    """A document as stored (in the file, parsed, or its JSON bytes) and the journal's
    patches to it, oldest first, each as its JSON bytes (parsed afresh when applied, so
    applying them again never sees what an earlier application changed)."""

    __slots__ = ("doc", "patches")

    def __init__(self, doc: Any, patches: list[bytes]) -> None:
        self.doc, self.patches = doc, patches


def document(doc: Doc | dict[str, Any] | bytes | Patched) -> dict[str, Any]:
    """A stored document as a dict: read, parsed and patched as it needs; ValueError when
    it is not JSON or a patch does not fit it (damage)."""
    if type(doc) is not Patched:
        return as_dict(doc)  # type: ignore[arg-type]
    found = as_dict(doc.doc)
    if found is doc.doc:
        found = orjson.loads(orjson.dumps(found))  # a parsed document is never changed in place
    for patch in doc.patches:
        apply_patch(found, orjson.loads(patch))
    return found


def replay_lean(
    data: dict[str, Any], catalog: Path, base_generation: int, ids: dict[str, dict[str, str]]
) -> Replay:
    """Apply the journal of ``catalog`` to ``data`` (a base read in lines, whose table
    ``ids`` map record id -> key) commit by commit, patches of the articles, actors and
    agreements left ``Patched``; StoreCorrupt when a patch names a record that is not there."""

    def apply_one(entry: Entry) -> None:
        patches = {t: entry.patch.pop(t) for t in RAW_TABLES.intersection(entry.patch)}
        apply_or_refuse(data, [entry], catalog, ids)  # removals, whole documents, the rest
        for table in RAW_TABLES.intersection(entry.put):  # kept as their bytes, not parsed
            tbl, keys = data[table], ids[table]
            for doc in entry.put[table]:
                key = keys.get(doc.get("id"))
                if key is not None and tbl.get(key) is doc:
                    tbl[key] = orjson.dumps(doc)
        for table, found in patches.items():
            tbl, keys = data.setdefault(table, {}), ids.setdefault(table, {})
            for patch in found:
                key = keys.get(patch.get("id"))
                if key is None:
                    raise StoreCorrupt(
                        f"{safe_path(journal_path(catalog))}: a journal patch names a record "
                        "that is not there; run 'pactscope doctor'"
                    )
                held = tbl[key]
                if type(held) is Patched:
                    held.patches.append(orjson.dumps(patch))
                else:
                    tbl[key] = Patched(held, [orjson.dumps(patch)])

    return read_journal(catalog, base_generation, each=apply_one)
