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
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from store.db.files import read_regular
from store.db.schema import META
from store.paths import safe_path

MAGIC = b"pactscope-keys 1\n"
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
    of a raw table was parsed by the pass (not in the usual shape): nothing is saved then."""
    tables: list[tuple[Any, ...]] = []
    for table, docs in lines.data.items():
        known = lines.ids.get(table, {})
        if table in raw_tables:
            starts, ends = array("q"), array("q")
            for doc in docs.values():
                if not hasattr(doc, "start"):
                    return None
                starts.append(doc.start)
                ends.append(doc.end)
            tables.append((table, True, list(docs), starts.tobytes(), ends.tobytes(), list(known), list(known.values())))
        elif table != META:
            tables.append((table, False, docs, list(known), list(known.values())))
    payload = marshal.dumps((signature, tables, lines.duplicates, list(lines.files), list(lines.files.values())))
    return MAGIC + b"%08x\n" % zlib.crc32(payload) + payload


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
    raw table as (name, True, keys, starts, ends, ids, id keys) and any other as (name, False,
    documents, ids, id keys); None when the file is missing, damaged or of another base."""
    try:
        raw = read_regular(keys_path(path))
    except OSError:
        return None
    try:
        (saved, tables, duplicates, file_ids, files), stamp = _payload(raw)
    except (ValueError, EOFError, TypeError):
        return None
    if stamp != tuple(signature):
        return None
    return tables, duplicates, dict(zip(file_ids, files, strict=True))


def places(starts: bytes, ends: bytes) -> tuple[array[int], array[int]]:
    """The start and end offsets of a raw table's documents, as saved."""
    a, b = array("q"), array("q")
    a.frombytes(starts)
    b.frombytes(ends)
    return a, b


def in_key_order(ids: dict[str, str]) -> Iterable[tuple[str, str]]:
    """The (id, document key) pairs in the order of their keys (as TinyDB numbers documents):
    as they are when already so, as a catalog in lines gives them (checked in C), else sorted."""
    keys = list(map(int, ids.values()))
    if keys == sorted(keys):
        return ids.items()
    return sorted(ids.items(), key=lambda p: int(p[1]))
