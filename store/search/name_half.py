"""The name half of a grown index as it is saved: owner rows, name entries, their postings.

Grown (``names_grown.GrownNames``): the saved columns keep their bases and gain a tail of
the new slots and entries; the saved name postings stay as they are (linked) and the new
(term, entry) pairs go to a small second CSR after them (entries added later have higher
ids, so each term's list stays ascending); per term, the live entries are counted again
(those of slots left behind no longer count). Once the tail and the entries left behind
pass 1/TAIL_SHARE of the saved postings, the half is made whole again from the records.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from store.search.columns import Text
from store.search.id_slots import keys_of
from store.search.layout import KEYS, grown_column
from store.search.names_grown import GrownNames
from store.search.postings import IndexData, NamePart, Owners
from store.search.tail import TAIL_SHARE, Linked, concat


@dataclass
class NameHalf:
    owners: Owners
    entries: Any  # Text, or a ``Grown`` column
    arrays: dict[str, Any]


def whole_name_half(named: NamePart, rank: np.ndarray, n_terms: int) -> NameHalf:
    """The name half made from every record, as a build makes it."""
    offsets, postings = named.postings.csr(rank, n_terms)
    arrays = {
        "name_offsets": offsets,
        "name_postings": postings,
        "name_counts": np.diff(offsets).astype(np.int32),
        "owner_order": np.arange(len(named.owners), dtype=np.int32),
        **named.arrays(),
    }
    return NameHalf(Owners.from_rows(named.owners), named.entries, arrays)


def names_due(a: dict[str, np.ndarray], pairs: int, dropped: int, slots: int) -> bool:
    """Whether the tail and the entries left behind have outgrown their share of the base,
    with ``pairs`` new (term, entry) pairs and ``dropped`` entries newly left behind
    (``slots``: how many owner slots the saved index holds)."""
    live = np.zeros(slots, bool)
    live[np.asarray(a["owner_order"], np.int64)] = True
    owner = np.asarray(a["name_owner"], np.int64)
    left = int(np.count_nonzero(~live[owner])) if len(owner) else 0
    tail = len(a.get("name_tail_postings", ())) + pairs
    return (tail + left + dropped) * TAIL_SHARE > len(a["name_postings"])


def grow_name_half(
    saved: IndexData,
    a: dict[str, np.ndarray],
    grown: GrownNames,
    old_rank: np.ndarray,
    new_rank: np.ndarray,
    n_terms: int,
) -> NameHalf:
    """The saved name half with ``grown``'s slots and entries after it (module docstring)."""
    base_off, base_post = a["name_offsets"], a["name_postings"]
    per_term = np.zeros(n_terms, np.int64)
    per_term[old_rank] = np.diff(base_off)
    offsets = np.zeros(n_terms + 1, np.int64)
    np.cumsum(per_term, out=offsets[1:])
    # the new rows' (term, entry) pairs as lists per term, after the saved tail's lists: the
    # new entries number after every saved one, so each list stays ascending without sorting
    # the saved tail again (a tenth of the name postings before it is folded)
    new_terms = new_rank[np.frombuffer(grown.terms, np.intc)].astype(np.int64)
    new_entries = np.frombuffer(grown.entries, np.intc).astype(np.int32)
    order = np.lexsort((new_entries, new_terms))
    new_off = np.zeros(n_terms + 1, np.int64)
    np.cumsum(np.bincount(new_terms, minlength=n_terms), out=new_off[1:])
    saved_off = np.zeros(n_terms + 1, np.int64)
    saved_post = np.zeros(0, np.int32)
    if "name_tail_offsets" in a:  # the saved tail under the merged terms' numbers
        per_saved = np.zeros(n_terms, np.int64)
        per_saved[old_rank] = np.diff(np.asarray(a["name_tail_offsets"]))
        np.cumsum(per_saved, out=saved_off[1:])
        saved_post = np.asarray(a["name_tail_postings"], np.int32)
    tail_off, tail_post = concat(saved_off, saved_post, new_off, new_entries[order])
    counts = _live_counts(a, grown, old_rank, new_rank, n_terms)
    source = saved.source
    arrays: dict[str, Any] = {
        "name_offsets": offsets,
        "name_postings": (
            Linked(Path(source) / "name_postings.npy", len(base_post)) if source is not None else base_post
        ),
        "name_tail_offsets": tail_off,
        "name_tail_postings": tail_post,
        "name_counts": counts,
        "owner_order": grown.order,
        "name_owner": grown_column(saved, "name_owner", np.frombuffer(grown.owner, np.intc), TAIL_SHARE),
        "name_words": grown_column(saved, "name_words", np.frombuffer(grown.words, np.intc), TAIL_SHARE),
    }
    rows = grown.rows
    if KEYS in saved.arrays:  # the new slots' keys after the saved ones
        arrays[KEYS] = grown_column(saved, KEYS, keys_of(r[1] for r in rows), TAIL_SHARE)
    owners = Owners(
        grown_column(saved, "owner_kinds", Owners.from_rows(rows).kinds, TAIL_SHARE),
        grown_column(saved, "owner_weights", np.asarray([r[4] for r in rows], np.int64), TAIL_SHARE),
        _strings(saved, "owner_ids", [r[1] for r in rows]),
        _strings(saved, "owner_labels", [r[2] for r in rows]),
        _strings(saved, "owner_details", [r[3] for r in rows]),
    )
    return NameHalf(owners, _strings(saved, "entry_labels", grown.labels), arrays)


def _strings(saved: IndexData, name: str, items: list[str]) -> Text:
    return grown_column(saved, name, items, TAIL_SHARE)


def _live_counts(
    a: dict[str, np.ndarray],
    grown: GrownNames,
    old_rank: np.ndarray,
    new_rank: np.ndarray,
    n_terms: int,
) -> np.ndarray:
    """Live entries per merged term: the saved counts, less the entries left behind now,
    plus the new entries."""
    counts = np.zeros(n_terms, np.int64)
    counts[old_rank] = np.asarray(a["name_counts"])
    if len(grown.dropped):
        dropped = np.zeros(len(a["name_owner"]), bool)
        dropped[grown.dropped] = True
        for off_name, post_name in (("name_offsets", "name_postings"), ("name_tail_offsets", "name_tail_postings")):
            if off_name not in a:
                continue
            off, post = np.asarray(a[off_name]), np.asarray(a[post_name])
            at = np.flatnonzero(dropped[post])
            term = np.searchsorted(off, at, side="right") - 1
            counts -= np.bincount(old_rank[term], minlength=n_terms)
    new_terms = np.frombuffer(grown.terms, np.intc)
    if len(new_terms):
        counts += np.bincount(new_rank[new_terms], minlength=n_terms)
    return counts.astype(np.int32)
