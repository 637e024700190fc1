"""The catalog file with one document per line, so a writer opens it without parsing it all.

The file is still one JSON object (TinyDB and any JSON reader read it as before), laid out as
the meta table on the first line, then each table opened on a line of its own, one document
per line, and closed on a line of its own::

    {"meta":{"1":{...}}
    ,"articles":{
    "1":{"id":"...",...},
    "2":{"id":"...",...}
    }
    ,"actors":{
    }
    }

A writer adding a few articles reads a few hundred of its records: ``read_lines`` passes once
over the file's lines (memory-mapped, the pages it passed let go as it goes) and keeps of each
article, actor and agreement only where its document lies (``Doc``), with the record id read
from the line's first bytes; a document is read from the file and parsed when it is first
read. Opening costs one pass over the lines instead of a parse of every record, and memory
in proportion to the number of records, not to their size. ``encode_lines`` writes the
tables back the same way, an unread document as the bytes it was read as (neither parsed nor
encoded). The writer keeps the file it read open for that; a compaction's rename leaves it
readable, and nothing writes into a catalog in place.

A catalog in the older layout (the whole object on one line) is not in lines: it is parsed
whole (``json_storage.parse_catalog``) and written in lines by the next writer, once.
A line that does not fit the layout is damage, named by its line number and record.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from store.db import catalog_keys
from store.db.doc_table import ID_OF, Base, Columns, Doc, DocTable, IdMap
from store.db.schema import ACTORS, AGREEMENTS, ARTICLES, META
from store.errors import StoreCorrupt
from store.paths import safe_path

RAW_TABLES = frozenset({ARTICLES, ACTORS, AGREEMENTS})
"""Tables whose documents a writer keeps as bytes until read; the others (the corrections log,
the undo images) are small and parsed at once."""

_HEAD = b'{"' + META.encode() + b'":'
_MAX_HEAD = 1 << 16
_DROP = 1 << 25  # bytes scanned between two releases of the scanned pages  # the meta line is a few hundred bytes; the older layout has no newline
_DOC_LINE = re.compile(rb'"(\d+)":(\{"id":"([^"\\]*)")(?:,"file":"([^"\\]*)")?')
"""A line of such a document: its key, where it starts, its id, and an article's file."""


def is_lines(head: bytes) -> bool:
    """Whether a catalog whose first bytes are ``head`` is in lines (its meta line is whole)."""
    end = head.find(b"\n", 0, _MAX_HEAD)
    return head.startswith(_HEAD) and end > 0 and head[end - 1 : end] == b"}"


@dataclass(slots=True)
class Lines:
    """A catalog read in lines: its tables (key -> document, parsed or as bytes), each table's
    record ids (id -> key), and the ids found twice."""

    data: dict[str, Any]
    ids: dict[str, dict[str, str]]
    duplicates: list[str]
    files: dict[str, str] | tuple[str, str, int]  # article id -> its file, as its line gave it
    # (without escapes); from the key file, as saved there (``catalog_keys.files_of``)
    keys: bytes | None = None  # what the pass found, for ``catalog_keys`` (``keep``)


def apply_patch(doc: dict[str, Any], patch: dict[str, Any]) -> None:
    """``diff_doc`` undone: ``doc`` becomes the document the patch was taken from;
    ValueError when the patch does not fit the document (damage)."""
    try:
        for key, value in (patch.get("set") or {}).items():
            doc[key] = value
        for key, value in (patch.get("merge") or {}).items():
            doc[key].update(value)
        for key, keys in (patch.get("drop") or {}).items():
            for k in keys:
                del doc[key][k]
        for key, value in (patch.get("extend") or {}).items():
            doc[key].extend(value)
        for key in patch.get("unset") or ():
            del doc[key]
    except (KeyError, TypeError, AttributeError):
        raise ValueError("a journal patch does not fit its record") from None


def line_number(doc: Doc) -> int | str:
    """The line of the catalog file ``doc`` starts on (counted from 1), for a message naming
    a damaged record; "?" when the file cannot be read."""
    count, pos, step = 1, 0, 1 << 20
    try:
        while pos < doc.start:
            chunk = os.pread(doc.base.fd, min(step, doc.start - pos), pos)
            if not chunk:
                break
            count += chunk.count(b"\n")
            pos += len(chunk)
    except OSError:
        return "?"
    return count


class Patched:
    """A document still in the base catalog and the journal's patches to it, oldest first, as
    their JSON bytes: a writer's open leaves a record the journal changed unparsed until it is
    read (after a large ingest the journal patches most actors of the store, and parsed they
    were tens of megabytes no commit of a few articles reads). ``as_dict`` applies them."""

    __slots__ = ("doc", "patches")

    def __init__(self, doc: Doc, patches: list[bytes]) -> None:
        self.doc, self.patches = doc, patches


def as_dict(doc: dict[str, Any] | Doc | Patched | bytes) -> dict[str, Any]:
    """A document as a dict (one still in the file is read and parsed, and patched; one kept as
    its JSON bytes parsed: ValueError when it is not JSON or a patch does not fit it)."""
    if type(doc) is Doc:
        return orjson.loads(doc.raw())  # type: ignore[no-any-return]
    if type(doc) is bytes:
        return orjson.loads(doc)  # type: ignore[no-any-return]
    if type(doc) is Patched:
        found = orjson.loads(doc.doc.raw())
        for patch in doc.patches:  # parsed afresh: an application never sees an earlier one's
            apply_patch(found, orjson.loads(patch))
        return found  # type: ignore[no-any-return]
    return doc  # type: ignore[return-value]


class Parses:
    """Parses of stored documents a writer made records from since its last commit, kept
    while their stored bytes stay within ``limit``, so the commit diffs a changed record
    against its parse instead of reading and parsing the stored document again (a country's
    record runs to a megabyte): memory bounded by what was read since the last commit."""

    __slots__ = ("limit", "size", "kept")

    def __init__(self, limit: int) -> None:
        self.limit, self.size = limit, 0
        self.kept: dict[tuple[str, str], tuple[Doc | Patched, int, dict[str, Any]]] = {}

    def keep(self, key: tuple[str, str], doc: Doc | Patched, found: dict[str, Any]) -> None:
        """``found`` is ``as_dict(doc)``, the stored document of ``key`` (table, record id)."""
        stored, patches = (doc.doc, doc.patches) if type(doc) is Patched else (doc, ())
        size = stored.end - stored.start + sum(map(len, patches))
        if self.size + size <= self.limit:
            self.kept[key] = (doc, len(patches), found)
            self.size += size

    def as_dict(self, key: tuple[str, str], old: Any) -> dict[str, Any]:
        """``as_dict(old)``, the stored document of ``key``: the parse kept when ``old`` is
        still what was parsed (the same place in the file, the same patches)."""
        hit = self.kept.get(key)
        if hit is not None:
            doc, patches, found = hit
            if type(old) is Doc:
                if type(doc) is Doc and doc.base is old.base and (doc.start, doc.end) == (old.start, old.end):
                    return found
            elif old is doc and len(old.patches) == patches:
                return found
        return as_dict(old)


def read_lines(fd: int, path: Path, *, keep: bool = False, save: bool = True) -> Lines | None:
    """The catalog in the open file ``fd`` when it is in lines, else None. StoreCorrupt
    naming the file and the line when a line does not fit. Its articles, actors and
    agreements are ``Doc``s reading from ``fd``, which is theirs to close then. ``keep`` (a
    writer, a lazy reader): what the pass over the lines finds is read from ``catalog_keys``,
    and with ``save`` (a writer) kept to be saved there."""
    size = os.fstat(fd).st_size
    head = os.pread(fd, _MAX_HEAD, 0)
    if not size or not is_lines(head):
        return None
    base = Base(fd)
    signature = catalog_keys.file_signature(fd)
    try:
        found = _from_keys(base, head, path, signature) if keep else None
        if found is not None:
            return found
        with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as view:
            found = _scan(view, size, base, safe_path(path))
    except BaseException:
        base.fd = -1  # not theirs after all: the caller closes it
        raise
    if keep and save:  # saved by the writer once it trusts the store (``AtomicJSONStorage.save_keys``)
        found.keys = catalog_keys.encode(signature, found, RAW_TABLES)
    return found


def _from_keys(base: Base, head: bytes, path: Path, signature: catalog_keys.Signature) -> Lines | None:
    """``read_lines`` from what a writer's pass over this base saved, or None when nothing
    trustworthy is saved for it (the first and last document of each table must be where
    the saved keys say, with their ids). Its raw tables stay as the saved columns
    (``doc_table``): nothing is made per record until that record is read."""
    saved = catalog_keys.load(path, signature)
    if saved is None:
        return None
    tables, duplicates, files = saved
    try:
        data: dict[str, Any] = {META: orjson.loads(head[len(_HEAD) : head.find(b"\n")])}
    except orjson.JSONDecodeError:
        return None
    ids: dict[str, Any] = {}
    for table in tables:
        if table[1]:
            name, _, keys, starts, ends, id_text, order, ordered, unique = table
            begins, stops = catalog_keys.places(starts, ends)
            numbers, by_id = catalog_keys.places(keys, order)
            cols = Columns(base, numbers, begins, stops, id_text, by_id, ordered=ordered, unique=unique)
            if len(keys) and not all(_holds(cols, row) for row in (0, len(cols.keys) - 1)):
                return None
            data[name], ids[name] = DocTable(cols), IdMap(cols)
        else:
            name, _, docs, id_list, id_keys = table
            data[name], ids[name] = docs, dict(zip(id_list, id_keys, strict=True))
    return Lines(data, ids, duplicates, files)


def _holds(cols: Columns, row: int) -> bool:
    """Whether the document saved at ``row`` starts with the id the saved keys give it."""
    try:
        found = ID_OF.match(cols.doc(row).raw())
    except (OSError, ValueError):
        return False
    return found is not None and found[1].decode("utf-8", "replace") == cols.ids()[row]


def _scan(view: mmap.mmap, size: int, base: Base, name: str) -> Lines:
    """``read_lines`` of the mapped file: one pass over its lines, keeping their places."""
    pos = view.find(b"\n") + 1
    head = view[:pos]
    try:
        metas = orjson.loads(head[len(_HEAD) :])
    except orjson.JSONDecodeError:
        _damaged(name, 1, META, "1")
    data: dict[str, Any] = {META: metas}
    ids: dict[str, dict[str, str]] = {}
    duplicates: list[str] = []
    number = 1
    table: str | None = None
    docs: dict[str, Any] = {}
    known: dict[str, str] = {}
    more: bool | None = None  # what the table's next line is: a document (True), its end
    # (False), or either (None: no document yet)
    raw = False  # whether the table's documents stay in the file (``RAW_TABLES``)
    files: dict[str, str] = {}
    match, find, dropped = _DOC_LINE.match, view.find, 0
    while pos < size:
        number += 1
        end = find(b"\n", pos)
        if end < 0:
            if table is None and view[pos:].strip() == b"}":
                return Lines(data, ids, duplicates, files)  # the last line, without its newline
            break  # cut short: the file ends inside this line
        if end - dropped > _DROP:  # what was scanned need not stay in memory
            view.madvise(mmap.MADV_DONTNEED, dropped, (pos - dropped) & ~(mmap.PAGESIZE - 1))
            dropped += (pos - dropped) & ~(mmap.PAGESIZE - 1)
        found = match(view, pos, end) if raw else None
        if found is not None and more is not False:  # the common line, kept lean
            more = view[end - 1] == 44  # a comma: more documents follow
            key, id = found[1].decode(), found[3].decode("utf-8", "replace")
            if key in docs:
                _damaged(name, number, table)
            docs[key] = Doc(base, found.start(2), end - 1 if more else end)
            if id in known:
                duplicates.append(f"{table} id {safe_path(id)[:80]} appears twice")
            known[id] = key
            if found[4] is not None:
                files[id] = found[4].decode("utf-8", "replace")
            pos = end + 1
            continue
        line = view[pos : end + 1]
        pos = end + 1
        if table is None:
            if line == b"}\n":
                if view[pos:].strip():
                    _damaged(name, number + 1, None)
                return Lines(data, ids, duplicates, files)
            if not (line.startswith(b',"') and line.endswith(b'":{\n')):
                _damaged(name, number, None)
            table = line[2:-4].decode("utf-8", "replace")
            if table in data or "\\" in table:
                _damaged(name, number, None)
            docs, known, more = data.setdefault(table, {}), ids.setdefault(table, {}), None
            raw = table in RAW_TABLES
            continue
        if line == b"}\n":
            if more:
                _damaged(name, number, table)
            table = None
            continue
        if more is False or line[:1] != b'"':
            _damaged(name, number, table)
        sep = line.find(b'":', 1)
        key = line[1:sep].decode("ascii", "replace") if sep > 0 else ""
        if not key.isdigit() or key in docs:
            _damaged(name, number, table)
        more = line.endswith(b",\n")
        try:
            parsed = orjson.loads(line[sep + 2 : -2 if more else -1])
        except orjson.JSONDecodeError:
            _damaged(name, number, table, key)
        if not isinstance(parsed, dict):
            _damaged(name, number, table, key)
        docs[key] = parsed
        id = parsed.get("id")
        if raw and type(id) is not str:
            _damaged(name, number, table, key)  # an article, actor or agreement has its id
        if not isinstance(id, str | int):
            continue  # another table's document without an id: found by its key only
        id = str(id)
        if id in known:
            duplicates.append(f"{table} id {safe_path(id)[:80]} appears twice")
        known[id] = key
    raise StoreCorrupt(
        f"{name}: the store file is not valid JSON (damaged or truncated: it ends at line "
        f"{number}, inside {'a table' if table else 'the catalog'})"
    )


def _damaged(name: str, number: int, table: str | None, key: str | None = None) -> Any:
    what = f"the {table} record {key}" if key else (f"a line of the {table} table" if table else "a line")
    raise StoreCorrupt(
        f"{name}: the store file is not valid JSON (damaged: line {number}, {what}); "
        "run 'pactscope doctor'"
    )


def line_of(raw: bytes, lineno: int) -> str:
    """What line ``lineno`` (from 1) of a catalog in lines holds, for a parse error's message:
    "the actors record 12", or "" when ``raw`` is not in lines or the line is no document."""
    if lineno < 2 or not is_lines(raw[:_MAX_HEAD]):
        return ""
    start = 0
    for _ in range(lineno - 1):
        start = raw.find(b"\n", start) + 1
        if start == 0:
            return ""
    key = re.match(rb'"(\d+)":', raw[start : start + 32])
    if key is None:
        return ""
    opener = raw.rfind(b'\n,"', 0, start)
    table = re.match(rb'\n,"([^"\\]*)":\{', raw[opener : opener + 300]) if opener >= 0 else None
    where = table[1].decode("utf-8", "replace") if table else "catalog"
    return f"the {where} record {key[1].decode()} (line {lineno})"


def encode_lines(data: dict[str, Any]) -> Iterator[bytes]:
    """The catalog ``data`` (documents parsed, or as bytes) in lines, piece by piece."""
    dumps = orjson.dumps
    yield _HEAD + dumps(data.get(META) or {}) + b"\n"
    for table, docs in data.items():
        if table == META:
            continue
        yield b"," + dumps(table) + b":{\n"
        left = len(docs)
        for key, doc in docs.items():
            left -= 1
            yield b'"' + str(key).encode() + b'":' + (doc.raw() if type(doc) is Doc else dumps(as_dict(doc)))
            yield b",\n" if left else b"\n"
        yield b"}\n"
    yield b"}\n"


def write_lines(fd: int, pieces: Iterable[bytes]) -> int:
    """Write ``pieces`` to the open file ``fd`` through a large buffer; the bytes written."""
    total = 0
    with open(fd, "wb", buffering=1 << 20, closefd=False) as out:
        for piece in pieces:
            total += out.write(piece)
    return total
