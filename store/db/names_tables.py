"""The resolver's name index as sorted tables read in place, so a writer looks up only the names
its new articles use instead of loading every name of the store into memory.

Each part of the index (``names_file.STATE``: a mapping, or a set) is a ``Table``: its keys
encoded as bytes (``encode_key``) and sorted, each with its value marshalled; a lookup is a
binary search over the bytes of the file as read (no object per entry). A ``DiskMap`` or
``DiskSet`` answers the resolver's reads and writes from the tables of the base, the entries the
tail's records changed since (``tail``, as bytes) and what this writer read or wrote
(``mem``, as objects: a value read is kept there, so a change made to it in place is kept
too). ``changed`` gives the entries whose value now differs from what was read, the next
record of the tail; ``entries`` every entry, for a new base.
"""

from __future__ import annotations

import marshal
import struct
import zlib
from collections.abc import Iterator
from typing import Any

_MISSING = object()
_COUNT = struct.Struct("<I")


def encode_key(key: Any) -> bytes:
    """A key of the index as bytes: text, a tuple of texts (joined by NUL), or the
    (party set, family) of an unnamed agreement (parties sorted, joined by SOH)."""
    if type(key) is str:
        return key.encode("utf-8", "surrogatepass")
    if type(key) is tuple and key and isinstance(key[0], frozenset):
        return "\x01".join(sorted(key[0])).encode("utf-8", "surrogatepass") + b"\x00" + encode_key(key[1])
    return "\x00".join(key).encode("utf-8", "surrogatepass")


def decode_key(raw: bytes, unnamed: bool, pair: bool) -> Any:
    """The key ``encode_key`` made ``raw`` from (``unnamed``: an unnamed agreement's; ``pair``:
    a tuple of texts)."""
    text = raw.decode("utf-8", "surrogatepass")
    if unnamed:
        parties, _, family = text.partition("\x00")
        return (frozenset(parties.split("\x01")) if parties else frozenset(), family)
    return tuple(text.split("\x00")) if pair else text


def pack(entries: list[tuple[bytes, bytes]]) -> bytes:
    """A table's bytes from (key, value) pairs sorted by key: the count, the end of each key and
    of each value, then the keys and the values."""
    ends_k, ends_v, at_k, at_v = [], [], 0, 0
    for key, value in entries:
        at_k += len(key)
        at_v += len(value)
        ends_k.append(at_k)
        ends_v.append(at_v)
    n = len(entries)
    return b"".join((
        _COUNT.pack(n),
        struct.pack(f"<{n}I", *ends_k),
        struct.pack(f"<{n}I", *ends_v),
        b"".join(k for k, _ in entries),
        b"".join(v for _, v in entries),
    ))


class Table:
    """One packed table inside ``raw`` at ``start``; see ``pack``."""

    __slots__ = ("_raw", "_n", "_kends", "_vends", "_keys", "_values")

    def __init__(self, raw: bytes, start: int, end: int) -> None:
        view = memoryview(raw)[start:end]
        (n,) = _COUNT.unpack_from(view, 0)
        self._n = n
        ends = view[4 : 4 + 8 * n]
        if len(ends) != 8 * n:
            raise ValueError("a name table cut short")
        self._kends = ends[: 4 * n].cast("I")
        self._vends = ends[4 * n :].cast("I")
        keys_len = self._kends[n - 1] if n else 0
        values_len = self._vends[n - 1] if n else 0
        self._keys = view[4 + 8 * n : 4 + 8 * n + keys_len]
        self._values = view[4 + 8 * n + keys_len :]
        if len(self._keys) != keys_len or len(self._values) != values_len:
            raise ValueError("a name table of the wrong size")
        self._raw = raw

    def __len__(self) -> int:
        return self._n

    def _key(self, i: int) -> bytes:
        return self._keys[self._kends[i - 1] if i else 0 : self._kends[i]].tobytes()

    def _value(self, i: int) -> bytes:
        return self._values[self._vends[i - 1] if i else 0 : self._vends[i]].tobytes()

    def find(self, key: bytes) -> bytes | None:
        """The value stored under ``key``, or None."""
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < self._n and self._key(lo) == key:
            return self._value(lo)
        return None

    def items(self) -> Iterator[tuple[bytes, bytes]]:
        for i in range(self._n):
            yield self._key(i), self._value(i)


class DiskMap:
    """A mapping of the resolver's read from a ``Table``, the tail's changes and ``mem``;
    it offers the operations the resolver uses (get, [], in, setdefault, [] =)."""

    __slots__ = ("table", "tail", "mem", "read")

    def __init__(self, table: Table | None, tail: dict[bytes, bytes | None] | None = None) -> None:
        self.table = table
        self.tail: dict[bytes, bytes | None] = tail if tail is not None else {}
        self.mem: dict[Any, Any] = {}
        self.read: dict[Any, bytes | None] = {}  # what each key of ``mem`` was when read

    def _stored(self, raw_key: bytes) -> bytes | None:
        if raw_key in self.tail:
            return self.tail[raw_key]
        return self.table.find(raw_key) if self.table is not None else None

    def get(self, key: Any, default: Any = None) -> Any:
        mem = self.mem
        if key in mem:
            value = mem[key]
            return default if value is _MISSING else value
        if key is None:  # (the resolver asks whether a name it did not find is one)
            return default
        raw = self._stored(encode_key(key))
        self.read[key] = raw
        if raw is None:
            mem[key] = _MISSING
            return default
        value = mem[key] = marshal.loads(raw)
        return value

    def __getitem__(self, key: Any) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: Any) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def setdefault(self, key: Any, default: Any = None) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            self.mem[key] = value = default
        return value

    def __setitem__(self, key: Any, value: Any) -> None:
        if key not in self.read:
            self.get(key)
        self.mem[key] = value

    def changed(self) -> dict[bytes, bytes]:
        """The entries whose value differs from what was read (encoded), for the tail."""
        out: dict[bytes, bytes] = {}
        for key, value in self.mem.items():
            if value is _MISSING:
                continue
            was = self.read.get(key)  # compared as values: marshal's bytes vary with references
            if was is None or marshal.loads(was) != value:
                out[encode_key(key)] = marshal.dumps(value)
        return out

    def settle(self, changed: dict[bytes, bytes]) -> None:
        """Once ``changed`` is saved: it is what was read from now on."""
        self.tail.update(changed)
        for key, value in self.mem.items():
            if value is not _MISSING:
                self.read[key] = marshal.dumps(value)

    def entries(self) -> list[tuple[bytes, bytes]]:
        """Every entry, sorted by key (for a new base)."""
        merged = dict(self.table.items()) if self.table is not None else {}
        merged.update((k, v) for k, v in self.tail.items() if v is not None)
        merged.update(self.changed())
        return sorted(merged.items())


class DiskSet(DiskMap):
    """A set of the resolver's (``in``, add, discard) as a ``DiskMap`` of member -> True."""

    __slots__ = ()

    def __contains__(self, key: Any) -> bool:
        return self.get(key, False) is True

    def add(self, key: Any) -> None:
        self[key] = True

    def discard(self, key: Any) -> None:
        if key in self:
            self[key] = False

    def changed(self) -> dict[bytes, bytes]:
        out = super().changed()
        return {k: v for k, v in out.items() if v == _TRUE or self._stored(k) == _TRUE}

    def entries(self) -> list[tuple[bytes, bytes]]:
        return [(k, v) for k, v in super().entries() if v == _TRUE]


_TRUE = marshal.dumps(True)


def plain_entries(part: Any) -> list[tuple[bytes, bytes]]:
    """Every entry of a part of a resolver built in memory (a dict, or a set), sorted."""
    if isinstance(part, set):
        return sorted((encode_key(k), _TRUE) for k in part)
    return sorted((encode_key(k), marshal.dumps(v)) for k, v in part.items())


def seal(payload: bytes) -> bytes:
    """A record of the name file: its CRC-32 and length on a line of their own, then the payload."""
    return f"{zlib.crc32(payload):08x} {len(payload)}\n".encode() + payload


def sealed_records(raw: bytes, at: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each whole, sealed record's payload from ``at`` on, up to the first that
    is not (the framing both formats of the name file share)."""
    while at < len(raw):
        line = raw.find(b"\n", at, at + 32)
        if line < 0:
            return
        try:
            crc, size = raw[at:line].decode("ascii").split()
            end = line + 1 + int(size)
        except (ValueError, UnicodeDecodeError):
            return
        if end > len(raw) or zlib.crc32(memoryview(raw)[line + 1 : end]) != int(crc, 16):
            return
        yield line + 1, end
        at = end
