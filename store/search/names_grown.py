"""The name half of a grown index: the saved owner rows kept, those of changed records made
again, the added articles' rows put in their place.

Making every owner row again (the names, aliases and details of every actor, agreement and
article) cost a second at 50k articles for each handful added. An actor or agreement
whose record was not written since the saved index keeps its row, its entries and their
postings; only the rows of written records and added articles are made, and the order is
the one a build gives (``owners.owner_rows``). When an actor's name changed, the details of
persons affiliated with it may change too: then every row is made again (None here).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from store.records import Actor, Agreement, ArticleMeta
from store.search.owners import (
    MAX_DETAIL,
    Row,
    actor_row,
    agreement_row,
    article_row,
    clean_label,
    owner_key,
)
from store.search.postings import IndexData
from store.search.sentence_words import TermIds
from store.search.vocabulary import WORD
from store.text import fold


@dataclass
class GrownNames:
    """Owner rows, entries and (term, entry) pairs: saved terms by their saved number,
    new ones by the ``TermIds`` the new rows were made with."""

    owners: list[list[Any]]
    entries: list[str]
    name_owner: np.ndarray
    name_words: np.ndarray
    old_terms: np.ndarray
    old_entries: np.ndarray
    new_terms: np.ndarray
    new_entries: np.ndarray

    def arrays(self) -> dict[str, np.ndarray]:
        return {"name_owner": self.name_owner, "name_words": self.name_words}

    def csr(
        self, old_rank: np.ndarray, new_rank: np.ndarray, n_terms: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Offsets per merged term and entry postings, each list ascending."""
        terms = np.concatenate((old_rank[self.old_terms], new_rank[self.new_terms]))
        entries = np.concatenate((self.old_entries, self.new_entries))
        order = np.lexsort((entries, terms))
        offsets = np.zeros(n_terms + 1, np.int64)
        np.cumsum(np.bincount(terms, minlength=n_terms), out=offsets[1:])
        return offsets, entries[order].astype(np.int32)


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


def grow_names(
    saved: IndexData,
    a: dict[str, np.ndarray],
    actors: Mapping[str, Actor],
    agreements: Mapping[str, Agreement],
    articles: list[ArticleMeta],
    changed: set[str],
    ids: TermIds,
) -> GrownNames | None:
    """See the module docstring; None when the rows must all be made again. Of ``actors``
    and ``agreements`` only the changed records (and their affiliations) are read."""
    rows = saved.owners
    entry_owner = a["name_owner"]
    if len(entry_owner) and bool(np.any(np.diff(entry_owner) < 0)):
        return None  # not laid out owner by owner as a build leaves it
    first = np.searchsorted(entry_owner, np.arange(len(rows) + 1))
    actor_by, agreement_by = actors, agreements
    actor_ids, agreement_ids = actors.keys(), agreements.keys()
    old_article: dict[str, int] = {}
    old_entity: dict[str, int] = {}
    for i, row in enumerate(rows):
        (old_article if row[0] == "article" else old_entity)[row[1]] = i
    if len(old_entity) + len(old_article) != len(rows):
        return None  # an id twice: not a build's rows
    names = _Names(actors)
    fresh: list[Row] = []
    for id in sorted(changed):
        if id in actor_by:
            row = actor_row(actor_by[id], names)
            was = old_entity.get(id)
            if was is not None and rows[was][2] != row[0][2]:
                return None  # renamed: details naming it elsewhere change too
            fresh.append(row)
        elif id in agreement_by:
            fresh.append(agreement_row(agreement_by[id]))
    kept = [
        i
        for id, i in old_entity.items()
        if id not in changed and (id in actor_ids or id in agreement_ids)
    ]
    if len(kept) + len(fresh) != len(actors) + len(agreements):
        return None  # a record neither written nor indexed: the saved rows are not current
    kept.sort()
    kept_rows = [rows[i] for i in kept]
    fresh.sort(key=lambda pair: owner_key(pair[0]))
    places = [bisect.bisect_left(kept_rows, owner_key(r), key=owner_key) for r, _ in fresh]
    # final order: items are an old owner index (int) or a fresh row (Row)
    final: list[int | Row] = []
    at = 0
    for place, row in zip(places, fresh, strict=True):
        final.extend(kept[at:place])
        final.append(row)
        at = place
    final.extend(kept[at:])
    for m in articles:
        i = old_article.get(m.id)
        final.append(i if i is not None else article_row(m))
    return _assemble(saved, a, first, final, ids)


class _Names:
    """id -> name of the actors a row's details name, read one by one (``actor_row``)."""

    def __init__(self, actors: Mapping[str, Actor]) -> None:
        self._actors = actors

    def get(self, id: str, default: str = "") -> str:
        actor = self._actors.get(id)
        return default if actor is None else actor.name


def _assemble(
    saved: IndexData,
    a: dict[str, np.ndarray],
    first: np.ndarray,
    final: list[int | Row],
    ids: TermIds,
) -> GrownNames:
    """Owners, entries and pairs in the final order of owners."""
    made = {k: _forms(item[1], ids) for k, item in enumerate(final) if not isinstance(item, int)}
    bounds: list[int] = first.tolist()  # plain ints: numpy scalars cost as much again per owner
    counts = np.fromiter(
        (bounds[i + 1] - bounds[i] if isinstance(i, int) else len(made[k]) for k, i in enumerate(final)),
        np.int64,
        len(final),
    )
    starts = np.zeros(len(final) + 1, np.int64)
    np.cumsum(counts, out=starts[1:])
    total = int(starts[-1])
    # where each kept owner's saved entries go
    kept_owners = [(k, item) for k, item in enumerate(final) if isinstance(item, int)]
    place_of_old = np.full(len(saved.owners), -1, np.int64)
    if kept_owners:
        place, old = zip(*kept_owners, strict=True)
        place_of_old[list(old)] = place
    owners: list[list[Any]] = []
    entries: list[str] = []
    saved_owners, saved_entries = saved.owners, saved.entries
    run = -1  # the first saved owner of the run of consecutive saved owners being taken
    for k, item in enumerate(final):
        if isinstance(item, int):
            if run < 0:
                run = item
            if not (k + 1 < len(final) and final[k + 1] == item + 1):  # the run ends here
                owners += saved_owners[run : item + 1]
                entries += saved_entries[bounds[run] : bounds[item + 1]]
                run = -1
        else:
            owners.append(item[0])
            entries.extend(label for label, _ in made[k])
    entry_owner = np.asarray(a["name_owner"], np.int64)
    kept_at = place_of_old[entry_owner] if len(entry_owner) else np.zeros(0, np.int64)
    keep = kept_at >= 0
    old_entry_new = np.full(len(entry_owner), -1, np.int64)
    old_entry_new[keep] = starts[kept_at[keep]] + (
        np.arange(len(entry_owner))[keep] - first[entry_owner[keep]]
    )
    words = np.zeros(total, np.int32)
    words[old_entry_new[keep]] = np.asarray(a["name_words"])[keep]
    new_terms, new_entries = array("i"), array("i")
    for k, forms in made.items():
        for j, (_, tids) in enumerate(forms):
            e = int(starts[k]) + j
            words[e] = len(tids)
            for t in set(tids):
                new_terms.append(t)
                new_entries.append(e)
    offsets, postings = a["name_offsets"], np.asarray(a["name_postings"], np.int64)
    term_of = np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), np.diff(offsets))
    mapped = old_entry_new[postings] if len(postings) else np.zeros(0, np.int64)
    live = mapped >= 0
    return GrownNames(
        owners,
        entries,
        np.repeat(np.arange(len(final), dtype=np.int32), counts),
        words,
        term_of[live],
        mapped[live],
        np.frombuffer(new_terms, np.intc).astype(np.int64),
        np.frombuffer(new_entries, np.intc).astype(np.int64),
    )
