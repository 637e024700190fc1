"""The name half of a grown index: the saved owner rows kept in their slots, the rows of
records written since and of added articles appended in new slots, and a new tie-break order.

Making every owner row again (the names, aliases and details of every actor, agreement and
article) cost a second at 50k articles for each handful added, and writing them all again
as much. An actor or agreement whose record was not written since the saved index keeps its
slot, its entries and their postings; a written one gets a new slot at the end (its old slot
is left behind: ``owner_order`` no longer names it, so its names are not found), and only
the new slots, their name entries and their postings are written. The order is the one a
build gives (``owners.owner_rows``). When an actor's name changed, the details of persons
affiliated with it may change too: then every row is made again (None here).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from store.records import Actor, Agreement, ArticleMeta
from store.search.columns import Strings, as_list
from store.search.id_slots import column_keys, slots_of
from store.search.layout import KEYS
from store.search.owners import (
    KIND_RANK,
    MAX_DETAIL,
    NewestFirst,
    Row,
    actor_row,
    agreement_row,
    article_row,
    clean_label,
    owner_key,
)
from store.search.postings import IndexData
from store.search.sentence_words import TermIds
from store.search.terms import WORD, strip_accents
from store.text import fold


@dataclass
class GrownNames:
    """What growing adds to the name half: rows in new slots, their entries, and their
    (term, entry) pairs in the ``TermIds`` the rows were made with; the new order; the
    entries left behind (whose terms no longer count)."""

    rows: list[list[Any]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    owner: array = field(default_factory=lambda: array("i"))  # per new entry: its slot
    words: array = field(default_factory=lambda: array("i"))
    terms: array = field(default_factory=lambda: array("i"))
    entries: array = field(default_factory=lambda: array("i"))
    order: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    dropped: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # entry ids


def _forms(forms: list[str], ids: TermIds) -> list[tuple[str, tuple[int, ...]]]:
    """Each distinct name form with its term ids (as ``postings.name_part`` keeps them)."""
    get = ids.__getitem__
    seen: set[tuple[int, ...]] = set()
    kept = []
    for form in forms:
        tids = tuple(map(get, WORD.findall(fold(form or ""))))
        if tids and tids not in seen:
            seen.add(tids)
            kept.append((clean_label(form, MAX_DETAIL), tids))
    return kept


def _pairs(forms: list[str]) -> int:
    """How many (term, entry) pairs ``_forms`` keeps of ``forms``, numbering no word: a term
    is a word's bare form (``TermIds``), so the bare forms stand for the term ids."""
    seen: set[tuple[str, ...]] = set()
    pairs = 0
    for form in forms:
        keys = tuple(map(strip_accents, WORD.findall(fold(form or ""))))
        if keys and keys not in seen:
            seen.add(keys)
            pairs += len(set(keys))
    return pairs


class _LabelKeys:
    """The (folded label, id) keys of the kept rows from ``lo`` on, read one by one as
    ``bisect`` asks (the kind and weight, equal across the range, are not read)."""

    def __init__(self, owners: Any, slots: np.ndarray, lo: int, hi: int) -> None:
        self._labels, self._ids, self._slots = owners.labels, owners.ids, slots
        self._lo, self._n = lo, hi - lo

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, k: int) -> tuple[str, str]:
        slot = int(self._slots[self._lo + k])
        return fold(self._labels[slot]), self._ids[slot]


def _entity_places(owners: Any, kept: np.ndarray, rows: list[list[Any]]) -> list[int]:
    """Where each row goes among the ``kept`` slots (in tie-break order, ``owner_key``): the
    range of its kind and weight found in the kept slots' kinds and weights as arrays, then
    bisected by folded label and id, reading only the labels and ids the bisection asks for
    (reading whole rows over every kept slot cost a tenth of a growth at 50k articles)."""
    keys = [owner_key(row) for row in rows]
    weights = np.asarray(owners.weights, np.int64)[kept]
    if not keys or not len(kept) or int(np.abs(weights).max()) >= _WEIGHT_ROOM:
        return [bisect.bisect_left(_RowKeys(owners, kept), key) for key in keys]
    # (kind, -weight) as one number, ascending as the kept slots are
    coarse = np.asarray(owners.kinds, np.int64)[kept] * (2 * _WEIGHT_ROOM) - weights
    asked = np.asarray([k * (2 * _WEIGHT_ROOM) + w for k, w, _, _ in keys], np.int64)
    los, his = np.searchsorted(coarse, asked, "left"), np.searchsorted(coarse, asked, "right")
    return [
        lo + bisect.bisect_left(_LabelKeys(owners, kept, lo, hi), key[2:])
        for lo, hi, key in zip(los.tolist(), his.tolist(), keys, strict=True)
    ]


_WEIGHT_ROOM = 1 << 55
"""Weights below this fit beside the kind in one int64 (``_entity_places``)."""


class _RowKeys:
    """The tie-break keys of the kept rows, read one by one as ``bisect`` asks."""

    def __init__(self, owners: Any, slots: np.ndarray) -> None:
        self._owners, self._slots = owners, slots

    def __len__(self) -> int:
        return len(self._slots)

    def __getitem__(self, k: int) -> tuple[int, int, str, str]:
        return owner_key(self._owners[int(self._slots[k])])


def grow_names(
    saved: IndexData,
    actors: Mapping[str, Actor],
    agreements: Mapping[str, Agreement],
    added: list[ArticleMeta],
    changed: set[str],
    ids: TermIds,
    article: Callable[[str], ArticleMeta | None],
    order: list[str] | None = None,
    due: Callable[[int, int], bool] | None = None,
) -> GrownNames | None:
    """See the module docstring; None when the rows must all be made again. Of ``actors``
    and ``agreements`` only the changed records (and their affiliations) are read.

    ``added`` are the articles the saved index lacks; they go among the indexed ones in the
    store's ``order`` of article ids when given, else by ``owners.NewestFirst`` (the indexed
    ones read through ``article`` as the search for each place needs them).

    ``due`` says whether the new rows' (term, entry) pairs and the entries they leave behind
    are past their share (then the half is made whole again): asked first with the pairs of
    the added articles' rows alone, which never outnumber the final count (when they are
    past it already, as after an ingest that doubles the store, no record's slot is looked up
    and no row made), then before the rows are placed among the kept ones, which spares the
    search for every place when they will not be kept (None then too)."""
    owners, a = saved.owners, saved.arrays
    ranked = np.asarray(a["owner_order"], np.int64)
    kinds = np.asarray(owners.kinds)[ranked]
    n_entities = int(np.count_nonzero(kinds != KIND_RANK["article"]))
    if bool(np.any(kinds[:n_entities] == KIND_RANK["article"])):
        return None  # articles not after every entity: not a build's order
    entity_slots, article_slots = ranked[:n_entities], ranked[n_entities:]
    if KEYS not in a and isinstance(owners.ids, Strings):  # saved before the keys: keyed once
        a[KEYS] = column_keys(owners.ids)  # and grown and saved with the rows (``name_half``)
    added_rows = [article_row(m) for m in added]
    if due is not None and due(sum(_pairs(forms) for _, forms in added_rows), 0):
        return None
    slot_of = _slots_of(owners.ids, entity_slots, changed, a.get(KEYS))
    if slot_of is None:
        return None  # an id twice: not a build's rows
    fresh: list[Row] = []
    names = _Names(actors)  # one for every row: the names it read are read once
    for id in sorted(changed):
        if id in actors:
            row = actor_row(actors[id], names)
            was = slot_of.get(id)
            if was is not None and owners.labels[was] != row[0][2]:
                return None  # renamed: details naming it elsewhere change too
            fresh.append(row)
        elif id in agreements:
            fresh.append(agreement_row(agreements[id]))
    # records written since leave their slots; one removed is written too (``changed``)
    gone = [slot_of[id] for id in changed if id in slot_of]
    keep = ~np.isin(entity_slots, np.asarray(gone, np.int64))
    kept = entity_slots[keep]
    if len(kept) + len(fresh) != len(actors) + len(agreements):
        return None  # a record neither written nor indexed: the saved rows are not current
    fresh.sort(key=lambda pair: owner_key(pair[0]))
    grown = GrownNames()
    next_slot, next_entry = len(owners), len(saved.entries)
    new_slots = []
    for row in fresh:
        new_slots.append(next_slot)
        next_slot, next_entry = _add_row(grown, row, next_slot, next_entry, ids)
    added_slots = []
    for row in added_rows:
        added_slots.append(next_slot)
        next_slot, next_entry = _add_row(grown, row, next_slot, next_entry, ids)
    left = np.asarray(gone, np.int64)
    entry_owner = np.asarray(a["name_owner"])
    grown.dropped = np.flatnonzero(np.isin(entry_owner, left)) if len(left) else left
    if due is not None and due(len(grown.terms), len(grown.dropped)):
        return None
    places = _entity_places(saved.owners, kept, [r for r, _ in fresh])
    entities = np.insert(kept, np.asarray(places, np.int64), np.asarray(new_slots, np.int64))
    placed = _place_articles(saved, article_slots, added, added_slots, article, order)
    if placed is None:
        return None
    grown.order = np.concatenate((entities, placed)).astype(np.int32)
    return grown


def _slots_of(ids: Any, slots: np.ndarray, wanted: set[str], keys: Any) -> dict[str, int] | None:
    """The entity slot of each id of ``wanted`` the saved rows hold; None when an id is there
    twice. A saved column is searched by its saved ``keys`` (``id_slots``), one built in
    memory read whole."""
    if isinstance(ids, Strings):
        return slots_of(ids, slots, sorted(wanted), keys)
    every = as_list(ids)
    slot_of = dict(zip(map(every.__getitem__, slots.tolist()), slots.tolist(), strict=True))
    return slot_of if len(slot_of) == len(slots) else None


def _place_articles(
    saved: IndexData,
    slots: np.ndarray,
    added: list[ArticleMeta],
    added_slots: list[int],
    article: Callable[[str], ArticleMeta | None],
    order: list[str] | None,
) -> np.ndarray | None:
    """The article slots in the store's order: the indexed ones as they are, the added ones
    in their places; None when an indexed article is not the store's any more."""
    if order is not None:
        every = as_list(saved.owners.ids)  # decoded at once: one by one cost a call per article
        slot_of = dict(zip(map(every.__getitem__, slots.tolist()), slots.tolist(), strict=True))
        del every
        slot_of.update(zip((m.id for m in added), added_slots, strict=True))
        found = [slot_of.get(i) for i in order]
        return None if None in found else np.asarray(found, np.int64)
    keys = _ArticleKeys(saved, slots, article)
    pairs = sorted(zip(map(NewestFirst, added), added_slots, strict=True), key=lambda p: p[0])
    try:
        places = [bisect.bisect_left(keys, key) for key, _ in pairs]
    except LookupError:
        return None
    return np.insert(slots, np.asarray(places, np.int64), np.asarray([s for _, s in pairs], np.int64))


class _ArticleKeys:
    """The ``NewestFirst`` keys of the indexed articles in their order, read as asked."""

    def __init__(
        self, saved: IndexData, slots: np.ndarray, article: Callable[[str], ArticleMeta | None]
    ) -> None:
        self._ids, self._slots, self._article = saved.owners.ids, slots, article

    def __len__(self) -> int:
        return len(self._slots)

    def __getitem__(self, k: int) -> NewestFirst:
        meta = self._article(self._ids[int(self._slots[k])])
        if meta is None:
            raise LookupError("an indexed article is gone")
        return NewestFirst(meta)


def _add_row(grown: GrownNames, row: Row, slot: int, entry: int, ids: TermIds) -> tuple[int, int]:
    """Put ``row`` in ``slot`` with its name entries from ``entry`` on; the next free ones."""
    grown.rows.append(row[0])
    for label, tids in _forms(row[1], ids):
        grown.labels.append(label)
        grown.owner.append(slot)
        grown.words.append(len(tids))
        for t in set(tids):
            grown.terms.append(t)
            grown.entries.append(entry)
        entry += 1
    return slot + 1, entry


class _Names:
    """id -> name of the actors a row's details name, read one by one (``actor_row``)."""

    def __init__(self, actors: Mapping[str, Actor]) -> None:
        self._actors = actors
        self._field = getattr(actors, "field", None)
        self._known: dict[str, str | None] = {}

    def get(self, id: str, default: str = "") -> str:
        if self._field is None:
            actor = self._actors.get(id)
            return default if actor is None else actor.name
        if id not in self._known:  # a writer's records: the name read without making the record
            try:
                self._known[id] = str(self._field(id, "name"))
            except KeyError:
                self._known[id] = None
        found = self._known[id]
        return default if found is None else found
