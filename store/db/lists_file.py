"""The bytes of the list file (``PATH.lists``): a base of every line, then a tail of commits.

A commit that adds ten articles to a large store changes a few dozen lines; rewriting the
whole file for them cost a read and a write of every line. The file is laid out as::

    {"format":2,"generation":G,"signature":[...],"base":N}     the stamp of the base
    {"articles":{columns},"actors":{columns}}                  the base: N bytes, every line
    {"from":[...],"to":[...],"generation":G,...} CRC LENGTH    one record per later commit

A record holds the lines its commit wrote (columns) and the ids whose lines went, and is
stamped with the catalog signature (``journal.store_signature``) it goes from and to, so a
reader applies the records that chain on from the base and trusts the result only when it
ends at the catalog's signature. Each record ends with the CRC-32 and the length of its JSON,
so a writer checks the last one from the end of the file alone (the stamp it ends at) and a
record cut short by a kill reads as a stale file (the next writer writes the whole file
again). The tail is folded into a new base (written to a temporary file and renamed) once it
outgrows 1/FOLD_SHARE of the base, so a commit costs what it wrote. Format 1 (one object,
the base alone) is still read; a writer writes format 2 from it at its first commit.
"""

from __future__ import annotations

import contextlib
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from store.db.files import open_regular
from store.errors import StoreError

LISTS_FORMAT = 2
"""Bumped when the columns or the layout change: a file of another format is rebuilt (or,
format 1, read and written again), never misread."""

OLD_FORMAT = 1
FOLD_SHARE = 4
"""The tail is folded into a new base once it holds more than 1/FOLD_SHARE of the base's bytes."""

STAMP = re.compile(rb'^\{"format":(\d+),"generation":\d+,"signature":\[([\d,]*)\](?:,"base":(\d+))?')
"""The head of the file: its format, the signature its base was written for, the base's size."""

ORDERED_START = b'{"ordered":true'
"""How a base written in the lists' orders begins (``lists.write_lists``); a writer writes a
base that does not (an earlier release's) again whole at its next commit."""
_TRAILER = 21  # b" %08x %010d\n": a record's CRC-32 and the length of its JSON
_HEAD_BYTES = 256


def lists_path(path: Path) -> Path:
    """The list file beside the catalog at ``path``."""
    return path.with_name(path.name + ".lists")


@dataclass(slots=True)
class State:
    """What the end of a list file says: the signature it is current for, its format, and the
    bytes of its base and of its tail (what a writer needs to append or fold)."""

    format: int
    signature: tuple[int, ...]
    base: int
    tail: int
    ordered: bool = False  # the base is in the lists' orders

    @property
    def fold_due(self) -> bool:
        return self.tail * FOLD_SHARE > self.base


def write_base(path: Path, header: dict[str, Any], columns: dict[str, Any]) -> None:
    """Replace the list file of the catalog at ``path`` with a base (header and every line),
    by a rename; OSError / StoreError when it cannot be written (the temporary file goes)."""
    target = lists_path(path)
    body = orjson.dumps(columns)
    head = orjson.dumps({"format": LISTS_FORMAT, **header, "base": len(body)})
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # ``leftovers`` knows it
    try:
        with os.fdopen(open_regular(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "wb") as fh:
            fh.write(head + b"\n" + body + b"\n")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def append_record(path: Path, record: dict[str, Any]) -> int:
    """Append one commit's record (sealed with its CRC-32 and length) in one write; its bytes.
    OSError / StoreError when it cannot be written."""
    payload = orjson.dumps(record)
    line = payload + b" %08x %010d\n" % (zlib.crc32(payload), len(payload))
    fd = open_regular(lists_path(path), os.O_WRONLY | os.O_APPEND)
    try:
        if os.write(fd, line) != len(line):
            raise OSError(28, "short write")
    finally:
        os.close(fd)
    return len(line)


def state(path: Path) -> State | None:
    """The ``State`` of the list file from its head and its last record only (a writer asks
    on every commit), or None when it is missing, of an unknown format, or ends damaged."""
    try:
        fd = open_regular(lists_path(path))
    except (OSError, StoreError):
        return None
    try:
        size = os.fstat(fd).st_size
        head = os.pread(fd, _HEAD_BYTES, 0)
        found = STAMP.match(head)
        if found is None:
            return None
        fmt = int(found[1])
        signature = tuple(int(n) for n in found[2].split(b",") if n)
        if fmt == OLD_FORMAT:
            return State(fmt, signature, size, 0)
        if fmt != LISTS_FORMAT or found[3] is None:
            return None
        head_end = head.find(b"\n")
        base_end = head_end + 1 + int(found[3]) + 1  # the head line, the base, its newline
        if head_end < 0 or size < base_end:
            return None
        if size > base_end:
            last = _last_record(fd, size, base_end)
            if last is None:
                return None
            signature = tuple(last["to"])
        ordered = os.pread(fd, len(ORDERED_START), head_end + 1) == ORDERED_START
        return State(fmt, signature, base_end, size - base_end, ordered)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    finally:
        os.close(fd)


def _last_record(fd: int, size: int, start: int) -> dict[str, Any] | None:
    """The file's last record, checked against its CRC; None when it is cut short or damaged."""
    if size - start < _TRAILER:
        return None
    trailer = os.pread(fd, _TRAILER, size - _TRAILER)
    crc, length = _trailer(trailer)
    begin = size - _TRAILER - length
    if begin < start:
        return None
    payload = os.pread(fd, length, begin)
    if zlib.crc32(payload) != crc:
        return None
    return orjson.loads(payload)


def _trailer(trailer: bytes) -> tuple[int, int]:
    if len(trailer) != _TRAILER or trailer[:1] != b" " or trailer[9:10] != b" " or trailer[-1:] != b"\n":
        raise ValueError("not a record's end")
    return int(trailer[1:9], 16), int(trailer[10:-1])


def read(raw: bytes, signature: Sequence[int]) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    """The generation, the base columns and the records of a list file's bytes, when they chain
    on to ``signature``; ValueError (or KeyError / TypeError) when not: damaged, of another
    format, or stamped for another commit."""
    head_end = raw.find(b"\n")
    if head_end < 0:  # format 1: one object, the base alone
        doc = orjson.loads(raw)
        if doc.get("format") != OLD_FORMAT or tuple(doc["signature"]) != tuple(signature):
            raise ValueError("another format, or stamped for another commit")
        return int(doc["generation"]), doc, []
    head = orjson.loads(raw[:head_end])
    if head.get("format") != LISTS_FORMAT:
        raise ValueError("another format")
    pos = head_end + 1 + int(head["base"])
    if raw[pos : pos + 1] != b"\n":
        raise ValueError("the base is cut short")
    base = orjson.loads(raw[head_end + 1 : pos])
    at, generation = tuple(head["signature"]), int(head["generation"])
    records = []
    pos += 1
    while pos < len(raw):
        end = raw.find(b"\n", pos)
        if end < 0:
            raise ValueError("a record is cut short")
        crc, length = _trailer(raw[end + 1 - _TRAILER : end + 1])
        payload = raw[pos : end + 1 - _TRAILER]
        if len(payload) != length or zlib.crc32(payload) != crc:
            raise ValueError("a damaged record")
        record = orjson.loads(payload)
        if tuple(record["from"]) != at:
            raise ValueError("a record that does not chain on")
        at, generation = tuple(record["to"]), int(record["generation"])
        records.append(record)
        pos = end + 1
    if at != tuple(signature):
        raise ValueError("stamped for another commit")
    return generation, base, records
