"""The postings of sentences added since the saved base: a small second CSR beside the base's.

Growing an index by a few articles used to write every sentence posting again (128 MB at
50k articles) to put the new ones after each term's saved list. Sentences added since are
numbered after every saved one, so a term's list is its base list followed by its tail list,
still ascending: the base file is kept as it is (linked into the new index, never copied) and
only the tail, the postings of the added sentences, is written. When the tail outgrows
1/TAIL_SHARE of the base it is folded into a new base, so its cost stays amortised and a
query reads at most two slices per term.

A saved index without a tail (every index a full build or an older release wrote) has an
empty one. One with a tail is saved as format ``TAIL_FORMAT`` so a release that does not
know tails rebuilds it rather than read the base alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

TAIL_ARRAYS: dict[str, type] = {
    "sentence_tail_offsets": np.int64,  # per term + 1, into the tail postings
    "sentence_tail_postings": np.int32,  # ids of sentences added since the base
}
TAIL_SHARE = 8
"""The tail is folded into the base once it holds more than 1/TAIL_SHARE of its postings."""


def tail_format(format: int) -> str:
    """The format a saved index with a tail is written as (``format`` without one)."""
    return f"{format}+tail"


@dataclass
class Linked:
    """A saved array file the new index holds unchanged: linked into its folder (copied where
    links cannot be made), then read back memory-mapped. ``length`` items of int32."""

    path: Path
    length: int
    dtype = np.dtype(np.int32)
    ndim = 1

    def __len__(self) -> int:
        return self.length


def has_tail(arrays: dict[str, np.ndarray]) -> bool:
    """Whether the index holds postings in a tail."""
    tail = arrays.get("sentence_tail_postings")
    return tail is not None and len(tail) > 0


def counts(arrays: dict[str, np.ndarray]) -> np.ndarray:
    """Sentences per term, base and tail together."""
    found = np.diff(np.asarray(arrays["sentence_offsets"]))
    if has_tail(arrays):
        found = found + np.diff(np.asarray(arrays["sentence_tail_offsets"]))
    return found


def folded(arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """One CSR of every term's base and tail postings (what a build of the same index saves)."""
    off, post = np.asarray(arrays["sentence_offsets"]), np.asarray(arrays["sentence_postings"])
    if not has_tail(arrays):
        return off, post
    t_off = np.asarray(arrays["sentence_tail_offsets"])
    t_post = np.asarray(arrays["sentence_tail_postings"])
    return concat(off, post, t_off, t_post)


def concat(
    off: np.ndarray, post: np.ndarray, t_off: np.ndarray, t_post: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each term's ``post`` list followed by its ``t_post`` list (both CSRs over the same terms)."""
    n_terms = len(off) - 1
    base_n, tail_n = np.diff(off), np.diff(t_off)
    offsets = np.zeros(n_terms + 1, np.int64)
    np.cumsum(base_n + tail_n, out=offsets[1:])
    out = np.empty(int(offsets[-1]), np.int32)
    term_base = np.repeat(np.arange(n_terms, dtype=np.int64), base_n)
    out[offsets[:-1][term_base] + (np.arange(len(post)) - off[:-1][term_base])] = post
    term_tail = np.repeat(np.arange(n_terms, dtype=np.int64), tail_n)
    start = offsets[:-1][term_tail] + base_n[term_tail]
    out[start + (np.arange(len(t_post)) - t_off[:-1][term_tail])] = t_post
    return offsets, out


def name_counts(arrays: dict[str, np.ndarray]) -> np.ndarray:
    """Live name entries per term: saved with the index (a grown one's entries of rewritten
    records are left behind and not counted), or every entry of an index without it."""
    saved = arrays.get("name_counts")
    if saved is not None:
        return np.asarray(saved)
    return np.diff(np.asarray(arrays["name_offsets"]))
