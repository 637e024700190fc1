"""The body segment ``PATH.bodies``: one JSON line per article body, append-only.

Each line holds the ``Body`` (text, structure, mentions) and the article's ``Extraction``
(so entities can be rebuilt when an article is replaced). The catalog points at each line by
``(offset, length)`` and records the committed length; a writer fsyncs the segment before the
catalog commit that references it, and on opening truncates bytes past the committed length
(left by a writer that died before its commit).
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

import orjson

from store.db.files import open_regular
from store.db.json_storage import READ_ONLY_ERRNOS
from store.errors import StoreCorrupt, StoreError, StoreReadOnly
from store.paths import bodies_path, safe_path

# A sealed line is ``{"crc":"xxxxxxxx",`` + the rest of the record's JSON: still one JSON
# object, whose CRC-32 (8 hex digits) covers every byte after this prefix but the newline.
_SEAL = b'{"crc":"'
_SEALED = len(_SEAL) + 10  # the prefix, 8 hex digits, '",'
WRITE_BUFFER = 1 << 20
"""Bytes a writer gathers before it writes them to the segment: an article's line (about
13 kB) went to the kernel as several writes of its pieces; now many lines go at once. What
is gathered is written before any read or sync, so a commit's fsync covers it."""
JOIN_BELOW = 1 << 16
"""A line of fewer bytes (nearly every article's) is joined before it is sealed and written:
a checksum and a buffered write per piece cost more than the copy."""


def seal_prefix_of(crc: int) -> bytes:
    """The opening of a sealed line whose bytes after it (but the newline) have CRC ``crc``."""
    return b"%s%08x\"," % (_SEAL, crc)


def seal_prefix(payload: bytes) -> bytes:
    """What replaces the opening brace of ``payload`` (one JSON object) in a sealed line:
    the brace and the checksum of the rest as its first key. Written before
    ``payload[1:]``, so a line of many megabytes is never copied to be sealed."""
    if not payload.startswith(b"{") or payload == b"{}":
        raise ValueError("a body line is a non-empty JSON object")
    with memoryview(payload) as view:
        return seal_prefix_of(zlib.crc32(view[1:]))


def seal(payload: bytes) -> bytes:
    """``payload`` with its checksum spliced in as its first key (see ``seal_prefix``)."""
    return seal_prefix(payload) + payload[1:]


def unseal_problem(line: bytes, offset: int, required_from: int) -> str | None:
    """Why the segment line at ``offset`` fails its checksum (None when it holds).

    A line without a checksum passes only before ``required_from`` (written by version 1).
    """
    body = line[:-1] if line.endswith(b"\n") else line
    if not body.startswith(_SEAL):
        return "it has no checksum" if offset >= required_from else None
    try:
        stored = int(body[len(_SEAL) : len(_SEAL) + 8], 16)
    except ValueError:
        return "its checksum is damaged"
    if body[len(_SEAL) + 8 : _SEALED] != b'",' or zlib.crc32(body[_SEALED:]) != stored:
        return "its checksum does not match its bytes"
    return None


def refuse_orphan_segment(segment: Path, catalog: Path) -> None:
    """StoreCorrupt when a segment holds articles but its catalog is missing.

    A new store writes its empty catalog before any body byte, so this always means the
    catalog was lost; its articles are kept for ``doctor --repair`` instead of truncated away.
    """
    try:
        size = segment.stat().st_size
    except FileNotFoundError:
        return
    if size:
        raise StoreCorrupt(
            f"{safe_path(catalog)}: the catalog is missing but {safe_path(segment)} holds "
            f"{size} bytes of articles; recover them with 'pactscope doctor --repair NEW.json' "
            "or remove that file to start afresh"
        )


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def refuse_lost_catalog(catalog: Path) -> None:
    """StoreCorrupt when the catalog is absent but the store was there: its segment holds
    articles, or the catalog is a symlink to nothing. Readers and writers alike stop, so an
    export of nothing or a fresh empty store never passes for the articles that were lost."""
    if os.path.islink(catalog):
        raise StoreCorrupt(
            f"{safe_path(catalog)}: the catalog is a dangling symlink (to "
            f"{safe_path(os.readlink(catalog))[:200]}); restore its target, or recover the "
            "articles with 'pactscope doctor --repair NEW.json'"
        )
    refuse_orphan_segment(bodies_path(catalog), catalog)


class BodySegment:
    """Reads lines by (offset, length); a writable segment also appends."""

    def __init__(
        self, path: Path, *, write: bool = False, committed: int = 0, checked_from: int = 0
    ) -> None:
        self.path = path
        self.checked_from = checked_from  # lines from here on must carry a checksum
        self._fh = None
        self._read_fd: int | None = None
        self.length = committed
        if write:
            self._open_for_write(committed)

    def _open_for_write(self, committed: int) -> None:
        try:
            fd = open_regular(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno not in READ_ONLY_ERRNOS:
                raise
            reason = (exc.strerror or "permission denied").lower()
            raise StoreReadOnly(f"{safe_path(self.path)}: cannot write ({reason})") from None
        fh = os.fdopen(fd, "r+b", buffering=WRITE_BUFFER)
        size = os.fstat(fd).st_size
        if size < committed:
            fh.close()
            raise StoreCorrupt(
                f"{safe_path(self.path)}: body segment is shorter ({size} bytes) than the catalog "
                f"records ({committed}); run 'pactscope doctor'"
            )
        if size > committed:
            fh.truncate(committed)  # bytes an interrupted writer never committed
            os.fsync(fd)
        fh.seek(committed)
        self._fh = fh
        self.length = committed

    def append(self, record: dict[str, Any]) -> tuple[int, int]:
        """Write one line; return its (offset, length). Durable only after ``sync()``."""
        return self.append_json(orjson.dumps(record))

    def append_json(self, payload: bytes) -> tuple[int, int]:
        """``append`` for a record already encoded as one JSON object (no newline in it)."""
        return self.append_parts([payload])

    def append_parts(self, parts: list[Any]) -> tuple[int, int]:
        """``append_json`` for a record given as pieces of JSON (bytes or views) that join into
        one object: sealed and written piece by piece, never joined in memory."""
        if self._fh is None:
            raise StoreReadOnly(f"{safe_path(self.path)}: the store is open read-only")
        first = memoryview(parts[0])
        if not parts[0] or first[0] != ord("{") or b"".join(parts[:2]) == b"{}":
            raise ValueError("a body line is a non-empty JSON object")
        if len(parts) > 1 and sum(map(len, parts)) <= JOIN_BELOW:
            return self.append_parts([b"".join(parts)])  # one checksum and one write, not one per piece
        crc = zlib.crc32(first[1:])
        for part in parts[1:]:
            crc = zlib.crc32(part, crc)
        prefix = seal_prefix_of(crc)
        offset = self.length
        self._fh.write(prefix)
        self._fh.write(first[1:])
        length = len(prefix) + len(first) - 1
        for part in parts[1:]:
            self._fh.write(part)
            length += len(part)
        self._fh.write(b"\n")
        length += 1
        self.length += length
        return offset, length

    def sync(self) -> int:
        """Flush and fsync what was appended; return the length to record as committed."""
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
        return self.length

    def read(self, offset: int, length: int) -> dict[str, Any]:
        """The record at (offset, length); StoreCorrupt when the bytes are not one.

        Uses one descriptor and ``pread``, so reads from several threads do not interfere.
        """
        if self._fh is not None:
            self._fh.flush()
        if self._read_fd is None:
            try:
                self._read_fd = open_regular(self.path)
            except FileNotFoundError:
                raise StoreCorrupt(f"{safe_path(self.path)}: body segment is missing") from None
            except OSError as exc:  # not stdout's fault, nor a bug: say which file and why
                raise StoreError(
                    f"{safe_path(self.path)}: cannot read the body segment ({_reason(exc)})"
                ) from None
        try:
            raw = os.pread(self._read_fd, length, offset) if length > 0 else b""
        except OSError as exc:
            raise StoreError(
                f"{safe_path(self.path)}: cannot read the body at offset {offset} ({_reason(exc)})"
            ) from None
        if len(raw) != length or length <= 0:
            raise StoreCorrupt(f"{safe_path(self.path)}: body at offset {offset} is cut short")
        problem = unseal_problem(raw, offset, self.checked_from)
        if problem is not None:
            raise StoreCorrupt(
                f"{safe_path(self.path)}: body at offset {offset} is damaged ({problem}); "
                "run 'pactscope doctor'"
            )
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise StoreCorrupt(
                f"{safe_path(self.path)}: body at offset {offset} is damaged"
            ) from None
        if not isinstance(record, dict):
            raise StoreCorrupt(f"{safe_path(self.path)}: body at offset {offset} is damaged")
        return record

    def close(self) -> None:
        if self._read_fd is not None:
            os.close(self._read_fd)
            self._read_fd = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None
