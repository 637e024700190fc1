"""Records made from their catalog documents when first asked for, not all at open.

A writer adding a few articles to a large store reads a few hundred of its records (those the
new articles name), yet making a dataclass of every document took seconds and hundreds of
megabytes. ``LazyRecords`` is a mapping of id -> record, in catalog order, holding each
record's stored document until it is first read; reading every value (a rebuild, a check of
the whole store) makes them all, as loading did before.

The documents are those of the writer's catalog (parsed, or where they are in its file). A document is only changed in place
by the commit of a record written from it, so one not yet made is the record as committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any

import orjson

from store.db.catalog_lines import Patched, as_dict
from store.db.doc_table import Doc, Held

_HEAD = 512
"""Bytes of a document read first for one of its leading text fields (a country's record runs
to a megabyte, its name is in the first few dozen)."""

_RAW = (dict, Doc, Patched)
"""What an item not made into a record yet is: its document, parsed or still in the catalog
file (``doc_table.Doc``, or ``Patched`` by the journal)."""


class LazyRecords(MutableMapping[str, Any]):
    """id -> record; see the module docstring."""

    __slots__ = ("_items", "_convert", "_raw")

    def __init__(self, convert: Callable[[dict[str, Any]], Any]) -> None:
        self._items: dict[str, Any] = {}
        self._convert = convert
        self._raw = 0  # how many documents are not made yet

    def put_document(self, id: str, doc: dict[str, Any] | Doc) -> None:
        """The record of ``id`` is made from ``doc`` when first read."""
        if type(self._items.get(id)) in _RAW:
            self._raw -= 1
        self._items[id] = doc
        self._raw += 1

    def adopt(self, docs: dict[str, Any]) -> None:
        """Take ``docs`` (id -> document, in catalog order) as the records of an empty mapping."""
        assert not self._items
        self._items, self._raw = docs, len(docs)

    def held(self) -> dict[str, Any]:
        """id -> what is held: a document (parsed, or still in the file) or a record made."""
        return self._items

    @property
    def unmade(self) -> int:
        """Documents not made into records yet."""
        return self._raw

    def peek(
        self, field: str, known: Mapping[str, Any] | None = None, ids: Iterable[str] | None = None
    ) -> Iterator[tuple[str, Any]]:
        """(id, value of ``field``) for every record, making none (a stored field name).
        A text field of a document still in bytes is read from its line when it holds no
        escape (the first ``"field":"`` of a line is that key: quotes inside text are
        escaped), else the line is parsed. ``known``: the field of documents still in the
        file, by id, as their lines gave it (``catalog_lines.Lines.files``), read first.
        ``ids``: only those records, in that order."""
        known = known or {}
        key = b'"' + field.encode() + b'":"'
        items = self._items
        pairs = items.items() if ids is None else ((id, items[id]) for id in ids)
        for id, item in pairs:
            if type(item) is Doc:
                if id in known:
                    yield id, known[id]
                    continue
                item = item.raw()
                start = item.find(key)
                end = item.find(b'"', start + len(key)) if start >= 0 else -1
                text = item[start + len(key) : end] if end >= 0 else b"\\"
                if b"\\" not in text:
                    yield id, text.decode()
                    continue
                item = orjson.loads(item)  # (made again when the record is read)
            if type(item) is Patched:
                item = as_dict(item)  # (made again when the record is read)
            yield id, item[field] if type(item) is dict else getattr(item, field)

    def inverse(self, field: str, known: Mapping[str, Any]) -> dict[Any, str]:
        """{value of ``field``: id} as ``peek(field, known)`` gives the pairs (the last id of
        a value kept). When the values are all different, which is the usual case, the ids
        whose value ``known`` gives are inverted in one go and only the others are peeked
        at: a writer adding a few articles asks which stored article a file is, and a pass
        over every record of a 50k store cost about 20 ms."""
        items = self._items
        found = dict(zip(known.values(), known, strict=True))
        if type(items) is Held:  # over the saved columns: the few not settled, found directly
            rest = items.unsettled(known)
        else:
            rest = [id for id, item in items.items() if type(item) is not Doc or id not in known]
        if len(items) - len(rest) != len(known):  # some of known went, or were written since
            gone = items.missing(known) if type(items) is Held else known.keys() - items.keys()
            for id in gone | (known.keys() & rest):
                if found.get(known[id]) == id:
                    del found[known[id]]
        for id, value in self.peek(field, known, rest):
            found[value] = id
        if len(found) == len(items):  # one value per record, each the record's own
            return found
        return {value: id for id, value in self.peek(field, known)}

    def field(self, id: str, field: str) -> Any:
        """One text field of a record (a stored field name), making no record: read from its
        line when the line holds it without escapes and no journal patch names it, else from
        the document parsed (not kept). KeyError for an unknown id."""
        item = self._items[id]
        if type(item) not in _RAW:
            return getattr(item, field)
        if type(item) is dict:
            return item[field]
        key = b'"' + field.encode() + b'":'
        doc = item.doc if type(item) is Patched else item
        if type(item) is Doc or not any(key in patch for patch in item.patches):
            for raw in (doc.head(_HEAD), doc.raw()):  # the fields of a record come first
                start = raw.find(key + b'"')
                end = raw.find(b'"', start + len(key) + 1) if start >= 0 else -1
                if end >= 0:
                    text = raw[start + len(key) + 1 : end]
                    if b"\\" not in text:
                        return text.decode()
                    break
        return as_dict(item)[field]

    def __getitem__(self, id: str) -> Any:
        item = self._items[id]
        if type(item) in _RAW:
            item = self._items[id] = self._convert(item)
            self._raw -= 1
        return item

    def __setitem__(self, id: str, record: Any) -> None:
        if type(self._items.get(id)) in _RAW:
            self._raw -= 1
        self._items[id] = record

    def __delitem__(self, id: str) -> None:
        if type(self._items[id]) in _RAW:
            self._raw -= 1
        del self._items[id]

    def __contains__(self, id: object) -> bool:
        return id in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def keys(self) -> Any:
        return self._items.keys()  # a plain view: membership tests at C speed

    def _make_all(self) -> None:
        if self._raw:
            for id in self._items:
                self[id]

    def values(self) -> Any:
        self._make_all()
        return self._items.values()

    def items(self) -> Any:
        self._make_all()
        return self._items.items()

    def get(self, id: str, default: Any = None) -> Any:
        item = self._items.get(id, default)  # a record made already (nearly every read): no call
        return self[id] if type(item) in _RAW and item is not default else item


class ReadOnlyRecords(Mapping[str, Any]):
    """A read-only view of records by id that also reads one field of a record without making
    it (``LazyRecords.field``; any other mapping: from the record)."""

    __slots__ = ("_records",)

    def __init__(self, records: Mapping[str, Any]) -> None:
        self._records = records

    def __getitem__(self, id: str) -> Any:
        return self._records[id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, id: object) -> bool:
        return id in self._records

    def get(self, id: str, default: Any = None) -> Any:
        return self._records.get(id, default)

    def field(self, id: str, field: str) -> Any:
        """``field`` of the record ``id``; KeyError when there is none."""
        records = self._records
        if isinstance(records, LazyRecords):
            return records.field(id, field)
        return getattr(records[id], field)
