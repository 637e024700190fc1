"""Sentence words of articles the saved index already holds, taken from it, not re-read.

Every commit makes a new store generation, and the index is then built again. Without this,
adding a few articles to a store of 10k read every earlier body back from the segment and
tokenised it again: seconds for a handful of files. Article ids are content hashes, so an
id in the saved index means the same text, and a saved index of the same ``FORMAT`` holds the
same words for it. The saved arrays are checked before use; anything that does not hold
together means the articles are read from the store as before.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterable

import numpy as np

from store.search.columns import as_list
from store.search.postings import IndexData, stable_order
from store.search.sentence_words import SentenceTerms, TermFeed
from store.search.tail import folded


def reuse_saved(data: IndexData, feed: TermFeed, wanted: Iterable[str]) -> int:
    """Add to ``feed`` each article of ``wanted`` that ``data`` indexed and ``feed`` lacks;
    return how many were added."""
    position = {aid: i for i, aid in enumerate(as_list(data.articles.ids))}
    take = [(aid, position[aid]) for aid in wanted if aid in position and aid not in feed.articles]
    if not take or not isinstance(data.texts, bytes | mmap.mmap):
        return 0
    a = {name: np.asarray(arr) for name, arr in data.arrays.items()}
    first = sentence_ranges(a, len(data.articles))
    if first is None:
        return 0
    offsets, postings = folded(a)  # a grown index's tail too
    n_sent = len(a["sentence_article"])
    # the saved lists run term by term; regroup them sentence by sentence
    term_of = np.repeat(np.arange(len(data.terms), dtype=np.int32), np.diff(offsets))
    by_sentence = term_of[stable_order(postings)]
    del term_of
    per_sentence = np.bincount(postings, minlength=n_sent).astype(np.int32)
    sentence_first = np.zeros(n_sent + 1, np.int64)
    np.cumsum(per_sentence, out=sentence_first[1:])
    numbered = np.fromiter(map(feed.ids.__getitem__, data.terms), np.int32, len(data.terms))
    by_sentence = numbered[by_sentence]
    starts, ends, ranges = a["sentence_start"], a["sentence_end"], a["text_offsets"]
    added = 0
    for article_id, ai in take:
        s0, s1 = int(first[ai]), int(first[ai + 1])
        lo, hi = int(ranges[2 * ai]), int(ranges[2 * ai + 1])
        text = bytes(data.texts[lo:hi]).decode("utf-8", "replace")
        spans = np.empty(2 * (s1 - s0), np.int32)
        spans[0::2], spans[1::2] = starts[s0:s1], ends[s0:s1]
        if len(spans) and (int(spans.min()) < 0 or int(spans.max()) > len(text)):
            continue  # damaged: this one is read from the store
        feed.articles[article_id] = SentenceTerms(
            by_sentence[sentence_first[s0] : sentence_first[s1]],
            per_sentence[s0:s1],
            spans,
            text,
        )
        added += 1
    return added


def sentence_ranges(a: dict[str, np.ndarray], n_articles: int) -> np.ndarray | None:
    """Where each article's sentences start (one more entry for the end), when the saved
    sentences run article by article and are numbered from 0 in each, as a build leaves them;
    None otherwise (or when a posting points past the last sentence)."""
    article, number, postings = a["sentence_article"], a["sentence_number"], a["sentence_postings"]
    n_sent = len(article)
    if n_sent and (int(article[0]) < 0 or int(article[-1]) >= n_articles):
        return None
    if n_sent > 1 and not bool(np.all(article[1:] >= article[:-1])):
        return None
    for lists in (postings, a.get("sentence_tail_postings", postings[:0])):
        if len(lists) and (int(lists.min()) < 0 or int(lists.max()) >= n_sent):
            return None
    counts = np.bincount(article, minlength=n_articles) if n_sent else np.zeros(n_articles, int)
    first = np.zeros(n_articles + 1, np.int64)
    np.cumsum(counts, out=first[1:])
    if n_sent and not np.array_equal(number, np.arange(n_sent) - first[article]):
        return None
    return first
