"""A reader's records read from their catalog lines when asked for, and only a few kept.

The explorer and ``pactscope export`` open a store to read it, not to change it. Making a
record of every document at open took seconds and over a gigabyte at 50,000 articles.
``ReadRecords`` is a read-only mapping of id -> record over the documents a catalog read
in lines left where they are (``doc_table.Doc``: read with ``pread`` from the base file
the reader opened, so a writer's compaction renaming a new base over it changes nothing the
reader sees) or parsed from the journal. A record is made when it is asked for and the
last ``KEPT`` made are kept, so memory follows what the reader looks at; a pass over every
record (``values``, ``items``) makes each in turn and keeps none.

A damaged document is not the end of the reader: it is said once, by one line naming the
catalog file, the line and the record (``damage``, then ``report``), and reads as missing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from store.db.catalog_lines import line_number
from store.db.doc_table import Doc
from store.db.lean_replay import Patched, document
from store.paths import safe_path

KEPT = 4096
"""Records made most recently kept made (a view's records, read again as it redraws)."""

_DOCS = (Doc, dict, bytes, Patched)
"""What a document not made into a record is: in the file, parsed, its JSON bytes, or one of
these with the journal's patches beside it (``lean_replay``)."""

Report = Callable[[str], None]
"""Where a reader hears of a damaged record (one line naming file, line and record)."""


def _lacks(doc: Any, pair: bytes, field: str) -> bool:
    """Whether the document ``doc`` surely does not hold ``pair`` (its field and text), read
    from its bytes without parsing it; False when that takes a parse (then it is made)."""
    if type(doc) is Patched:
        key = f'"{field}"'.encode()
        return not any(key in patch for patch in doc.patches) and _lacks(doc.doc, pair, field)
    try:
        if type(doc) is Doc:
            return pair not in doc.raw()
        return type(doc) is bytes and pair not in doc
    except (ValueError, OSError):
        return False  # made, and said to be damaged


class ReadRecords(Mapping[str, Any]):
    """id -> record of one catalog table, for a reader; see the module docstring."""

    __slots__ = ("_docs", "_convert", "_kept", "_turn", "_where", "damage", "report")

    def __init__(
        self, docs: dict[str, Any], convert: Callable[[dict[str, Any]], Any], where: str
    ) -> None:
        self._docs = docs  # id -> Doc, a parsed document, or a record made already
        self._convert = convert
        self._kept: dict[str, Any] = {}  # id -> record, oldest first
        self._turn = threading.Lock()  # over ``_kept`` alone: a record is made outside it
        self._where = where  # "PATH: the articles record"
        self.damage: dict[str, str] = {}  # id -> the line said of it
        self.report: Report | None = None

    def _make(self, id: str, doc: Any) -> Any:
        """The record of ``doc`` (None when it is damaged: said once)."""
        if type(doc) not in _DOCS:
            return doc  # a record already
        try:
            return self._convert(document(doc))
        except (KeyError, TypeError, ValueError, AttributeError, OSError):
            self._damaged(id, doc)
            return None

    def _damaged(self, id: str, doc: Any) -> None:
        if id in self.damage:
            return
        base = doc.doc if type(doc) is Patched else doc
        where = f"line {line_number(base)}, " if type(base) is Doc else ""
        line = (
            f"{self._where} {safe_path(id)[:80]} is damaged ({where}skipped); "
            "run 'pactscope doctor'"
        )
        self.damage[id] = line
        if self.report is not None:
            self.report(line)

    def __getitem__(self, id: str) -> Any:
        with self._turn:  # the UI thread and a worker may read at once
            kept = self._kept.pop(id, None)
        if kept is None:
            kept = self._make(id, self._docs[id])
            if kept is None:
                raise KeyError(id)
        with self._turn:
            if len(self._kept) >= KEPT:
                del self._kept[next(iter(self._kept))]
            self._kept[id] = kept  # the newest now
        return kept

    def get(self, id: str, default: Any = None) -> Any:  # type: ignore[override]
        try:
            return self[id]
        except KeyError:
            return default

    def __contains__(self, id: object) -> bool:
        return id in self._docs

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)

    def keys(self) -> Any:
        return self._docs.keys()

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """Every (id, record) in catalog order, made one at a time and not kept; a damaged
        one is said and left out."""
        kept = self._kept
        for id, doc in self._docs.items():
            record = kept.get(id)
            if record is None:
                record = self._make(id, doc)
                if record is None:
                    continue
            yield id, record

    def values(self) -> Iterator[Any]:  # type: ignore[override]
        return (record for _, record in self.items())

    def field(self, id: str, name: str) -> Any:
        """One field of a record as stored (``name`` as the document has it), read from its
        document without making the record; None when the record is missing or damaged."""
        kept = self._kept.get(id)
        if kept is not None:
            return getattr(kept, name)
        doc = self._docs.get(id)
        if doc is None:
            return None
        try:
            return document(doc).get(name)
        except (ValueError, OSError, AttributeError):
            self._damaged(id, doc)
            return None

    def matching(self, field: str, value: str) -> Iterator[Any]:
        """The records whose ``field`` is the text ``value`` (without escapes), made one at a
        time: a document still in the file is made only when its bytes hold the pair."""
        pair = f'"{field}":"{value}"'.encode()
        for id, doc in self._docs.items():
            if _lacks(doc, pair, field):
                continue
            if type(doc) is dict and doc.get(field) != value:
                continue
            record = self._kept.get(id) or self._make(id, doc)
            if record is not None and getattr(record, field) == value:
                yield record

    def documents(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every (id, parsed document) in catalog order, no record made (for passes that need
        a field or two of each); a damaged one is said and left out."""
        for id, doc in self._docs.items():
            if type(doc) is dict:
                yield id, doc
                continue
            try:
                parsed = document(doc) if type(doc) in _DOCS else None
            except (ValueError, OSError):
                parsed = None
            if type(parsed) is dict:
                yield id, parsed
            elif type(doc) in _DOCS:
                self._damaged(id, doc)


def corrupt(records: Mapping[str, Any]) -> list[str]:
    """The lines said of the damaged records ``records`` met so far (none of a plain dict)."""
    return list(records.damage.values()) if isinstance(records, ReadRecords) else []


def names_of(records: Mapping[str, Any]) -> list[tuple[str, str, str, int]]:
    """(id, name, kind, articles) of every actor or agreement (an agreement's kind ""), in
    catalog order; of ``ReadRecords`` read from the documents, no record made (a picker of
    every record by name)."""
    if isinstance(records, ReadRecords):
        return [
            (id, str(doc.get("name")), str(doc.get("kind") or ""), len(doc.get("articles") or ()))
            for id, doc in records.documents()
        ]
    return [(r.id, r.name, getattr(r, "kind", ""), len(r.articles)) for r in records.values()]

