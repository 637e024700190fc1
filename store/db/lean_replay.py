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

from array import array
from itertools import accumulate
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
    agreements left ``Patched``; StoreCorrupt when a patch names a record that is not there.

    While a commit is read its patches are kept as one block of bytes per table, and only
    once every commit is read are they handed to their documents: the small objects that
    stay are then made after the commits' parses are let go, not scattered among them (which
    kept the memory of every parse)."""
    blocks: list[tuple[str, int, list[str], bytes, array[int]]] = []
    replaced: dict[str, dict[str, int]] = {t: {} for t in RAW_TABLES}  # key -> last commit
    count = 0

    def apply_one(entry: Entry) -> None:
        nonlocal count
        count += 1
        patches = {t: entry.patch.pop(t) for t in RAW_TABLES.intersection(entry.patch)}
        for table in RAW_TABLES.intersection(entry.removed):
            keys = ids.get(table, {})
            for id in entry.removed[table]:
                if id in keys:
                    replaced[table][keys[id]] = count
        apply_or_refuse(data, [entry], catalog, ids)  # removals, whole documents, the rest
        for table in RAW_TABLES.intersection(entry.put):  # kept as their bytes, not parsed
            tbl, keys = data[table], ids[table]
            for doc in entry.put[table]:
                key = keys.get(doc.get("id"))
                if key is not None and tbl.get(key) is doc:
                    tbl[key] = orjson.dumps(doc)
                    replaced[table][key] = count
        for table, found in patches.items():
            keys = ids.setdefault(table, {})
            at = [keys.get(patch.get("id")) for patch in found]
            if None in at:
                raise StoreCorrupt(
                    f"{safe_path(journal_path(catalog))}: a journal patch names a record "
                    "that is not there; run 'pactscope doctor'"
                )
            pieces = [orjson.dumps(patch) for patch in found]
            ends = array("q", accumulate(map(len, pieces)))
            blocks.append((table, count, at, b"".join(pieces), ends))  # type: ignore[arg-type]

    replay = read_journal(catalog, base_generation, each=apply_one)
    for table, at_commit, keys, block, ends in blocks:
        tbl, last = data[table], replaced[table]
        start = 0
        for key, end in zip(keys, ends, strict=True):
            piece, start = block[start:end], end
            if last.get(key, 0) > at_commit or key not in tbl:
                continue  # the document was written whole or removed after this patch
            held = tbl[key]
            if type(held) is Patched:
                held.patches.append(piece)
            else:
                tbl[key] = Patched(held, [piece])
    return replay
