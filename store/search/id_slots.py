"""The slots of a few ids among the saved owner rows, found without decoding every id.

Growing the name half after a commit of a few articles needs the saved slot of each record the
commit wrote (a few hundred ids) among some 100k rows of a 50k store, and to know that no id
is there twice. Decoding every saved id into a string and a dict of them all cost tens of
megabytes and most of the growth's time. Here each saved id is reduced to a 64-bit key (its
length, first and last eight bytes) by array operations over the column's blob, the keys of
the rows asked about are sorted, and only the rows whose key matches are decoded and compared.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from store.search.columns import Strings

_K1, _K2, _K3 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9
_MASK = (1 << 64) - 1


def _keys(column: Strings) -> np.ndarray:
    """The key of every item of ``column`` (blob parts of newline-ended items)."""
    found = []
    for blob, ends in column.parts:
        ends = np.asarray(ends, np.int64)
        if not len(ends):
            continue
        data = np.frombuffer(blob, np.uint8, count=int(ends[-1]))
        nl = ends - 1  # each item's newline
        starts = np.empty_like(ends)
        starts[0] = 0
        starts[1:] = ends[:-1]
        first = np.zeros(len(ends), np.uint64)
        last = np.zeros(len(ends), np.uint64)
        for j in range(8):
            shift = np.uint64(8 * j)
            first |= data[np.minimum(starts + j, nl)].astype(np.uint64) << shift
            last |= data[np.maximum(nl - 8 + j, starts)].astype(np.uint64) << shift
        with np.errstate(over="ignore"):
            found.append(first * np.uint64(_K1) ^ last * np.uint64(_K2) ^ (nl - starts).astype(np.uint64) * np.uint64(_K3))
    return np.concatenate(found) if found else np.zeros(0, np.uint64)


def key_of(text: str) -> int:
    """``_keys`` of one item."""
    item = text.encode("utf-8") + b"\n"
    n = len(item) - 1
    first = sum(item[min(j, n)] << (8 * j) for j in range(8))
    last = sum(item[max(n - 8 + j, 0)] << (8 * j) for j in range(8))
    return ((first * _K1) & _MASK) ^ ((last * _K2) & _MASK) ^ ((n * _K3) & _MASK)


def slots_of(column: Strings, slots: np.ndarray, wanted: Iterable[str]) -> dict[str, int] | None:
    """The slot among ``slots`` of each id of ``wanted`` that one holds (those that none holds
    are left out); None when two of ``slots`` hold the same id."""
    slots = np.asarray(slots, np.int64)
    keys = _keys(column)[slots]
    order = np.argsort(keys, kind="stable")
    ranked = keys[order]
    for k in np.flatnonzero(ranked[1:] == ranked[:-1]).tolist():  # the same key: the same id?
        if column[int(slots[order[k]])] == column[int(slots[order[k + 1]])]:
            return None
    found: dict[str, int] = {}
    for id in wanted:
        key = np.uint64(key_of(id))
        lo, hi = np.searchsorted(ranked, key, "left"), np.searchsorted(ranked, key, "right")
        for k in range(int(lo), int(hi)):
            slot = int(slots[order[k]])
            if column[slot] == id:
                found[id] = slot
                break
    return found
