"""Growing a saved index by the articles added since it was built, without rebuilding it.

When every article the saved index holds is still stored, the new generation's index is the
saved one plus the added articles: their sentences get the next sentence ids, their postings
go to the tail, after each term's saved list (so every list stays ascending; ``tail.py``),
their texts are appended to ``texts.bin``. Nothing is regrouped or sorted per article already indexed: the cost
follows the added articles plus one copy of the saved arrays, not a rebuild of the store.
The name half (actors, agreements, titles) is small and changes with every commit (weights,
new names): it is made again from the records.

Sentences of added articles follow the saved ones, so among sentence hits of equal score
they come after the saved articles' (a full build orders every article newest first).
"""

from __future__ import annotations

import mmap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from store.records import Actor, Agreement, ArticleMeta
from store.search.columns import AppendedTexts, Joined, as_list
from store.search.held import holds, stamped
from store.search.layout import grown_column
from store.search.name_half import grow_name_half, whole_name_half
from store.search.name_half import names_due as _names_due
from store.search.names_grown import GrownNames, grow_names
from store.search.owners import NewestFirst
from store.search.postings import IndexData, Titles, _Postings, clean_label, name_part
from store.search.sentence_words import SentenceTerms, TermFeed, TermIds
from store.search.tail import TAIL_SHARE, Linked, has_tail
from store.search.vocabulary import merge_terms


def extend_data(
    saved: IndexData,
    base_texts: Path,
    actors: Mapping[str, Actor],
    agreements: Mapping[str, Agreement],
    stored: StoredArticles,
    feed: TermFeed,
    generation: int,
    changed: set[str] | None = None,
    added: list[ArticleMeta] | None = None,
) -> IndexData | None:
    """The saved index grown by the stored articles it lacks (their words taken from
    ``feed``); None when it cannot be grown (an indexed article is gone, a word is missing,
    or the saved index is not of the shape a build leaves), which means rebuild.

    ``changed`` holds the ids of the actors and agreements written since the saved index
    was built (None: unknown): only their name rows are made again, so only those records
    are read from ``actors`` and ``agreements`` (a writer makes the others on demand).
    ``added``: the articles the saved index lacks, when the caller told them from ``changed``
    (``StoredArticles.written``); else every indexed id is compared with the stored ones."""
    if not isinstance(saved.texts, bytes | mmap.mmap):
        return None
    a = {n: arr if isinstance(arr, Joined) else np.asarray(arr) for n, arr in saved.arrays.items()}
    first = len(saved.articles.ids)
    if added is None:
        indexed = as_list(saved.articles.ids)
        known = set(indexed)
        if len(known) != len(indexed):
            return None
        added = stored.added(known)
        del indexed, known
        if added is None:
            return None  # an article went (a replacement): rebuild
    if not (stamped(saved.source, saved.stamps) or holds(a, first)):
        return None  # checked once, then stamped (``held``)
    found: list[SentenceTerms] = []
    for m in added:
        terms = feed.take(m.id)
        if terms is None:
            return None
        found.append(terms)

    names_ids = TermIds()
    grown = None
    if changed is not None:
        grown = grow_names(
            saved, actors, agreements, added, changed, names_ids, stored.article, stored.order,
            lambda pairs, dropped: _names_due(a, pairs, dropped, len(saved.owners)),  # made whole
        )
    # as a build makes it (its rows are sorted whatever order the records come in)
    named = grown or name_part(
        list(actors.values()), list(agreements.values()), stored.every(), names_ids
    )
    vocabulary = merge_terms(saved.terms, feed.ids.terms, names_ids.terms)
    merged, old_rank, ranks = vocabulary.terms, vocabulary.old_rank, vocabulary.ranks
    n_terms = len(merged)
    n_sent = len(a["sentence_article"])
    new = _Postings()
    for terms in found:
        new.add_docs(terms.ids, terms.counts)
    new_off, new_post = new.csr(ranks(feed.ids.terms), n_terms)
    new_post += np.int32(n_sent)
    sentences = _grow_sentences(a, old_rank, new_off, new_post, base_texts.with_name(POSTINGS))
    if isinstance(named, GrownNames):
        names = grow_name_half(saved, a, named, old_rank, ranks(names_ids.terms), n_terms)
    else:
        names = whole_name_half(named, ranks(names_ids.terms), n_terms)

    tail = [t.text.encode("utf-8", "replace") for t in found]
    base_size = int(a["text_offsets"][-1]) if len(a["text_offsets"]) else 0
    lengths = np.fromiter(map(len, tail), np.int64, len(tail))
    ends = base_size + np.cumsum(lengths)
    ranges = np.empty(2 * len(tail), np.int64)
    ranges[0::2], ranges[1::2] = ends - lengths, ends

    counts = [len(t.counts) for t in found]

    def more(name: str, *items: np.ndarray, dtype: type = np.int32) -> Any:
        new = np.concatenate(items).astype(dtype) if items else np.zeros(0, dtype)
        return grown_column(saved, name, new, TAIL_SHARE)

    arrays = {
        **sentences,
        **names.arrays,
        "sentence_article": more(
            "sentence_article", *(np.full(c, first + k, np.int32) for k, c in enumerate(counts))
        ),
        "sentence_number": more("sentence_number", *(np.arange(c, dtype=np.int32) for c in counts)),
        "sentence_start": more("sentence_start", *(t.spans[0::2] for t in found)),
        "sentence_end": more("sentence_end", *(t.spans[1::2] for t in found)),
        "text_offsets": more("text_offsets", ranges, dtype=np.int64),
    }
    titles = Titles(
        grown_column(saved, "article_ids", [m.id for m in added], TAIL_SHARE),
        grown_column(saved, "article_titles", [clean_label(m.shown) for m in added], TAIL_SHARE),
    )
    texts = AppendedTexts(base_texts, base_size, tail)
    grown_data = IndexData(generation, merged, names.owners, names.entries, titles, arrays, texts)
    grown_data.checked = True  # its sentences hold: the saved ones passed, the added are made here
    return grown_data


@dataclass
class StoredArticles:
    """The store's articles as growing needs them: the ids it holds, each one's record, and
    their order when the store gives it (else ``owners.NewestFirst``); ``every`` lists them
    all in order (only for making the name half whole again)."""

    ids: list[str]
    article: Callable[[str], ArticleMeta | None]
    every: Callable[[], list[ArticleMeta]]
    order: list[str] | None = None

    def added(self, indexed: set[str]) -> list[ArticleMeta] | None:
        """The articles not in ``indexed``, in the store's order; None when an indexed one
        is not stored any more."""
        ids = set(self.ids)
        if len(ids) != len(self.ids) or not ids.issuperset(indexed):
            return None
        metas = [self.article(i) for i in self.ids if i not in indexed]
        if any(m is None for m in metas):
            return None
        return self._in_order([m for m in metas if m is not None])

    def written(
        self, indexed: int, changed: set[str], is_record: Callable[[str], bool]
    ) -> list[ArticleMeta] | None:
        """The articles added since a saved index of ``indexed`` articles, told by the ids
        written since it (``changed``) instead of by every id it holds: the stored articles
        among them, when none was removed since (an id written since that is no record now,
        ``is_record`` telling actors and agreements) and with the indexed ones they make up
        every stored article, so none of them is indexed already. None when that does not
        hold (an indexed article written again, one removed): then ``added`` compares."""
        found = []
        for id in changed:
            meta = self.article(id)
            if meta is not None:
                found.append(meta)
            elif not is_record(id):
                return None
        if indexed + len(found) != len(self.ids):
            return None
        return self._in_order(found)

    def _in_order(self, found: list[ArticleMeta]) -> list[ArticleMeta]:
        """``found`` in the store's order."""
        if self.order is not None:
            where = {id: k for k, id in enumerate(self.order)}
            return sorted(found, key=lambda m: where.get(m.id, -1))
        return sorted(found, key=NewestFirst)


POSTINGS = "sentence_postings.npy"
"""The saved base postings' file, beside ``texts.bin``."""


def _grow_sentences(
    a: dict[str, np.ndarray],
    old_rank: np.ndarray,
    new_off: np.ndarray,
    new_post: np.ndarray,
    base_file: Path,
) -> dict[str, Any]:
    """The sentence postings grown by the new ones (``tail.py``): the saved base kept as it is
    (``Linked``) and the tail written again with them; or, once the tail outgrows its share,
    one CSR of both (each term's new postings after its saved ones)."""
    base, base_off = a["sentence_postings"], a["sentence_offsets"]
    t_off, t_post = new_off, new_post
    if has_tail(a):
        t_off, pieces = _merge(
            a["sentence_tail_offsets"], a["sentence_tail_postings"], old_rank, new_off, new_post
        )
        t_post = np.concatenate(pieces.pieces).astype(np.int32, copy=False)
    if len(t_post) * TAIL_SHARE > len(base):
        s_off, s_post = _merge(base_off, base, old_rank, t_off, t_post)
        return {"sentence_offsets": s_off, "sentence_postings": s_post}
    counts = np.zeros(len(new_off) - 1, np.int64)
    counts[old_rank] = np.diff(base_off)  # the base's lists, under the merged terms' numbers
    offsets = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    return {
        "sentence_offsets": offsets,
        "sentence_postings": Linked(base_file, len(base)),
        "sentence_tail_offsets": t_off,
        "sentence_tail_postings": t_post,
    }


class Pieces:
    """An int32 array given as the pieces that make it, one after another: what a grown
    index's sentence postings are until saved (``saved.save_data`` writes the pieces straight
    to the file, so the 4 bytes per posting of a large index are not copied once more in
    memory first; the saved file is then read back memory-mapped)."""

    dtype = np.dtype(np.int32)
    ndim = 1

    def __init__(self, pieces: list[np.ndarray]) -> None:
        self.pieces = pieces
        self.size = sum(len(p) for p in pieces)

    def __len__(self) -> int:
        return self.size


def _merge(
    old_off: np.ndarray,
    old_post: np.ndarray,
    old_rank: np.ndarray,
    new_off: np.ndarray,
    new_post: np.ndarray,
) -> tuple[np.ndarray, Pieces]:
    """One CSR of the saved lists (terms renumbered by ``old_rank``, which keeps their order)
    and the new ones, each term's new postings after its saved ones.

    The saved postings move in runs between the terms that gained postings, so the copy is
    one ``concatenate`` of about twice as many pieces as such terms.
    """
    n_terms = len(new_off) - 1
    counts = np.diff(new_off)
    old_counts = np.zeros(n_terms, np.int64)
    old_counts[old_rank] = np.diff(old_off)
    offsets = np.zeros(n_terms + 1, np.int64)
    np.cumsum(old_counts + counts, out=offsets[1:])
    old_end = np.cumsum(old_counts)  # where each merged term's saved list ends in old_post
    pieces: list[np.ndarray] = []
    at = 0
    for t in np.flatnonzero(counts).tolist():
        end = int(old_end[t])
        pieces.append(old_post[at:end])
        pieces.append(new_post[new_off[t] : new_off[t + 1]])
        at = end
    pieces.append(old_post[at:])
    return offsets, Pieces(pieces)
