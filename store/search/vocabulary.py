"""Words of the search index: how a typed word finds terms (``store.search.terms`` cuts text
into terms).

The vocabulary keeps the terms sorted, which makes prefix completion
a bisection; typo tolerance compares the typed word only with terms of a similar length
(``fuzz.ratio`` with a cut-off), because a scorer that ignores length ranks "a"/"at" first.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

FUZZY_MIN_LEN = 4  # shorter words only match exactly or as a prefix
FUZZY_CUTOFF = 80.0  # fuzz.ratio: one edit in five letters
FUZZY_LEN_SLACK = 2
FUZZY_LIMIT = 40  # near spellings kept per typed word
SENTENCE_COMPLETIONS = 32  # prefix completions kept for the sentence index (most frequent)
NAME_COMPLETIONS = 256  # ... and for the (small) name index

EXACT = 100.0
FUZZY_WEIGHT = 0.9  # a near spelling scores below the exact word
PREFIX_BASE = 70.0  # a completion scores 70..95 with how much of the term was typed
PREFIX_SPAN = 25.0


@dataclass
class WordMatch:
    """The terms one typed word matches, best first, for each of the two posting lists."""

    word: str
    prefix: bool
    sentence_terms: np.ndarray  # int32 term ids
    sentence_sims: np.ndarray  # float32, 0..100
    name_terms: np.ndarray
    name_sims: np.ndarray
    how: dict[int, int] = field(default_factory=dict)  # term id -> prefix length (0: whole word)


def _top(ids: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` ids of highest weight (ties by id), among those with a weight."""
    keep = weights > 0
    ids, weights = ids[keep], weights[keep]
    if len(ids) > k:
        part = np.argpartition(-weights, k - 1)[:k]
        ids, weights = ids[part], weights[part]
    return ids[np.lexsort((ids, -weights))]


class Vocabulary:
    """The sorted terms with their document counts in the sentence and the name index."""

    def __init__(self, terms: list[str], sentence_df: np.ndarray, name_df: np.ndarray) -> None:
        self.terms = terms
        self.sentence_df = sentence_df
        self.name_df = name_df
        self._by_length: dict[int, tuple[list[str], np.ndarray]] = {}
        self._cache: dict[tuple[str, bool], WordMatch] = {}

    def __len__(self) -> int:
        return len(self.terms)

    def find(self, term: str) -> int | None:
        """The id of ``term`` when it is in the vocabulary."""
        i = bisect_left(self.terms, term)
        return i if i < len(self.terms) and self.terms[i] == term else None

    def _bucket(self, length: int) -> tuple[list[str], np.ndarray]:
        if not self._by_length:
            self._index_lengths()
        return self._by_length.get(length, ([], np.zeros(0, np.int32)))

    def _index_lengths(self) -> None:
        groups: dict[int, list[int]] = {}
        for i, term in enumerate(self.terms):
            groups.setdefault(len(term), []).append(i)
        by_length = {-1: ([], np.zeros(0, np.int32))}  # -1 marks "indexed"
        for length, ids in groups.items():
            by_length[length] = ([self.terms[i] for i in ids], np.asarray(ids, np.int32))
        self._by_length = by_length  # one assignment: a search in another thread sees all or none

    def _fuzzy(self, word: str) -> dict[int, float]:
        found: dict[int, float] = {}
        if len(word) < FUZZY_MIN_LEN:
            return found
        lo = max(1, len(word) - FUZZY_LEN_SLACK)
        for length in range(lo, len(word) + FUZZY_LEN_SLACK + 1):
            choices, ids = self._bucket(length)
            if not choices:
                continue
            scores = process.cdist(
                [word], choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, dtype=np.uint8
            )[0]
            for j in np.flatnonzero(scores):
                found[int(ids[j])] = float(scores[j]) * FUZZY_WEIGHT
        if len(found) > FUZZY_LIMIT:
            best = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:FUZZY_LIMIT]
            found = dict(best)
        return found

    def match(self, word: str, prefix: bool) -> WordMatch:
        """The terms ``word`` matches: itself, near spellings, and completions when ``prefix``."""
        key = (word, prefix)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        sims: dict[int, float] = {}
        how: dict[int, int] = {}
        for tid, sim in self._fuzzy(word).items():
            sims[tid] = sim
            how[tid] = 0
        exact = self.find(word)
        if exact is not None:
            sims[exact] = EXACT
            how[exact] = 0
        ranges: list[np.ndarray] = []
        if prefix:
            lo = bisect_left(self.terms, word)
            hi = bisect_left(self.terms, word + "\U0010ffff", lo)
            if exact is not None:
                lo += 1
            if hi > lo:
                ranges.append(np.arange(lo, hi, dtype=np.int32))
        result = WordMatch(word, prefix, *self._select(word, sims, ranges, how), how=how)
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _select(
        self, word: str, sims: dict[int, float], ranges: list[np.ndarray], how: dict[int, int]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        out = []
        for df, k in ((self.sentence_df, SENTENCE_COMPLETIONS), (self.name_df, NAME_COMPLETIONS)):
            chosen = {t: s for t, s in sims.items() if df[t] > 0}
            for ids in ranges:
                for tid in _top(ids, df[ids], k).tolist():
                    sim = PREFIX_BASE + PREFIX_SPAN * len(word) / len(self.terms[tid])
                    if sim > chosen.get(tid, 0.0):
                        chosen[tid] = sim
                        how[tid] = len(word)
            order = sorted(chosen.items(), key=lambda kv: (-kv[1], kv[0]))
            out.append(np.asarray([t for t, _ in order], np.int32))
            out.append(np.asarray([s for _, s in order], np.float32))
        return out[0], out[1], out[2], out[3]


@dataclass
class MergedTerms:
    """The sorted union of a saved vocabulary and the terms of what is added to it, placed
    without sorting or hashing the saved terms again (``merge_terms``)."""

    terms: list[str]
    old_rank: np.ndarray  # per saved term, its number in ``terms``

    def ranks(self, terms: list[str]) -> np.ndarray:
        """The number in ``terms`` of each of ``terms`` (every one of them is there)."""
        merged = self.terms
        return np.fromiter((bisect_left(merged, t) for t in terms), np.int32, len(terms))


def merge_terms(old: list[str], *more: list[str]) -> MergedTerms:
    """``old`` (sorted, distinct) and every term of ``more``, sorted: the terms new to ``old``
    are sorted alone and merged in (one pass of two sorted runs); each saved term's number
    moves up by the new terms placed before it."""
    fresh = sorted(set().union(*more).difference(old))
    if not fresh:
        return MergedTerms(old, np.arange(len(old), dtype=np.int64))
    at = np.fromiter((bisect_left(old, t) for t in fresh), np.int64, len(fresh))
    moved = np.searchsorted(at, np.arange(len(old), dtype=np.int64), side="right")
    return MergedTerms(sorted(old + fresh), np.arange(len(old), dtype=np.int64) + moved)
