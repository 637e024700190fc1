"""Columns of the saved index that load without parsing and grow by what was added.

A string column is a blob of UTF-8 items, each followed by a newline, and an int64 array of
where each item ends (``NAME.bin``, ``NAME.ends.npy``); it is read through a memory map and an
item is decoded only when asked for, so opening an index of 50k articles decodes none of its
titles or names. A column that grows (per sentence, per article, per owner row, per name) is
a base and a tail (``NAME.tail...``): growing links the base file into the new folder and
writes only the tail, the items added since the base, until the tail outgrows 1/TAIL_SHARE of
the base and the two are written as one new base (``tail.TAIL_SHARE``).
"""

from __future__ import annotations

import mmap
import os
import shutil
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from store.db.files import refuse_special
from store.errors import StoreError
from store.paths import safe_path

Text = Sequence[str]
"""A string column: a list when built, ``Strings`` when loaded."""


KEPT = 8192
"""Items a ``Strings`` keeps decoded (a search shows a few dozen per keystroke)."""


class Strings(Sequence[str]):
    """Items of a string column, decoded one by one from their blobs (base, then tail)."""

    def __init__(self, parts: list[tuple[bytes | mmap.mmap, np.ndarray]]) -> None:
        self.parts = parts
        self._sizes = [len(ends) for _, ends in parts]
        self._len = sum(self._sizes)
        self._seen: dict[int, str] = {}  # the items a search showed: shown again next keystroke

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._len))]
        found = self._seen.get(i)
        if found is not None:
            return found
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        if len(self._seen) > KEPT:
            self._seen.clear()
        self._seen[i] = found = self._decode(i)
        return found

    def _decode(self, i: int) -> str:
        blob, ends = self.parts[0]
        if i >= self._sizes[0]:  # in the tail
            i -= self._sizes[0]
            blob, ends = self.parts[1]
        start = int(ends[i - 1]) if i else 0
        return blob[start : int(ends[i]) - 1].decode("utf-8", "replace")

    def __iter__(self) -> Iterator[str]:
        return iter(self.tolist())

    def after(self, start: int) -> list[str]:
        """The items from ``start`` on: a grown column's whole tail decoded at once (item by
        item, the tail of a store grown many times cost a decode call per name)."""
        if len(self.parts) == 2 and start == self._sizes[0]:
            return Strings(self.parts[1:]).tolist()
        return self[start:]  # type: ignore[no-any-return]

    def tolist(self) -> list[str]:
        """Every item at once (one decode and split per part)."""
        out: list[str] = []
        for blob, ends in self.parts:
            if not len(ends):
                continue
            items = bytes(blob[: int(ends[-1])]).decode("utf-8", "replace").split("\n")[:-1]
            if len(items) != len(ends):  # an item held a newline: cut by the ends instead
                items = [self._one(blob, ends, k) for k in range(len(ends))]
            out += items
        return out

    @staticmethod
    def _one(blob: bytes | mmap.mmap, ends: np.ndarray, k: int) -> str:
        start = int(ends[k - 1]) if k else 0
        return bytes(blob[start : int(ends[k]) - 1]).decode("utf-8", "replace")


class Joined:
    """A numeric column of a base and a tail, read item by item without joining them (the
    per-sentence columns: 34 MB at 50k articles); joined only when taken as a whole array."""

    ndim = 1

    def __init__(self, base: np.ndarray, tail: np.ndarray) -> None:
        self.base, self.tail = base, tail
        self.dtype = base.dtype
        self._n = len(base)

    def __len__(self) -> int:
        return self._n + len(self.tail)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step == 1 and start >= self._n:
                return self.tail[start - self._n : stop - self._n]
            return np.asarray(self)[i]
        i = int(i)
        if i < 0:
            i += len(self)
        return self.base[i] if i < self._n else self.tail[i - self._n]

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        joined = np.concatenate((self.base, self.tail))
        return joined if dtype is None else joined.astype(dtype)


def as_list(column: Text) -> list[str]:
    return column.tolist() if isinstance(column, Strings) else list(column)


@dataclass
class Grown:
    """A column saved as the base file of ``source`` (linked, ``base`` items) and ``tail``."""

    source: Path
    base: int
    tail: np.ndarray | Text

    def __len__(self) -> int:
        return self.base + len(self.tail)


def encode(items: Text) -> tuple[bytes, np.ndarray]:
    """The blob and ends of a string column: encoded at once and each end found as a newline
    (an item per string, a Python call per item, cost most of saving the vocabulary);
    item by item when an item holds a newline of its own."""
    items = items if isinstance(items, list) else list(items)
    if not items:
        return b"", np.zeros(0, np.int64)
    blob = "\n".join(items).encode("utf-8", "replace") + b"\n"
    ends = np.flatnonzero(np.frombuffer(blob, np.uint8) == 10) + 1
    if len(ends) == len(items):
        return blob, ends.astype(np.int64)
    raw = [s.encode("utf-8", "replace") + b"\n" for s in items]
    return b"".join(raw), np.cumsum(np.fromiter(map(len, raw), np.int64, len(raw)))


_held = threading.local()
"""Per thread, the descriptors of the files written in a ``synced_together`` block."""


def sync(fh: Any) -> None:
    """Flush ``fh`` and fsync it: now, or inside ``synced_together`` at the block's end."""
    fh.flush()
    held: list[int] | None = getattr(_held, "fds", None)
    if held is None:
        os.fsync(fh.fileno())
    else:
        held.append(os.dup(fh.fileno()))


@contextmanager
def synced_together() -> Iterator[None]:
    """Every file written in the block (``sync``) is fsynced at its end, all at once, each
    in a thread of its own; an fsync that fails raises OSError there, and nothing is synced
    when the block raises. Saving a grown index writes some thirty files: fsynced one after
    another each waited for its own commit to disk, fsynced together the file system
    commits them as a group (a third to half of the time on the machines measured)."""
    if getattr(_held, "fds", None) is not None:  # inside another block: that one syncs
        yield
        return
    held: list[int] = []
    _held.fds = held
    try:
        yield
        _fsync_all(held)
    finally:
        _held.fds = None
        for fd in held:
            try:
                os.close(fd)
            except OSError:
                pass


def _fsync_all(fds: list[int]) -> None:
    """fsync every descriptor, concurrently; the first failure raised once all are done."""
    failed: list[OSError] = []

    def one(fd: int) -> None:
        try:
            os.fsync(fd)
        except OSError as exc:
            failed.append(exc)

    threads = [threading.Thread(target=one, args=(fd,)) for fd in fds[1:]]
    for thread in threads:
        thread.start()
    if fds:
        one(fds[0])
    for thread in threads:
        thread.join()
    if failed:
        raise failed[0]


def write_file(path: Path, data: bytes | memoryview) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        sync(fh)


def write_array(path: Path, arr: np.ndarray) -> None:
    with open(path, "wb") as fh:
        np.save(fh, np.ascontiguousarray(arr), allow_pickle=False)
        sync(fh)


def link(source: Path, target: Path) -> None:
    """``source`` in the new folder: linked (never written in place), or copied."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _whole_strings(column: Text) -> tuple[bytes, np.ndarray]:
    if isinstance(column, Strings):  # as loaded: the parts one after another
        blobs, ends, at = [], [], 0
        for blob, e in column.parts:
            size = int(e[-1]) if len(e) else 0
            blobs.append(bytes(blob[:size]))
            ends.append(np.asarray(e, np.int64) + at)
            at += size
        return b"".join(blobs), np.concatenate(ends) if ends else np.zeros(0, np.int64)
    return encode(column)


def save_strings(directory: Path, name: str, column: Text | Grown) -> tuple[int, int]:
    """Write a string column; return (base, tail) item counts."""
    if isinstance(column, Grown):
        link(column.source / f"{name}.bin", directory / f"{name}.bin")
        link(column.source / f"{name}.ends.npy", directory / f"{name}.ends.npy")
        blob, ends = _whole_strings(column.tail)
        write_file(directory / f"{name}.tail.bin", blob)
        write_array(directory / f"{name}.tail.ends.npy", ends)
        return column.base, len(column.tail)
    blob, ends = _whole_strings(column)
    write_file(directory / f"{name}.bin", blob)
    write_array(directory / f"{name}.ends.npy", ends)
    return len(ends), 0


def save_numbers(directory: Path, name: str, column: Any, dtype: type) -> tuple[int, int]:
    """Write a numeric column; return (base, tail) item counts."""
    if isinstance(column, Grown):
        link(column.source / f"{name}.npy", directory / f"{name}.npy")
        write_array(directory / f"{name}.tail.npy", np.asarray(column.tail, dtype))
        return column.base, len(column.tail)
    arr = np.asarray(column, dtype)
    write_array(directory / f"{name}.npy", arr)
    return len(arr), 0


def _map(path: Path) -> bytes | mmap.mmap:
    refuse_special(path)
    with open(path, "rb") as fh:
        if not os.fstat(fh.fileno()).st_size:
            return b""
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def _ends_ok(ends: np.ndarray, size: int, count: int) -> bool:
    if ends.dtype != np.int64 or ends.ndim != 1 or len(ends) != count:
        return False
    if not count:
        return True
    return int(ends[0]) >= 1 and int(ends[-1]) <= size and bool(np.all(np.diff(ends) >= 1))


def load_strings(directory: Path, name: str, counts: list[int]) -> Strings | None:
    """A string column of ``counts`` (base, tail) items; None when it does not hold."""
    parts = []
    for suffix, count in zip(("", ".tail"), counts, strict=True):
        if suffix and not count:
            continue
        blob = _map(directory / f"{name}{suffix}.bin")
        ends = np.load(directory / f"{name}{suffix}.ends.npy", mmap_mode="r", allow_pickle=False)
        if not _ends_ok(ends, len(blob), count):
            return None
        parts.append((blob, np.asarray(ends)))  # a plain view: no memmap cost per item
    return Strings(parts)


def load_numbers(
    directory: Path, name: str, counts: list[int], dtype: type, lazy: bool = False
) -> np.ndarray | Joined | None:
    """A numeric column of ``counts`` (base, tail) items, the base memory-mapped (and joined
    with its tail when there is one, or ``Joined`` when ``lazy``); None when it does not hold."""
    parts = []
    for suffix, count in zip(("", ".tail"), counts, strict=True):
        if suffix and not count:
            continue
        path = directory / f"{name}{suffix}.npy"
        refuse_special(path)
        arr = np.load(path, mmap_mode="r", allow_pickle=False)
        if arr.dtype != dtype or arr.ndim != 1 or len(arr) != count:
            return None
        parts.append(arr)
    parts = [np.asarray(p) for p in parts]  # plain views of the maps: same pages
    if len(parts) == 1:
        return parts[0]
    return Joined(parts[0], parts[1]) if lazy else np.concatenate(parts)


@dataclass
class AppendedTexts:
    """The texts of an extended index: the saved ``texts.bin`` (its first ``size`` bytes)
    and the added articles' texts after it (``append_texts`` links and appends)."""

    base: Path
    size: int
    tail: list[bytes]

    def __len__(self) -> int:
        return self.size + sum(map(len, self.tail))


def append_texts(path: Path, texts: AppendedTexts) -> int:
    """``texts.bin`` of an extended index: the saved file linked (not copied) and the added
    texts appended. The saved index reads only its first bytes, so it still holds; bytes a
    failed save left past them are cut first. Copied where links cannot be made."""
    link(texts.base, path)
    with open(path, "r+b") as fh:
        if os.fstat(fh.fileno()).st_size < texts.size:
            raise StoreError(f"{safe_path(texts.base)}: the saved texts are cut short")
        fh.truncate(texts.size)
        fh.seek(texts.size)
        for raw in texts.tail:
            fh.write(raw)
        sync(fh)
    return len(texts)
