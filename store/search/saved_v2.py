"""Reading an index saved by a release before columns (format 2: ``meta.json`` holding the
terms, owner rows, name forms and titles as JSON). Such an index still answers queries and
gives its words to the next build, which saves it in the current layout (``saved``): it is
rebuilt once, from its own words, never read again from the bodies.
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from store.db.files import read_regular, refuse_special
from store.search.postings import ARRAYS, ENTITY_KINDS, IndexData, Owners, Titles
from store.search.tail import TAIL_ARRAYS, tail_format

LEGACY = 2
"""The layout this module reads."""


def load_legacy(directory: Path) -> IndexData | None:
    """The format-2 index saved in ``directory``, or None when it is not one or damaged."""
    directory = Path(directory)
    try:
        meta = orjson.loads(read_regular(directory / "meta.json"))
        if not isinstance(meta, dict) or meta.get("format") not in (LEGACY, tail_format(LEGACY)):
            return None
        names = [*ARRAYS, *(TAIL_ARRAYS if meta["format"] != LEGACY else ())]
        for name in ("texts.bin", *(f"{a}.npy" for a in names)):
            refuse_special(directory / name)  # a FIFO would hang the load: rebuild instead
        arrays = {}
        for name in names:
            arrays[name] = np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False)
        texts: bytes | mmap.mmap = b""
        with open(directory / "texts.bin", "rb") as fh:
            if os.fstat(fh.fileno()).st_size:
                texts = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        if not _valid(meta, arrays, len(texts)):
            return None
        arrays["name_counts"] = np.diff(np.asarray(arrays["name_offsets"])).astype(np.int32)
        arrays["owner_order"] = np.arange(len(meta["owners"]), dtype=np.int32)
        owners = Owners.from_rows(meta["owners"])
        titles = Titles.from_rows(meta["articles"])
        return IndexData(
            meta["generation"], meta["terms"], owners, meta["entries"], titles, arrays, texts
        )
    except Exception:  # noqa: BLE001 - any damage means "rebuild", never a crash
        return None


def _bounded(arr: np.ndarray, hi: int) -> bool:
    return len(arr) == 0 or (int(arr.min()) >= 0 and int(arr.max()) < hi)


def _csr_ok(offsets: np.ndarray, postings: np.ndarray, n_terms: int, n_docs: int | None) -> bool:
    """Offsets that cut ``postings`` into one list per term; with ``n_docs``, every posting in
    range too (``None``: the caller checks each list when it first reads it)."""
    return (
        len(offsets) == n_terms + 1
        and int(offsets[0]) == 0
        and int(offsets[-1]) == len(postings)
        and bool(np.all(np.diff(offsets) >= 0))
        and (n_docs is None or _bounded(postings, n_docs))
    )


def _only(values: Any, *types: type) -> bool:
    """Every item of ``values`` is exactly one of ``types`` (fast: no per-item Python loop)."""
    return set(map(type, values)) <= set(types)


def _valid(meta: dict[str, Any], a: dict[str, np.ndarray], texts: int) -> bool:
    """Shapes, types and bounds agree, so no query can index out of range."""
    terms = meta["terms"]
    if type(meta["generation"]) is not int or not isinstance(terms, list):
        return False
    if not _only(terms, str) or "" in terms or terms != sorted(terms):
        return False
    rows = meta["owners"]
    if not isinstance(rows, list) or not _only(rows, list) or not set(map(len, rows)) <= {5}:
        return False
    if rows:
        kinds, ids, labels, details, weights = zip(*rows, strict=True)
        if not set(kinds) <= ENTITY_KINDS or not _only(ids + labels + details, str):
            return False
        if not _only(weights, int):
            return False
    if not isinstance(meta["entries"], list) or not _only(meta["entries"], str):
        return False
    titles = meta["articles"]
    if not isinstance(titles, list) or not _only(titles, list) or not set(map(len, titles)) <= {2}:
        return False
    if titles and not _only([v for row in titles for v in row], str):
        return False
    for name, dtype in {**ARRAYS, **TAIL_ARRAYS}.items():
        if name in a and (a[name].dtype != dtype or a[name].ndim != 1):
            return False
    if "sentence_tail_offsets" in a and not _csr_ok(
        a["sentence_tail_offsets"], a["sentence_tail_postings"], len(terms), None
    ):
        return False
    return arrays_agree(a, meta, texts, len(terms), len(meta["entries"]), len(rows), len(titles))


def arrays_agree(
    a: dict[str, np.ndarray], meta: dict[str, Any], texts: int, n_terms: int, n_entries: int, n_owners: int, n_articles: int
) -> bool:
    """The checks every saved format shares: the postings, the name entries, the sentences and
    the article texts agree with the counts of terms, entries, owners and articles."""
    n_sent = len(a["sentence_article"])
    return (
        type(meta.get("texts")) is int
        and meta["texts"] <= texts  # a later index may have appended to a shared file
        and _csr_ok(a["sentence_offsets"], a["sentence_postings"], n_terms, None)
        and _csr_ok(a["name_offsets"], a["name_postings"], n_terms, n_entries)
        and len(a["name_owner"]) == n_entries
        and len(a["name_words"]) == n_entries
        and _bounded(a["name_owner"], n_owners)
        and _bounded(a["name_words"] - 1, 1 << 30)
        and len(a["sentence_number"]) == n_sent
        and len(a["sentence_start"]) == n_sent
        and len(a["sentence_end"]) == n_sent
        and len(a["text_offsets"]) == 2 * n_articles
        and _bounded(a["text_offsets"], meta["texts"] + 1)
    )
