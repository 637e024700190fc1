"""Whether a saved index's sentences hold together, checked once rather than at every growth.

Growing builds on the saved per-sentence columns (``extend.extend_data``): they must run
article by article as a build leaves them, with every span inside its article's text and
every tail posting naming a sentence. Checking that read every saved sentence (two million
at 50k articles) at each growth of a few articles. Once a growth has checked them, the index
it saves (whose added sentences it made itself) stamps the identity of those files (device,
inode, size, modification time) in its manifest (``stamp``): a base file is linked unchanged
from one index to the next and a tail written anew, so the next growth reads none of them
while every file bears its stamp, and all again when one does not (a copied store, a file
written since, an index saved by a release without stamps).
"""

from __future__ import annotations

import mmap
import os
from pathlib import Path
from typing import Any

import numpy as np

from store.search.columns import Joined

HELD = ("sentence_article", "sentence_number", "sentence_start", "sentence_end", "text_offsets")
"""The columns whose content the check reads (their base and tail files), with the
sentence postings' tail."""
CHECKED_AT_ONCE = 1 << 18
"""Sentences whose saved layout is checked at a time."""


def _files(directory: Path) -> list[str]:
    """The files of ``directory`` the check reads: each ``HELD`` column's base, its tail
    when it has one, and the sentence postings' tail when there is one."""
    tails = [f"{n}.tail.npy" for n in HELD] + ["sentence_tail_postings.npy"]
    return [f"{n}.npy" for n in HELD] + [n for n in tails if (directory / n).exists()]


def stamp(directory: Path) -> dict[str, list[int]]:
    """The identity of each file of ``directory`` the check reads, as the manifest keeps it."""
    found = {}
    for name in _files(directory):
        st = os.stat(directory / name)
        found[name] = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]
    return found


def stamped(source: Any, stamps: Any) -> bool:
    """Whether the files of ``source`` the check reads are those it was saved with, each
    bearing its stamp (none missing, none more)."""
    if source is None or not isinstance(stamps, dict):
        return False
    try:
        return stamp(Path(source)) == stamps
    except OSError:
        return False


def holds(a: dict[str, Any], n_articles: int) -> bool:
    """The saved sentences run article by article as a build leaves them, every span lies
    within its article's text, every posting of the tail names a sentence: what growing
    builds on. The saved base postings are not read here (they stay as they are): the query
    engine checks each list when it first reads it, as it does for any index it opens.
    A column of a base and a tail is checked part by part (never joined)."""
    names = ("sentence_article", "sentence_number", "sentence_start", "sentence_end")
    cols = [a[n].base if isinstance(a[n], Joined) else np.asarray(a[n]) for n in names]
    tails = [a[n].tail if isinstance(a[n], Joined) else np.asarray(a[n])[:0] for n in names]
    n_sent = len(cols[0]) + len(tails[0])
    ranges = np.asarray(a["text_offsets"])
    sizes = ranges[1::2] - ranges[0::2]  # bytes: never fewer than characters
    before, last_number = -1, -1
    for part in (cols, tails):
        for at in range(0, len(part[0]), CHECKED_AT_ONCE):  # a few MB of temporaries at a time
            article, number, start, end = (c[at : at + CHECKED_AT_ONCE] for c in part)
            if int(article[0]) < max(before, 0) or int(article[-1]) >= n_articles:
                return False
            if len(article) > 1 and not bool(np.all(article[1:] >= article[:-1])):
                return False
            # each article's sentences numbered from 0 (one going on across a cut too)
            new = np.empty(len(article), bool)
            new[0] = int(article[0]) != before
            np.not_equal(article[1:], article[:-1], out=new[1:])
            if int(number[0]) != (0 if new[0] else last_number + 1):
                return False
            steps = np.where(new[1:], number[1:] == 0, number[1:] == number[:-1] + 1)
            if not bool(np.all(steps)):
                return False
            if not (np.all(start >= 0) and np.all(start <= end) and np.all(end <= sizes[article])):
                return False
            before, last_number = int(article[-1]), int(number[-1])
            for column in part:  # read once: its pages need not stay in this process
                _let_go(column, at + CHECKED_AT_ONCE)
    tail = a.get("sentence_tail_postings")
    return not (tail is not None and len(tail) and (int(tail.min()) < 0 or int(tail.max()) >= n_sent))


def _let_go(column: Any, upto: int) -> None:
    """Drop the pages of a column mapped from its file, up to item ``upto``, from this process's
    memory (the system keeps them cached): checking every saved sentence of a large store
    otherwise left tens of megabytes resident for the rest of the ingest. Nothing happens
    for a column held in memory."""
    mapped = column
    while mapped is not None and not isinstance(mapped, np.memmap):
        mapped = getattr(mapped, "base", None)
    view = getattr(mapped, "_mmap", None)
    if view is None or not isinstance(view, mmap.mmap) or not len(column):
        return
    skipped = mapped.offset % mmap.ALLOCATIONGRANULARITY  # where numpy's data starts in the map
    begin = mapped.ctypes.data - skipped
    end = column.ctypes.data + min(upto, len(column)) * column.itemsize - begin
    end -= end % mmap.PAGESIZE
    if 0 < end <= len(view):
        view.madvise(mmap.MADV_DONTNEED, 0, end)
