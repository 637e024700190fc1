"""The list file (``PATH.lists``): one line of each article and listed actor, as the lists show it.

A large catalog takes seconds to load into records; the explorer's lists need only a few
fields of each. The writer writes this file after every commit (atomically, like the catalog),
stamped with the generation and the catalog's signature (``journal.store_signature``: base file
identity and journal size) it describes, so a reader fills its lists from it at once and loads
the full records afterwards. A file that is missing, damaged or stamped for another signature
is never trusted: the reader loads the catalog as before, and the next writer (or ``doctor``)
writes the file again. Columns, not one object per row, so it parses in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

import orjson

from store.db.files import open_regular
from store.db.journal import store_signature
from store.db.json_storage import atomic_write_bytes
from store.errors import StoreError
from store.records import Actor, ArticleMeta

LISTS_FORMAT = 1
"""Bumped when the columns change: a file of another format is rebuilt, never misread."""

ARTICLE_COLUMNS = ("id", "shown", "published", "source", "dateline", "sentences", "agreements")
ACTOR_COLUMNS = ("id", "kind", "name", "aliases", "code", "count")


def lists_path(path: Path) -> Path:
    """The list file beside the catalog at ``path``."""
    return path.with_name(path.name + ".lists")


@dataclass(slots=True)
class ArticleLine:
    """An article as its list row shows it (and sorts, filters and folds copies by)."""

    id: str
    shown: str  # its title, or the first words of its lede (``ArticleMeta.shown``)
    published: str | None
    source: str | None
    dateline: str | None
    sentences: int
    agreements: int  # how many agreements it names (the "agreements" sort)


@dataclass(slots=True)
class ActorLine:
    """A listed actor (one some article mentions) as its row shows it and the filter finds it."""

    id: str
    kind: str
    name: str
    aliases: list[str]
    code: str | None
    count: int  # articles mentioning it


@dataclass(slots=True)
class Lines:
    """What the lists show of one generation of a store. Read back (``read_lists``) they are
    in the store's orders (``sort_lines``); the writer writes them as they come, so a commit
    does not sort the store."""

    generation: int
    articles: list[ArticleLine]
    actors: list[ActorLine]


def article_line(meta: ArticleMeta) -> ArticleLine:
    return ArticleLine(
        meta.id, meta.shown, meta.published, meta.source, meta.dateline, meta.sentences,
        len(meta.agreements),
    )


def actor_line(actor: Actor) -> ActorLine:
    return ActorLine(
        actor.id, actor.kind, actor.name, list(actor.aliases), actor.code, len(actor.articles)
    )


def listed(actors: Iterable[Actor]) -> list[Actor]:
    """The actors some article mentions: one named only by a gazetteer or a link is not
    listed (it would open onto empty sections)."""
    return [a for a in actors if any(a.articles.values())]


def lines_of(generation: int, articles: Iterable[ArticleMeta], actors: Iterable[Actor]) -> Lines:
    """The lines of records already loaded, in the order given."""
    return Lines(
        generation, [article_line(m) for m in articles], [actor_line(a) for a in listed(actors)]
    )


def sort_lines(lines: Lines) -> Lines:
    """``lines`` in the orders of ``ReadStore.articles`` (newest first, undated last, then by
    name) and ``ReadStore.actors`` (by kind, then name)."""
    articles, actors = lines.articles, lines.actors
    articles.sort(key=attrgetter("id"))  # stable sorts, last key first: no tuple per line
    articles.sort(key=lambda m: m.shown.casefold())
    articles.sort(key=lambda m: m.published or "", reverse=True)
    actors.sort(key=attrgetter("id"))
    actors.sort(key=lambda a: a.name.casefold())
    actors.sort(key=attrgetter("kind"))
    return lines


def encode(lines: Lines, signature: Sequence[int]) -> bytes:
    """The file's bytes: the stamp, then each table as columns."""
    arts, acts = lines.articles, lines.actors
    return orjson.dumps({
        "format": LISTS_FORMAT,
        "generation": lines.generation,
        "signature": list(signature),
        "articles": {c: [getattr(a, c) for a in arts] for c in ARTICLE_COLUMNS},
        "actors": {c: [getattr(a, c) for a in acts] for c in ACTOR_COLUMNS},
    })


def write_lists(path: Path, lines: Lines, signature: Sequence[int] | None) -> None:
    """Write the list file of the catalog at ``path`` as committed with ``signature``.

    Written after the commit point: a crash before it leaves the file of an older commit,
    whose stamp no longer matches, so it is read as missing. A failure to write is not a
    failed commit (the catalog holds everything): the stale file is removed instead.
    """
    target = lists_path(path)
    if signature is None:
        return
    try:
        atomic_write_bytes(target, encode(lines, signature))
    except (OSError, StoreError):
        with contextlib.suppress(OSError):
            os.unlink(target)


def read_lists(path: Path) -> Lines | None:
    """The lines of the store at ``path`` as committed now, or None when the list file is
    missing, damaged, of another format, or stamped for another commit than the catalog's."""
    signature = store_signature(path)
    if signature is None:
        return None
    try:
        with os.fdopen(open_regular(lists_path(path)), "rb") as fh:
            doc = orjson.loads(fh.read())
        if doc.get("format") != LISTS_FORMAT or tuple(doc["signature"]) != signature:
            return None
        return sort_lines(Lines(
            int(doc["generation"]),
            _rows(ArticleLine, ARTICLE_COLUMNS, doc["articles"]),
            _rows(ActorLine, ACTOR_COLUMNS, doc["actors"]),
        ))
    except (OSError, StoreError, ValueError, KeyError, TypeError, AttributeError):
        return None


STAMP = re.compile(rb'^\{"format":(\d+),"generation":\d+,"signature":\[([\d,]*)\]')
"""The head of the file as ``encode`` writes it: enough to tell whether it is current."""


def lists_fresh(path: Path) -> bool:
    """Whether the list file is stamped for the catalog as committed now (read from its
    first bytes only: a writer asks this on every open, and the file is written whole by a
    rename, so its head tells; a reader still parses it all before trusting it)."""
    signature = store_signature(path)
    try:
        with os.fdopen(open_regular(lists_path(path)), "rb") as fh:
            head = fh.read(256)
    except (OSError, StoreError):
        return False
    found = STAMP.match(head)
    if found is None or int(found[1]) != LISTS_FORMAT:
        return False
    return signature is not None and tuple(int(n) for n in found[2].split(b",") if n) == signature


def _rows(kind: Any, names: tuple[str, ...], columns: dict[str, list[Any]]) -> list[Any]:
    """Rows of ``kind`` from the file's columns (all of one length, else ValueError)."""
    cols = [columns[n] for n in names]
    if len({len(c) for c in cols}) > 1:
        raise ValueError("columns of different lengths")
    return [kind(*values) for values in zip(*cols, strict=True)]
