"""The keys the explorer's lists are made by: the orders of the list file's lines (a base
kept in them, a few lines merged in) and the story key that folds copies of one story.

The explorer shows the articles newest first (undated last, then by title, then by id) and the
actors by kind, then name, then id. The writer writes the base of the list file in these
orders, so a reader takes it as it is and places only the few lines of the tail's records
(each by a binary search) instead of sorting every line again: the sort was a fifth of the
time the lists took to show at 50,000 articles. Each article line also carries a checksum of
its story key (``story_sum``), so the lists fold the copies of a story by comparing numbers and
work out the key itself only for the few lines whose numbers meet (folding every title was
another fifth).
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from operator import attrgetter
from typing import Any

from store.text import fold, strip_controls


def story_text(shown: str) -> str:
    """Syndicated copies of one story (the same wire text under several sites) share their
    title (or lede) as this folds it: controls gone, case and quotes folded, spaces one."""
    if shown.isascii() and shown.isprintable():  # nothing to strip or normalise: the same key
        return " ".join(shown.casefold().split())
    text = strip_controls(shown)
    if "\n" in text or "\t" in text:
        text = " ".join(text.split())
    return " ".join(fold(text).split())


def story_sum(shown: str, sentences: int) -> int:
    """A checksum of the story key (``story_text`` and the number of sentences): lines of one
    story share it; lines that share it may still be of two (the key then tells)."""
    key = f"{sentences} {story_text(shown)}"
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def sort_articles(articles: list[Any]) -> None:
    """Article lines in place: newest first, undated last, then by title, then by id."""
    articles.sort(key=attrgetter("id"))  # stable sorts, last key first: no tuple per line
    articles.sort(key=lambda m: m.shown.casefold())
    articles.sort(key=lambda m: m.published or "", reverse=True)


def sort_actors(actors: list[Any]) -> None:
    """Actor lines in place: by kind, then name, then id."""
    actors.sort(key=attrgetter("id"))
    actors.sort(key=lambda a: a.name.casefold())
    actors.sort(key=attrgetter("kind"))


def article_before(a: Any, b: Any) -> bool:
    """Whether article line ``a`` comes before ``b`` in ``sort_articles``'s order."""
    pa, pb = a.published or "", b.published or ""
    if pa != pb:
        return pa > pb
    ca, cb = a.shown.casefold(), b.shown.casefold()
    if ca != cb:
        return ca < cb
    return bool(a.id < b.id)


def actor_before(a: Any, b: Any) -> bool:
    """Whether actor line ``a`` comes before ``b`` in ``sort_actors``'s order."""
    return bool((a.kind, a.name.casefold(), a.id) < (b.kind, b.name.casefold(), b.id))


def merged(ordered: list[Any], changes: Mapping[str, Any], before: Any) -> list[Any]:
    """``ordered`` (in the order ``before`` tells) with the lines of ``changes`` applied: each id
    of it dropped, then each line that is not None placed where the order puts it."""
    if not changes:
        return ordered
    out = [line for line in ordered if line.id not in changes]
    for line in changes.values():
        if line is not None:
            _insert(out, line, before)
    return out


def _insert(lines: list[Any], line: Any, before: Any) -> None:
    lo, hi = 0, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        if before(lines[mid], line):
            lo = mid + 1
        else:
            hi = mid
    lines.insert(lo, line)

