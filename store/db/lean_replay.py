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
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import orjson

from store.db.catalog_lines import RAW_TABLES, as_dict
from store.db.doc_table import Doc, largest_key
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


Block = tuple[bytes, bytes, "array[int]"]
"""Documents of one table in one commit: their ids (a JSON list), their JSON bytes one after
another, and where each ends."""


def _block(docs: list[dict[str, Any]]) -> Block:
    pieces = [orjson.dumps(doc) for doc in docs]
    ends = array("q", accumulate(map(len, pieces)))
    return orjson.dumps([doc.get("id") for doc in docs]), b"".join(pieces), ends


def _pieces(block: Block) -> Iterator[tuple[Any, bytes]]:
    ids, joined, ends = block
    start = 0
    for id, end in zip(orjson.loads(ids), ends, strict=True):
        yield id, joined[start:end]
        start = end


@dataclass(slots=True)
class _Commit:
    """One journal line as blocks of bytes: the rest (other tables, the meta) as an Entry."""

    rest: Entry
    removed: dict[str, bytes] = field(default_factory=dict)
    put: dict[str, Block] = field(default_factory=dict)
    patch: dict[str, Block] = field(default_factory=dict)


def replay_lean(
    data: dict[str, Any], catalog: Path, base_generation: int, ids: dict[str, dict[str, str]]
) -> Replay:
    """Apply the journal of ``catalog`` to ``data`` (a base read in lines, whose table
    ``ids`` map record id -> key) as ``journal.apply`` does: per commit the removals, then
    the whole documents (kept as bytes, under the key of the same id or the next new key),
    then the patches (left ``Patched``); StoreCorrupt when a patch names a record that is
    not there.

    Each line is first cut into blocks of bytes (``_Commit``) and let go; only once every
    line is read are the blocks applied. The small objects that stay (ids, keys, patches)
    are then made after the lines' parses are freed, not scattered among them, which kept
    the memory of every parse."""
    commits: list[_Commit] = []

    def cut(entry: Entry) -> None:
        commit = _Commit(entry)
        for table in RAW_TABLES:
            if table in entry.removed:
                commit.removed[table] = orjson.dumps(entry.removed.pop(table))
            if table in entry.put:
                commit.put[table] = _block(entry.put.pop(table))
            if table in entry.patch:
                commit.patch[table] = _block(entry.patch.pop(table))
        commits.append(commit)

    replay = read_journal(catalog, base_generation, each=cut)
    while commits:
        commit = commits.pop(0)
        apply_or_refuse(data, [commit.rest], catalog, ids)  # the meta, the other tables
        next_keys = {  # as ``apply`` numbers them: from the table as the commit found it
            t: largest_key(data.get(t, {})) + 1 for t in (*commit.removed, *commit.put)
        }
        for table, gone in commit.removed.items():
            tbl, keys = data.setdefault(table, {}), ids.setdefault(table, {})
            for id in orjson.loads(gone):
                key = keys.pop(id, None)
                if key is not None:
                    del tbl[key]
        for table, block in commit.put.items():
            tbl, keys = data.setdefault(table, {}), ids.setdefault(table, {})
            next_key = next_keys[table]
            for id, piece in _pieces(block):
                key = keys.get(id)
                if key is None:
                    key = keys[id] = str(next_key)
                    next_key += 1
                tbl[key] = piece
        for table, block in commit.patch.items():
            tbl, keys = data.setdefault(table, {}), ids.setdefault(table, {})
            for id, piece in _pieces(block):
                key = keys.get(id)
                if key is None:
                    raise StoreCorrupt(
                        f"{safe_path(journal_path(catalog))}: a journal patch names a record "
                        "that is not there; run 'pactscope doctor'"
                    )
                held = tbl[key]
                if type(held) is Patched:
                    held.patches.append(piece)
                else:
                    tbl[key] = Patched(held, [piece])
    return replay
