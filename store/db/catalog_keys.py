"""Where each record of a base catalog lies (``PATH.keys``), so a writer opens a large store
without passing over every line of its catalog.

A base catalog is never changed in place (a compaction writes a new one and renames it), so
what one pass over its lines found (``catalog_lines.read_lines``: each record's key, id and
place, its tables, the ids found twice) holds for as long as the file does. The writer that
made that pass saves it here, stamped with the base file's identity (inode, size and mtime, as
``verified`` notes files), and the next writer reads it back in one go instead of scanning
again. Derived data, never a reason to refuse a store: a file that is missing, damaged, of
another format or stamped for another base means "scan the lines", and that writer saves it
again. The first and last record of each table are checked against their ids before it is
trusted.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from store.db.doc_table import ID_OF, Columns, Doc
from store.db.files import read_regular
from store.db.schema import ARTICLES, META
from store.paths import safe_path

MAGIC = b"pactscope-keys 2\n"
"""The first line; the digit is the format, bumped when what is saved changes."""

Signature = tuple[int, int, int]


def keys_path(path: Path) -> Path:
    """The key file beside the catalog at ``path``."""
    return path.with_name(path.name + ".keys")


def file_signature(fd: int) -> Signature:
    st = os.fstat(fd)
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def encode(signature: Signature, lines: Any, raw_tables: frozenset[str]) -> bytes | None:
    """What a pass over a base found (``catalog_lines.Lines``, its documents still in the
    file, before the journal is applied), as the key file's bytes; None when some document
    of a raw table was parsed by the pass (not in the usual shape) or a key is not as
    TinyDB writes one: nothing is saved then.

    A raw table is saved as columns (``doc_table.Columns``): its keys, starts and ends as
    arrays, each row's id in one text, the rows in the order of their ids, and whether its
    keys ascend and its ids are all different."""
    tables: list[tuple[Any, ...]] = []
    for table, docs in lines.data.items():
        known = lines.ids.get(table, {})
        if table in raw_tables:
            columns = _columns(docs, known)
            if columns is None:
                return None
            tables.append((table, True, *columns))
        elif table != META:
            tables.append((table, False, docs, list(known), list(known.values())))
    files = lines.files
    file_ids, file_names = _text(files), _text(files.values())
    if file_ids is None or file_names is None:
        return None
    articles = next((t for t in tables if t[0] == ARTICLES and t[1]), None)
    if articles is not None and articles[-1] and file_ids == articles[5]:
        file_ids = b""  # the usual case: each article's file, in the order of the rows
    payload = marshal.dumps((signature, tables, lines.duplicates, file_ids, file_names, len(files)))
    return MAGIC + b"%08x\n" % zlib.crc32(payload) + payload


def _columns(docs: dict[str, Any], known: dict[str, str]) -> tuple[Any, ...] | None:
    """A raw table's columns (see ``encode``), or None when they cannot be saved."""
    keys, starts, ends = array("q"), array("q"), array("q")
    try:
        for key, doc in docs.items():
            if type(doc) is not Doc or str(int(key)) != key:
                return None
            keys.append(int(key))
            starts.append(doc.start)
            ends.append(doc.end)
    except (ValueError, OverflowError):
        return None
    of_key = {key: id for id, key in known.items()}
    ids: list[str] = []
    for key, doc in docs.items():
        id = of_key.get(key)
        if id is None:  # an id on two lines: this is the earlier
            found = ID_OF.match(doc.head(1024))
            if found is None:
                return None
            id = found[1].decode("utf-8", "replace")
        ids.append(id)
    text = _text(ids)
    if text is None:
        return None
    order = array("q", sorted(range(len(ids)), key=ids.__getitem__))
    listed = keys.tolist()
    ordered = all(a < b for a, b in zip(listed, listed[1:], strict=False))
    unique = len(known) == len(ids)
    return keys.tobytes(), starts.tobytes(), ends.tobytes(), text, order.tobytes(), ordered, unique


def _text(items: Iterable[str]) -> bytes | None:
    """Texts as one, a line each (None when one holds a newline: a line of the catalog never does)."""
    items = list(items)
    text = "\n".join(items).encode("utf-8", "surrogatepass")
    return text if not items or text.count(b"\n") + 1 == len(items) else None


def save(path: Path, encoded: bytes) -> None:
    """Write the key file of the catalog at ``path`` (best effort: a failure leaves it missing)."""
    target = keys_path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # ``leftovers`` knows it
    try:
        with open(tmp, "wb") as fh:
            fh.write(encoded)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def of_format(path: Path) -> bool | None:
    """Whether the key file beside the catalog at ``path`` is of this release's format; None
    when there is none (or it cannot be read)."""
    try:
        with open(keys_path(path), "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return None


def keys_problem(path: Path) -> str | None:
    """A line for ``doctor`` when the key file is there, of this format, but damaged (one of
    another base or format is what every compaction or an older release leaves: no problem)."""
    try:
        raw = read_regular(keys_path(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{safe_path(keys_path(path))}: cannot read ({exc.strerror}); the next writer saves it again"
    if raw.startswith(b"pactscope-keys ") and not raw.startswith(MAGIC):
        return None
    try:
        _payload(raw)
    except (ValueError, EOFError, TypeError):
        return f"{safe_path(keys_path(path))}: the catalog's key file is damaged; the next writer saves it again"
    return None


def _payload(raw: bytes) -> tuple[tuple[Any, ...], Signature]:
    """The saved value of a key file's bytes and the base signature it is stamped with;
    ValueError when they are not whole."""
    head = len(MAGIC) + 9
    if not raw.startswith(MAGIC) or raw[head - 1 : head] != b"\n":
        raise ValueError("not a key file")
    if int(raw[len(MAGIC) : head - 1], 16) != zlib.crc32(memoryview(raw)[head:]):
        raise ValueError("damaged")
    saved = marshal.loads(memoryview(raw)[head:])
    return saved, tuple(saved[0])


def load(path: Path, signature: Signature) -> tuple[Any, ...] | None:
    """What ``save`` saved for the base of ``signature``: (tables, duplicates, files), each
    raw table as (name, True, keys, starts, ends, ids, order, ordered, unique) (``encode``)
    and any other as (name, False, documents, ids, id keys), files as (article ids, their
    files) or None; None when the file is missing, damaged or of another base, or its
    columns do not agree in length."""
    try:
        raw = read_regular(keys_path(path))
    except OSError:
        return None
    try:
        (saved, tables, duplicates, file_ids, files, count), stamp = _payload(raw)
        if stamp != tuple(signature):
            return None
        for table in tables:
            if table[1] and not _whole(table):
                return None
        if count and (files.count(b"\n") + 1 != count or (file_ids and file_ids.count(b"\n") + 1 != count)):
            return None
        articles = next((t for t in tables if t[0] == ARTICLES and t[1]), None)
        if count and not file_ids and (articles is None or len(articles[2]) != 8 * count):
            return None  # each article's file by row: as many as the rows
    except (ValueError, EOFError, TypeError):
        return None
    return tables, duplicates, (file_ids, files, count)


def _whole(table: tuple[Any, ...]) -> bool:
    """Whether a saved raw table's columns are all of one length."""
    _, _, keys, starts, ends, ids, order, _, _ = table
    rows = len(keys) // 8
    return (
        len(keys) == len(starts) == len(ends) == len(order) == rows * 8
        and (ids.count(b"\n") + 1 if rows else 0) == rows
        and (rows or not ids)
    )


def files_of(saved: tuple[bytes, bytes, int], articles: Columns | None) -> Mapping[str, str]:
    """Article id -> file as ``load`` gave them (checked there to agree in number); by the
    rows of ``articles`` when no ids were saved (``RowFiles``)."""
    file_ids, files, count = saved
    if not count:
        return {}
    names = files.decode("utf-8", "surrogatepass").split("\n")
    if not file_ids and articles is not None:
        return RowFiles(articles, names)
    return dict(zip(file_ids.decode("utf-8", "surrogatepass").split("\n"), names, strict=True))


class RowFiles(Mapping[str, str]):
    """Every article's file in the order of its rows (``cols``): no dict of 50k made for
    the one question a writer asks of them (``LazyRecords.inverse``)."""

    __slots__ = ("cols", "names")

    def __init__(self, cols: Columns, names: list[str]) -> None:
        self.cols, self.names = cols, names

    def __getitem__(self, id: str) -> str:
        row = self.cols.row_of_id(id)
        if row is None:
            raise KeyError(id)
        return self.names[row]

    def __contains__(self, id: object) -> bool:
        return self.cols.row_of_id(id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.cols.ids())

    def __len__(self) -> int:
        return len(self.names)

    def values(self) -> Any:
        return self.names


def places(starts: bytes, ends: bytes) -> tuple[array[int], array[int]]:
    """The start and end offsets of a raw table's documents, as saved."""
    a, b = array("q"), array("q")
    a.frombytes(starts)
    b.frombytes(ends)
    return a, b

