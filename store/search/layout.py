"""Which columns make a saved index, and how a grown index's columns are kept: a base left
as saved and a tail of what was added (``columns.Grown``), or written whole once the tail
outgrows its share of the base."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from store.search.columns import Grown, Joined, Strings, encode
from store.search.postings import IndexData

GROWING: dict[str, type] = {
    "sentence_article": np.int32,  # per sentence: article index
    "sentence_number": np.int32,  # per sentence: its index within the article
    "sentence_start": np.int32,  # per sentence: offsets into the article's body text
    "sentence_end": np.int32,
    "text_offsets": np.int64,  # per article: (start, end) byte range in texts.bin, interleaved
    "name_owner": np.int32,  # per name entry: its owner's slot
    "name_words": np.int32,  # per name entry: words in the name
}
"""Numeric columns kept as a base and a tail."""
LAZY = frozenset({"sentence_article", "sentence_number", "sentence_start", "sentence_end"})
"""Of those, the ones read item by item (``columns.Joined``), never joined on opening."""
WHOLE: dict[str, type] = {
    "sentence_offsets": np.int64,  # per term + 1
    "sentence_postings": np.int32,  # sentence ids (the base, linked while a tail grows)
    "name_offsets": np.int64,  # per term + 1
    "name_postings": np.int32,  # name entry ids (the base, linked while a tail grows)
    "name_counts": np.int32,  # per term: live name entries holding it
    "owner_order": np.int32,  # live owner slots in tie-break order
}
"""Numeric columns written whole (the postings linked when unchanged)."""
TAILS: dict[str, type] = {
    "sentence_tail_offsets": np.int64,
    "sentence_tail_postings": np.int32,
    "name_tail_offsets": np.int64,
    "name_tail_postings": np.int32,
}
"""The postings of what was added since the bases (``tail.py``), when there are any."""
KEYS = "owner_keys"
"""Per owner slot: the key of its id (``id_slots``), kept as a base and a tail like the owner
columns, so growing finds the saved slots of a few ids without keying every saved one. An index
saved before it has none: the next ingest keys its ids once and saves them."""
OWNER_COLUMNS = {"kinds": ("owner_kinds", np.int8), "weights": ("owner_weights", np.int64)}
STRINGS = ("owner_ids", "owner_labels", "owner_details", "entry_labels", "article_ids", "article_titles")


def columns_of(data: IndexData) -> tuple[dict[str, Any], dict[str, Any]]:
    """The index's numeric and string columns by file name."""
    numbers = {name: data.arrays[name] for name in GROWING}
    numbers["owner_kinds"] = data.owners.kinds
    numbers["owner_weights"] = data.owners.weights
    if KEYS in data.arrays:
        numbers[KEYS] = data.arrays[KEYS]
    strings = {
        "owner_ids": data.owners.ids,
        "owner_labels": data.owners.labels,
        "owner_details": data.owners.details,
        "entry_labels": data.entries,
        "article_ids": data.articles.ids,
        "article_titles": data.articles.titles,
        "terms": data.terms,
    }
    return numbers, strings


def dtype_of(name: str) -> type:
    return GROWING.get(name) or {"owner_kinds": np.int8, "owner_weights": np.int64, KEYS: np.uint64}[name]


def grown_column(data: IndexData, name: str, items: Any, share: int) -> Any:
    """Column ``name`` of ``data`` (as loaded) followed by ``items``: its saved base kept
    and a tail written (``Grown``) while the tail stays within 1/``share`` of the base;
    otherwise the whole column, to be written as a new base."""
    counts = data.counts.get(name)
    whole = _column(data, name)
    if counts is None or data.source is None:
        return _joined(whole, items)
    base = counts[0]
    if not counts[1]:
        tail = items
    elif isinstance(whole, Strings) and len(whole.parts) == 2:  # the saved tail's bytes, not decoded
        tail = Strings([whole.parts[1], encode(items)])
    else:
        tail = _joined(whole[base:], items)
    if len(tail) * share > base:
        return _joined(whole, items)
    return Grown(Path(data.source), base, tail)


def _column(data: IndexData, name: str) -> Any:
    if name in data.arrays:
        return data.arrays[name]
    numbers, strings = columns_of(data)
    return numbers.get(name, strings.get(name))


def _joined(first: Any, items: Any) -> Any:
    if isinstance(first, np.ndarray | Joined) or isinstance(items, np.ndarray):
        return np.concatenate((np.asarray(first), np.asarray(items)))
    first = first.tolist() if isinstance(first, Strings) else list(first)
    return first + list(items)
