"""A writer's or lazy reader's tables of a large catalog, made of the saved key file's columns.

Opening a 50k-article store made an object for each of its 146,000 documents (``Doc``: where
its line lies) and a dict of every table's ids, though adding a few articles reads a few
hundred of them. Here a table read from the key file (``catalog_keys``) stays as its saved
columns (``Columns``: each document's key and place in arrays, the ids as one text, their
sorted order as an array): a ``Doc`` is made when its key is read, an id is found by a binary
search, and the writes of the session (and the journal's) lie in a small overlay beside the
columns (``Overlay``). ``DocTable`` is a table (key -> document), ``IdMap`` a table's ids
(id -> key), ``Held`` what ``LazyRecords`` holds (id -> document, or the record made of it).
Each behaves as the dict it replaces, in the same order.
"""

from __future__ import annotations

import contextlib
import os
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from itertools import chain, filterfalse, repeat
from typing import Any

ID_OF = re.compile(rb'\{"id":"([^"\\]*)"')  # a document's id, as ``schema`` writes it first


class Base:
    """The open base catalog a writer's unread documents are read from (closed when the
    last of them goes: a compaction's rename leaves the file it read readable)."""

    __slots__ = ("fd",)

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __del__(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)


class Doc:
    """A document still in the base catalog: where its bytes are (a few dozen bytes of
    memory instead of its line, or its parse)."""

    __slots__ = ("base", "start", "end")

    def __init__(self, base: Base, start: int, end: int) -> None:
        self.base, self.start, self.end = base, start, end

    def head(self, size: int) -> bytes:
        """The document's first ``size`` bytes (fewer when it is shorter)."""
        return os.pread(self.base.fd, min(size, self.end - self.start), self.start)

    def raw(self) -> bytes:
        """The document's bytes, read from the file; ValueError when they are not all there
        (the file was cut behind the writer's back)."""
        found = os.pread(self.base.fd, self.end - self.start, self.start)
        if len(found) != self.end - self.start:
            raise ValueError("a catalog document lies past the end of the file")
        return found


_NO: Any = object()


class Columns:
    """One table as the key file saved it: per row (in file order) its document's key and
    place, and its record id; ``order``: the rows sorted by id (equal ids in row order);
    ``ordered``: the keys ascend; ``unique``: no id is on two rows."""

    __slots__ = (
        "base", "keys", "starts", "ends", "order", "ordered", "unique",
        "_text", "_ids", "_key_rows", "_found", "_once",
    )

    def __init__(
        self, base: Base, keys: array[int], starts: array[int], ends: array[int], ids: bytes,
        order: array[int], *, ordered: bool, unique: bool,
    ) -> None:
        self.base, self.keys, self.starts, self.ends, self.order = base, keys, starts, ends, order
        self.ordered, self.unique = ordered, unique
        self._text = ids
        self._ids: list[str] | None = None
        self._key_rows: dict[str, int] | None = None
        self._once: list[str] | None = None
        self._found: dict[str, int | None] = {}  # ids looked up (each is, a few times over)

    def ids(self) -> list[str]:
        """Each row's record id (split from the saved text when first asked for)."""
        if self._ids is None:
            self._ids = self._text.decode("utf-8", "surrogatepass").split("\n") if len(self.keys) else []
            self._text = b""
        return self._ids

    def id_order(self) -> list[str]:
        """The ids once each, in the order a dict filled row by row holds them."""
        if self.unique:
            return self.ids()
        if self._once is None:
            self._once = list(dict.fromkeys(self.ids()))
        return self._once

    def row_of_id(self, id: object) -> int | None:
        """The row of the record ``id`` (the last, when it is on more than one)."""
        if type(id) is not str:
            return None
        row = self._found.get(id, _NO)
        if row is _NO:
            ids = self.ids()
            at = bisect_right(self.order, id, key=ids.__getitem__)
            row = self._found[id] = self.order[at - 1] if at and ids[self.order[at - 1]] == id else None
        return row  # type: ignore[no-any-return]

    def row_of_key(self, key: object) -> int | None:
        """The row of the document key ``key`` (as TinyDB writes one: digits, no leading 0)."""
        if self.ordered:
            if type(key) is not str or not (key.isascii() and key.isdigit()) or (key[0] == "0" and key != "0"):
                return None
            k = int(key)
            at = bisect_right(self.keys, k)
            return at - 1 if at and self.keys[at - 1] == k else None
        if self._key_rows is None:
            self._key_rows = dict(zip(map(str, self.keys), range(len(self.keys)), strict=True))
        return self._key_rows.get(key) if type(key) is str else None

    def doc(self, row: int) -> Doc:
        return Doc(self.base, self.starts[row], self.ends[row])


class Overlay(MutableMapping[str, Any]):
    """A mapping over a base that is never changed (``_base``, ``_has``, ``_base_keys``):
    what is written since lies beside it, as a dict would order it (a replaced entry keeps
    its place, a new one goes last, one removed and written again goes last)."""

    __slots__ = ("_over", "_gone", "_added")

    def __init__(self) -> None:
        self._over: dict[str, Any] = {}  # entries of the base replaced
        self._gone: set[str] = set()  # entries of the base removed
        self._added: dict[str, Any] = {}  # entries not in the base (or removed and written again)

    def _base(self, key: Any) -> Any:
        raise NotImplementedError

    def _has(self, key: Any) -> bool:
        raise NotImplementedError

    def _base_keys(self) -> Iterable[str]:
        raise NotImplementedError

    def _base_len(self) -> int:
        raise NotImplementedError

    def __getitem__(self, key: Any) -> Any:
        found = self._added.get(key, _NO)
        if found is _NO:
            found = self._over.get(key, _NO)
            if found is _NO:
                if key in self._gone:
                    raise KeyError(key)
                found = self._base(key)
                if found is _NO:
                    raise KeyError(key)
        return found

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def _live(self, key: Any) -> bool:
        return key not in self._gone and (key in self._over or self._has(key))

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self._added or not self._live(key):
            self._added[key] = value
        else:
            self._over[key] = value

    def __delitem__(self, key: Any) -> None:
        if key in self._added:
            del self._added[key]
        elif self._live(key):
            self._gone.add(key)
            self._over.pop(key, None)
        else:
            raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return key in self._added or self._live(key)

    def __len__(self) -> int:
        return self._base_len() - len(self._gone) + len(self._added)

    def __iter__(self) -> Iterator[str]:
        keys: Iterable[str] = self._base_keys()
        if self._gone:
            keys = filterfalse(self._gone.__contains__, keys)
        return chain(keys, self._added)


class DocTable(Overlay):
    """A raw table (document key -> document) over its saved columns."""

    __slots__ = ("cols",)

    def __init__(self, cols: Columns) -> None:
        super().__init__()
        self.cols = cols

    def _base(self, key: Any) -> Any:
        row = self.cols.row_of_key(key)
        return _NO if row is None else self.cols.doc(row)

    def _has(self, key: Any) -> bool:
        return self.cols.row_of_key(key) is not None

    def _base_keys(self) -> Iterable[str]:
        return map(str, self.cols.keys)

    def _base_len(self) -> int:
        return len(self.cols.keys)

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """(key, document) in order, the base's read row by row (a compaction's pass)."""
        cols, over, gone = self.cols, self._over, self._gone
        for row, k in enumerate(cols.keys):
            key = str(k)
            if key in gone:
                continue
            found = over.get(key, _NO)
            yield key, cols.doc(row) if found is _NO else found
        yield from self._added.items()

    def largest(self) -> int:
        """The largest document key (0 of an empty table), as TinyDB numbers on from it."""
        keys, gone = self.cols.keys, self._gone
        if not len(keys):
            base = 0
        elif not gone:
            base = keys[-1] if self.cols.ordered else max(keys)
        elif self.cols.ordered:
            base = next((k for k in reversed(keys) if str(k) not in gone), 0)
        else:
            base = max((k for k in keys if str(k) not in gone), default=0)
        return max(base, max(map(int, self._added), default=0))


def largest_key(docs: Mapping[str, Any]) -> int:
    """The largest document key of a table (0 when it is empty)."""
    if type(docs) is DocTable:
        return docs.largest()
    return max(map(int, docs), default=0)


def in_key_order(ids: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """The (id, document key) pairs in the order of their keys (as TinyDB numbers documents):
    as they are when already so, as a catalog in lines gives them (checked in C), else sorted."""
    keys = list(map(int, ids.values()))
    if keys == sorted(keys):
        return ids.items()
    return sorted(ids.items(), key=lambda p: int(p[1]))


class IdMap(Overlay):
    """A raw table's record ids (id -> document key) over its saved columns."""

    __slots__ = ("cols",)

    def __init__(self, cols: Columns) -> None:
        super().__init__()
        self.cols = cols

    def _base(self, id: Any) -> Any:
        row = self.cols.row_of_id(id)
        return _NO if row is None else str(self.cols.keys[row])

    def _has(self, id: Any) -> bool:
        return self.cols.row_of_id(id) is not None

    def _base_keys(self) -> Iterable[str]:
        return self.cols.id_order()

    def _base_len(self) -> int:
        return len(self.cols.keys) if self.cols.unique else len(self.cols.id_order())

    def snapshot(self) -> IdMap:
        """A copy as it is now (the columns shared: they never change)."""
        copy = IdMap(self.cols)
        copy._over, copy._gone, copy._added = dict(self._over), set(self._gone), dict(self._added)
        return copy

    def key_ordered(self) -> bool:
        """Whether the ids come in the order of their keys (surely; False when unsure)."""
        cols = self.cols
        if not (cols.ordered and cols.unique) or self._over:
            return False
        last = cols.keys[-1] if len(cols.keys) else 0
        for key in self._added.values():
            if int(key) <= last:
                return False
            last = int(key)
        return True


class Held(Overlay):
    """What ``LazyRecords`` holds of a raw table (id -> its document, or the record made of
    it): the table's ids as ``load`` found them and the document each key has in ``docs``.
    ``by_key``: in the order of the document keys (the articles, as they were ingested)."""

    __slots__ = ("ids", "docs", "_order")

    def __init__(self, ids: IdMap, docs: DocTable, *, by_key: bool) -> None:
        super().__init__()
        self.ids, self.docs = ids, docs
        self._order: list[str] | None = None
        if by_key and not ids.key_ordered():
            self._order = [id for id, _ in in_key_order(ids)]

    def _base(self, id: Any) -> Any:
        key = self.ids.get(id)
        return _NO if key is None else self.docs.get(key, _NO)

    def _has(self, id: Any) -> bool:
        return id in self.ids

    def _base_keys(self) -> Iterable[str]:
        return self.ids if self._order is None else self._order

    def _base_len(self) -> int:
        return len(self.ids)

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """(id, what is held) in order; the base's read row by row (a reader's pass)."""
        ids, docs = self.ids, self.docs
        cols = ids.cols
        if self._order is not None or not cols.unique or ids._over or docs.cols is not cols:
            yield from ((id, self[id]) for id in self)
            return
        odd: set[int] = set()  # rows not read straight from the columns: written or gone since
        for row in chain(
            map(cols.row_of_id, chain(self._gone, self._over, ids._gone)),
            map(cols.row_of_key, chain(docs._over, docs._gone)),
        ):
            if row is not None:
                odd.add(row)
        names, base, starts, ends = cols.ids(), cols.base, cols.starts, cols.ends
        at = 0
        for row in [*sorted(odd), len(names)]:
            if at < row:  # a stretch of rows as saved, made at the speed of C but for each Doc
                yield from zip(names[at:row], map(Doc, repeat(base), starts[at:row], ends[at:row]), strict=True)
            if row < len(names) and names[row] not in self._gone and names[row] not in ids._gone:
                found = self.get(names[row], _NO)
                if found is not _NO:
                    yield names[row], found
            at = row + 1
        for id in ids._added:
            if id not in self._gone:
                yield id, self[id]
        yield from self._added.items()

    def unsettled(self, known: Mapping[str, Any]) -> list[str]:
        """The ids whose item is not a document still in the base file, or whose field
        ``known`` does not give (``LazyRecords.inverse``), found without a pass over all."""
        ids, docs = self.ids, self.docs
        base_ids = ids.cols.ids()
        maybe: list[str] = [*self._added, *self._over, *ids._added, *ids._over]
        for key in chain(docs._over, docs._added):
            row = docs.cols.row_of_key(key)
            if row is not None and docs.cols is ids.cols:
                maybe.append(base_ids[row])
            elif row is not None:
                return [id for id, item in self.items() if type(item) is not Doc or id not in known]
        if getattr(known, "cols", None) is not ids.cols:  # (``RowFiles``: each base row has one)
            maybe.extend(filterfalse(known.__contains__, base_ids))
        return [
            id for id in dict.fromkeys(maybe)
            if id in self and (type(self[id]) is not Doc or id not in known)
        ]

    def missing(self, known: Mapping[str, Any]) -> set[str]:
        """The ids ``known`` gives that are not held (of ``RowFiles``: those gone since)."""
        if getattr(known, "cols", None) is not self.ids.cols:
            return set(known.keys() - self.keys())
        return {id for id in self._gone | self.ids._gone if id in known and id not in self}
