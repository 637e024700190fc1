"""The slots of a few ids among the saved owner rows, found without decoding every id.

Growing the name half after a commit of a few articles needs the saved slot of each record the
commit wrote (a few hundred ids) among some 100k rows of a 50k store, and to know that no id
is there twice. Decoding every saved id into a string and a dict of them all cost tens of
megabytes and most of the growth's time. Here each saved id is reduced to a 64-bit key (a
weighted sum of its bytes) by array operations over the column's blob, a few thousand ids at a
time, the keys of the rows asked about are sorted, and only the rows whose key matches are
decoded and compared. The keys are saved with the index (``layout.KEYS``, one per owner slot,
a new slot's key added as it is written), so a writer keys only the ids it adds; an index saved
before it had them is keyed here once, and saved with them.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from store.search.columns import Strings, Text, encode

_MASK = (1 << 64) - 1


def _mixed(i: int) -> int:
    """A well-spread 64-bit number for ``i`` (splitmix64), so no weight is a multiple of another."""
    z = (i + 1) * 0x9E3779B97F4A7C15 & _MASK
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & _MASK
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB & _MASK
    return (z ^ (z >> 31)) | 1


_WEIGHTS = [_mixed(i) for i in range(64)]
"""The weight of a byte by its place in an item (modulo 64); an item's key is the sum of its
bytes (each plus one, its newline included) times their weights, modulo 2**64."""
_W = np.asarray(_WEIGHTS, np.uint64)
_CHUNK = 1 << 14  # items keyed at once: a few MB of temporaries


def _keys(column: Strings) -> np.ndarray:
    """The key of every item of ``column`` (blob parts of newline-ended items)."""
    found = []
    for blob, ends in column.parts:
        ends = np.asarray(ends, np.int64)
        data = np.frombuffer(blob, np.uint8, count=int(ends[-1]) if len(ends) else 0)
        for at in range(0, len(ends), _CHUNK):
            part = ends[at : at + _CHUNK]
            first = int(ends[at - 1]) if at else 0
            starts = np.empty_like(part)
            starts[0] = first
            starts[1:] = part[:-1]
            place = np.arange(first, int(part[-1]), dtype=np.int64) - np.repeat(starts, part - starts)
            with np.errstate(over="ignore"):
                weighted = (data[first : int(part[-1])].astype(np.uint64) + np.uint64(1)) * _W[place % 64]
                found.append(np.add.reduceat(weighted, starts - first))
    return np.concatenate(found) if found else np.zeros(0, np.uint64)


def column_keys(column: Text) -> np.ndarray:
    """``_keys`` of a string column as loaded (``Strings``) or built (a list)."""
    if isinstance(column, Strings):
        return _keys(column)
    return _keys(Strings([encode(column)]))


def keys_of(ids: Iterable[str]) -> np.ndarray:
    """The key of each of a few ids (``key_of``), as a column of keys."""
    found = [key_of(id) for id in ids]
    return np.asarray(found, np.uint64) if found else np.zeros(0, np.uint64)


def keys_fit(keys: np.ndarray | None, column: Text) -> bool:
    """Whether keys saved with ``column`` are its items' keys (``doctor``; none saved fit)."""
    return keys is None or bool(np.array_equal(np.asarray(keys, np.uint64), column_keys(column)))


def key_of(text: str) -> int:
    """``_keys`` of one item."""
    item = text.encode("utf-8") + b"\n"
    return sum((b + 1) * _WEIGHTS[i % 64] for i, b in enumerate(item)) & _MASK


def slots_of(
    column: Strings, slots: np.ndarray, wanted: Iterable[str], saved: np.ndarray | None = None
) -> dict[str, int] | None:
    """The slot among ``slots`` of each id of ``wanted`` that one holds (those that none holds
    are left out); None when two of ``slots`` hold the same id. ``saved``: the keys of every
    item of ``column`` as saved with it (else they are made here). A key that does not fit its
    id only hides that id (every match is checked on the text): the caller's count of rows
    then fails and the names are made whole again."""
    slots = np.asarray(slots, np.int64)
    keys = (_keys(column) if saved is None else np.asarray(saved, np.uint64))[slots]
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
