"""The search index as data: compact posting lists over one vocabulary, and how it is built.

Two inverted indexes share the vocabulary: term -> sentence ids and term -> name entries (each
name or alias of an actor or agreement, and each article title). Both are CSR arrays (int64
offsets per term, int32 postings sorted ascending), built with one stable sort instead of a
dict of sets, so 50k articles fit in a few hundred megabytes during the build and load in
milliseconds with ``np.load(mmap_mode="r")``. Sentence ids follow the order of the articles
given (newest first in a store), which is also the order of equal-scored sentence hits.

Saving and loading (``PATH.index/``) live in ``store/indexfile.py``.
"""

from __future__ import annotations

import mmap
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from store.records import Actor, Agreement, ArticleMeta, Body
from store.search.columns import Text
from store.search.owners import (  # noqa: F401 (the index's names, used beside it)
    ENTITY_KINDS,
    KIND_RANK,
    KIND_WORDS,
    MAX_DETAIL,
    clean_label,
    owner_rows,
)
from store.search.sentence_words import TermFeed, TermIds, article_terms
from store.search.terms import WORD
from store.text import fold

FORMAT = 3
"""Bumped when what is indexed or how it is laid out changes (2: an article is also found by
its site name; 3: columns that load without parsing and grow by a tail, the same words as 2),
so a saved index of an older format is rebuilt (from 2, with its own words: ``saved_v2``)."""
# name, dtype
ARRAYS: dict[str, type] = {
    "sentence_offsets": np.int64,  # per term + 1
    "sentence_postings": np.int32,  # sentence ids
    "name_offsets": np.int64,  # per term + 1
    "name_postings": np.int32,  # name entry ids
    "name_owner": np.int32,  # per name entry: owner index
    "name_words": np.int32,  # per name entry: words in the name
    "sentence_article": np.int32,  # per sentence: article index
    "sentence_number": np.int32,  # per sentence: its index within the article
    "sentence_start": np.int32,  # per sentence: offsets into the article's body text
    "sentence_end": np.int32,
    "text_offsets": np.int64,  # per article: (start, end) byte range in texts.bin, interleaved
}

SentenceText = Callable[[str, int], str]


KIND_OF = {rank: kind for kind, rank in KIND_RANK.items()}
ROWS_KEPT = 4096
"""Owner rows kept decoded (a search shows a few dozen per keystroke)."""


@dataclass(eq=False)
class Owners(Sequence[list[Any]]):
    """The owners of the names as columns, one row per slot: [kind, id, label, detail, weight].

    A built index has one slot per owner in tie-break order; a grown one appends the rows of
    records written since and leaves their old slots behind (``order`` names the live slots
    in tie-break order)."""

    kinds: np.ndarray  # int8, KIND_RANK
    weights: np.ndarray  # int64
    ids: Text
    labels: Text
    details: Text
    _seen: dict[int, tuple[Any, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_rows(cls, rows: list[list[Any]]) -> Owners:
        kinds = np.fromiter((KIND_RANK[r[0]] for r in rows), np.int8, len(rows))
        weights = np.fromiter((r[4] for r in rows), np.int64, len(rows))
        return cls(kinds, weights, [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows])

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, slot: Any) -> Any:
        if isinstance(slot, slice):
            return [self[k] for k in range(*slot.indices(len(self)))]
        slot = int(slot)
        row = self._seen.get(slot)
        if row is None:  # decoded once: the hits of one query are those of the next keystroke
            if len(self._seen) > ROWS_KEPT:
                self._seen.clear()
            row = self._seen[slot] = (
                KIND_OF[int(self.kinds[slot])],
                self.ids[slot],
                self.labels[slot],
                self.details[slot],
                int(self.weights[slot]),
            )
        return list(row)


@dataclass(eq=False)
class Titles(Sequence[list[str]]):
    """The indexed articles in index order: [id, title] each."""

    ids: Text
    titles: Text

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return [self.ids[i], self.titles[i]]

    @classmethod
    def from_rows(cls, rows: list[list[str]]) -> Titles:
        return cls([r[0] for r in rows], [r[1] for r in rows])


@dataclass
class IndexData:
    """Everything a query needs. ``owners`` rows are [kind, id, label, detail, weight], by
    slot; ``arrays["owner_order"]`` lists the live slots in tie-break order."""

    generation: int
    terms: list[str]
    owners: Owners
    entries: Text
    articles: Titles  # [id, title]
    arrays: dict[str, np.ndarray]
    # the article bodies: a list of texts by article when built, UTF-8 read through a memory
    # map (``text_offsets`` gives each article's byte range) when loaded
    texts: list[str] | bytes | mmap.mmap | None = None
    sentence_text: SentenceText | None = field(default=None, repr=False)
    source: Any = field(default=None, repr=False)  # the folder it was loaded from
    counts: dict[str, list[int]] = field(default_factory=dict, repr=False)  # (base, tail) per column
    stamps: Any = field(default=None, repr=False)  # the manifest's stamps of checked base files (``held``)
    checked: bool = field(default=False, repr=False)  # sentences known to hold: stamp them when saved

    @property
    def sentences(self) -> int:
        return len(self.arrays["sentence_article"])

    def sentence_label(self, sid: int) -> str:
        """The raw text of sentence ``sid`` (not yet cleaned for display)."""
        a = self.arrays
        article = int(a["sentence_article"][sid])
        start, end = int(a["sentence_start"][sid]), int(a["sentence_end"][sid])
        if isinstance(self.texts, list):
            return self.texts[article][start:end]
        if self.texts is not None:
            lo, hi = int(a["text_offsets"][2 * article]), int(a["text_offsets"][2 * article + 1])
            text = bytes(self.texts[lo:hi]).decode("utf-8", "replace")
            return text[start:end]
        if self.sentence_text is not None:
            return self.sentence_text(self.articles[article][0], int(a["sentence_number"][sid]))
        return ""


class _Postings:
    """(term, doc) pairs, docs numbered in the order they are added; packed into int32 chunks
    as they grow so a large build holds 4 bytes per posting, not a Python list of them."""

    def __init__(self) -> None:
        self.terms: list[int] = []
        self.counts: list[int] = []
        self._terms: list[np.ndarray] = []
        self._counts: list[np.ndarray] = []

        self._pending: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending_size = 0

    def add(self, tids: set[int]) -> None:
        """The next doc holds these terms."""
        self.terms.extend(tids)
        self.counts.append(len(tids))

    def add_docs(self, terms: np.ndarray, counts: np.ndarray) -> None:
        """The next docs, ``counts[i]`` terms each, their terms one doc after another."""
        if self.counts:
            self.flush()
        self._pending.append((terms, counts))
        self._pending_size += len(terms)
        if self._pending_size >= 1 << 20:
            self._gather()

    def _gather(self) -> None:
        """Pending pieces as one chunk: the sort in ``csr`` runs per chunk."""
        if self._pending:
            self._terms.append(np.concatenate([t for t, _ in self._pending]).astype(np.int32))
            self._counts.append(np.concatenate([c for _, c in self._pending]).astype(np.int32))
            self._pending, self._pending_size = [], 0

    def flush(self) -> None:
        self._gather()
        self._terms.append(np.asarray(self.terms, np.int32))
        self._counts.append(np.asarray(self.counts, np.int32))
        self.terms.clear()
        self.counts.clear()

    def csr(self, rank: np.ndarray, n_terms: int) -> tuple[np.ndarray, np.ndarray]:
        """Offsets per term (after renumbering by ``rank``) and doc postings, ascending.

        A counting sort chunk by chunk: each chunk's postings go straight to their final
        place, so the peak is the packed pairs plus the result (no index array the size of
        all postings)."""
        self.flush()
        totals = np.zeros(n_terms, np.int64)
        for i, terms in enumerate(self._terms):
            if len(terms):
                self._terms[i] = terms = rank[terms]
                totals += np.bincount(terms, minlength=n_terms)
        offsets = np.zeros(n_terms + 1, np.int64)
        np.cumsum(totals, out=offsets[1:])
        postings = np.empty(int(offsets[-1]), np.int32)
        cursor = offsets[:-1].copy()
        base = 0
        chunks, self._terms, self._counts = (
            list(zip(self._terms, self._counts, strict=True)),
            [],
            [],
        )
        while chunks:
            terms, counts = chunks.pop(0)
            docs = np.repeat(np.arange(base, base + len(counts), dtype=np.int32), counts)
            base += len(counts)
            if not len(terms):
                continue
            order = stable_order(terms)
            ordered = terms[order]
            here = np.bincount(ordered, minlength=n_terms)
            first = np.cumsum(here) - here  # where each term's run starts in this chunk
            within = np.arange(len(ordered)) - first[ordered]
            postings[cursor[ordered] + within] = docs[order]
            cursor += here
        return offsets, postings


def stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` for non-negative int32 keys, about 3x faster: two
    passes over 16-bit halves, which numpy sorts by radix instead of by merging."""
    order = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    high = (keys >> 16).astype(np.uint16)
    if high.any():
        order = order[np.argsort(high[order], kind="stable")]
    return order


def _byte_ranges(lengths: np.ndarray) -> np.ndarray:
    """(start, end) per article, interleaved, for texts written one after another."""
    ends = np.cumsum(lengths)
    ranges = np.empty(2 * len(lengths), np.int64)
    ranges[0::2] = ends - lengths
    ranges[1::2] = ends
    return ranges


def build_data(
    actors: Iterable[Actor],
    agreements: Iterable[Agreement],
    articles: Iterable[ArticleMeta],
    bodies: Iterable[Body],
    generation: int,
    sentence_text: SentenceText | None = None,
    prepared: TermFeed | None = None,
) -> IndexData:
    """Index names, titles and sentences. Bodies are kept as UTF-8 unless ``sentence_text``
    is given (then sentence labels are fetched through it and no text is held).

    ``prepared`` holds the sentence words of articles already tokenised (by an ingest's
    workers) and is used up; ``bodies`` need only cover the others."""
    actors, agreements, articles = list(actors), list(agreements), list(articles)
    feed = prepared if prepared is not None else TermFeed()
    ids = feed.ids
    named = name_part(actors, agreements, articles, ids)

    position = {a.id: i for i, a in enumerate(articles)}
    for body in bodies:
        if body.id in position and body.id not in feed.articles:
            feed.add(body.id, article_terms(body.text, body.sentences))
    postings = _Postings()
    where: dict[str, list[np.ndarray]] = {"article": [], "number": [], "start": [], "end": []}
    texts: list[str] | None = [""] * len(articles) if sentence_text is None else None
    lengths = np.zeros(len(articles), np.int64)  # UTF-8 bytes per article, for text_offsets
    for ai, article in enumerate(articles):
        found = feed.take(article.id)
        if found is None:
            continue
        postings.add_docs(found.ids, found.counts)
        where["article"].append(np.full(len(found.counts), ai, np.int32))
        where["number"].append(np.arange(len(found.counts), dtype=np.int32))
        where["start"].append(found.spans[0::2])
        where["end"].append(found.spans[1::2])
        if texts is not None:
            text = found.text
            texts[ai] = text
            lengths[ai] = len(text) if text.isascii() else len(text.encode("utf-8", "replace"))
    placed = {
        k: np.concatenate(v).astype(np.int32) if v else np.zeros(0, np.int32)
        for k, v in where.items()
    }

    terms = ids.terms
    order = sorted(range(len(terms)), key=terms.__getitem__)
    rank = np.empty(len(terms), np.int32)
    rank[np.asarray(order, np.int64)] = np.arange(len(terms), dtype=np.int32)
    sorted_terms = [terms[i] for i in order]
    s_off, s_post = postings.csr(rank, len(terms))
    del postings
    n_off, n_post = named.postings.csr(rank, len(terms))
    arrays = {
        "sentence_offsets": s_off,
        "sentence_postings": s_post,
        "name_offsets": n_off,
        "name_postings": n_post,
        "name_counts": np.diff(n_off).astype(np.int32),
        "owner_order": np.arange(len(named.owners), dtype=np.int32),
        **named.arrays(),
        "sentence_article": placed["article"],
        "sentence_number": placed["number"],
        "sentence_start": placed["start"],
        "sentence_end": placed["end"],
        "text_offsets": _byte_ranges(lengths),
    }
    titles = Titles([a.id for a in articles], [clean_label(a.shown) for a in articles])
    return IndexData(
        generation,
        sorted_terms,
        Owners.from_rows(named.owners),
        named.entries,
        titles,
        arrays,
        texts,
        sentence_text,
    )


@dataclass
class NamePart:
    """The name half of an index: owner rows, their name entries, and (term, entry) postings
    numbered in the ``TermIds`` it was made with."""

    owners: list[list[Any]] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    entry_owner: array = field(default_factory=lambda: array("i"))
    entry_words: array = field(default_factory=lambda: array("i"))
    postings: _Postings = field(default_factory=_Postings)

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "name_owner": np.frombuffer(self.entry_owner, np.intc).astype(np.int32),
            "name_words": np.frombuffer(self.entry_words, np.intc).astype(np.int32),
        }


def name_part(
    actors: list[Actor], agreements: list[Agreement], articles: list[ArticleMeta], ids: TermIds
) -> NamePart:
    """Index every name and alias of the records, and each article's title and site."""
    get = ids.__getitem__
    findall = WORD.findall
    part = NamePart()
    for owner, (row, forms) in enumerate(owner_rows(actors, agreements, articles)):
        part.owners.append(row)
        seen: set[tuple[int, ...]] = set()
        for form in forms:
            words = findall(fold(form or ""))
            tids = tuple(map(get, words))
            if not tids or tids in seen:
                continue
            seen.add(tids)
            part.postings.add(set(tids))
            part.entries.append(clean_label(form, MAX_DETAIL))
            part.entry_owner.append(owner)
            part.entry_words.append(len(tids))
    return part
