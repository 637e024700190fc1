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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.db import lists_file
from store.db.files import open_regular
from store.db.journal import store_signature
from store.db.list_keys import (
    actor_before,
    article_before,
    merged,
    sort_actors,
    sort_articles,
    story_sum,
)
from store.db.lists_file import lists_path
from store.db.schema import ACTORS, ARTICLES
from store.errors import StoreError
from store.records import Actor, ArticleMeta

ORDERED = "ordered"
"""Marks a base written in the lists' orders (an earlier release wrote it unsorted)."""
ARTICLE_COLUMNS = (
    "id", "shown", "published", "source", "dateline", "sentences", "agreements", "story"
)
STORY = "story"
"""The one column a file may lack (written before it was): its lines then hold None."""
ACTOR_COLUMNS = ("id", "kind", "name", "aliases", "code", "count")


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
    story: int | None = None  # ``story_sum`` (None: read from a file written before it)


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
        len(meta.agreements), story_sum(meta.shown, meta.sentences),
    )


def actor_line(actor: Actor) -> ActorLine:
    return ActorLine(
        actor.id, actor.kind, actor.name, list(actor.aliases), actor.code, len(actor.articles)
    )


def is_listed(actor: Actor) -> bool:
    """Whether some article mentions ``actor``: one named only by a gazetteer or a link is not
    listed (it would open onto empty sections)."""
    return any(actor.articles.values())


def listed(actors: Iterable[Actor]) -> list[Actor]:
    """The actors ``is_listed`` keeps."""
    return [a for a in actors if is_listed(a)]


def lines_of(generation: int, articles: Iterable[ArticleMeta], actors: Iterable[Actor]) -> Lines:
    """The lines of records already loaded, in the order given."""
    return Lines(
        generation, [article_line(m) for m in articles], [actor_line(a) for a in listed(actors)]
    )


class LineBook:
    """The lines a writer keeps between its commits, by id, so a commit makes again only the
    lines of the records it wrote or removed (and no record it did not touch)."""

    __slots__ = ("articles", "actors")

    def __init__(self, articles: dict[str, ArticleLine], actors: dict[str, ActorLine]) -> None:
        self.articles = articles
        self.actors = actors

    @classmethod
    def of_records(cls, articles: Iterable[ArticleMeta], actors: Iterable[Actor]) -> LineBook:
        """Every line made from the records (a store whose list file was missing or stale)."""
        lines = lines_of(0, articles, actors)
        return cls.of_lines(lines)

    @classmethod
    def of_lines(cls, lines: Lines) -> LineBook:
        return cls({a.id: a for a in lines.articles}, {a.id: a for a in lines.actors})

    def update(
        self,
        article_ids: Iterable[str],
        actor_ids: Iterable[str],
        articles: Mapping[str, ArticleMeta],
        actors: Mapping[str, Actor],
    ) -> None:
        """The lines of these articles and actors made again (dropped when the record is
        gone, or the actor is no longer mentioned)."""
        for id in article_ids:
            meta = articles.get(id)
            if meta is None:
                self.articles.pop(id, None)
            else:
                self.articles[id] = article_line(meta)
        for id in actor_ids:
            actor = actors.get(id)
            if actor is None or not is_listed(actor):
                self.actors.pop(id, None)
            else:
                self.actors[id] = actor_line(actor)

    def lines(self, generation: int) -> Lines:
        return Lines(generation, list(self.articles.values()), list(self.actors.values()))


Listed = tuple[Iterable[str], Iterable[str]]
"""The ids of the articles and of the actors a commit wrote or removed."""


class ListKeeper:
    """A writer's side of the list file: each commit appends the lines of the records it wrote
    or removed (``lists_file``), so it reads and makes no other line; the lines are taken up
    from the file (and kept by id) only when the tail is folded into a new base, and made from
    every record only when the file was missing or stale (once: after a kill, or a store of
    an earlier release without the file)."""

    unchanged: Listed = ((), ())

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book: LineBook | None = None
        self._state: lists_file.State | None = None  # the file as the last ``changed`` found it

    def changed(self, generation: int, batches: Mapping[str, Any]) -> Listed | None:
        """Before a commit at ``generation``: the ids its batches (``catalog.Batch`` per
        table) write or remove, or None when the file is not current (its lines are then
        made from the records)."""
        found = lists_file.state(self.path)
        current = store_signature(self.path)
        if found is None or current is None or found.signature != current:
            self._state, self.book = None, None
            return None
        self._state = found
        ids = []
        for table in (ARTICLES, ACTORS):
            batch = batches.get(table)
            ids.append({r.id for r in (*batch.new, *batch.changed)} | set(batch.removed) if batch else set())
        return ids[0], ids[1]

    def write(
        self,
        generation: int,
        articles: Mapping[str, ArticleMeta],
        actors: Mapping[str, Actor],
        listed: Listed | None,
    ) -> None:
        """After the commit point: the file brought to the store as just committed, by a
        record appended or, when the file was stale or its tail is due to fold, written whole."""
        before, self._state = self._state, None
        signature = store_signature(self.path)
        if signature is None:
            return
        if listed is None or before is None:
            self.book = LineBook.of_records(articles.values(), actors.values())
        else:
            if self.book is not None:
                self.book.update(*listed, articles, actors)
            if before.format == lists_file.LISTS_FORMAT and before.ordered and not before.fold_due:
                _append(self.path, before.signature, signature, generation, listed, articles, actors)
                return
            if self.book is None:  # the lines as the file holds them before this commit
                lines = _read(self.path, before.signature, ordered=False)
                if lines is None:
                    self.book = LineBook.of_records(articles.values(), actors.values())
                else:
                    self.book = LineBook.of_lines(lines)
                    self.book.update(*listed, articles, actors)
        write_lists(self.path, self.book.lines(generation), signature)


def _append(
    path: Path,
    at: Sequence[int],
    signature: Sequence[int],
    generation: int,
    listed: Listed,
    articles: Mapping[str, ArticleMeta],
    actors: Mapping[str, Actor],
) -> None:
    """Append the record of one commit: the lines of the records it wrote, the ids of those
    whose lines went (a failure to write removes the file: it would be stale)."""
    arts: list[ArticleLine] = []
    acts: list[ActorLine] = []
    gone: dict[str, list[str]] = {ARTICLES: [], ACTORS: []}
    for id in sorted(listed[0]):
        meta = articles.get(id)
        if meta is None:
            gone[ARTICLES].append(id)
        else:
            arts.append(article_line(meta))
    for id in sorted(listed[1]):
        actor = actors.get(id)
        if actor is None or not is_listed(actor):
            gone[ACTORS].append(id)
        else:
            acts.append(actor_line(actor))
    record = {
        "from": list(at),
        "to": list(signature),
        "generation": generation,
        **_columns(Lines(generation, arts, acts)),
        "gone": gone,
    }
    try:
        lists_file.append_record(path, record)
    except (OSError, StoreError):
        with contextlib.suppress(OSError):
            os.unlink(lists_path(path))


def sort_lines(lines: Lines) -> Lines:
    """``lines`` in the orders of ``ReadStore.articles`` (newest first, undated last, then by
    name) and ``ReadStore.actors`` (by kind, then name)."""
    sort_articles(lines.articles)
    sort_actors(lines.actors)
    return lines


def _columns(lines: Lines) -> dict[str, Any]:
    """Each table of ``lines`` as columns."""
    arts, acts = lines.articles, lines.actors
    return {
        "articles": {c: [getattr(a, c) for a in arts] for c in ARTICLE_COLUMNS},
        "actors": {c: [getattr(a, c) for a in acts] for c in ACTOR_COLUMNS},
    }


def write_lists(path: Path, lines: Lines, signature: Sequence[int] | None) -> None:
    """Write the list file of the catalog at ``path`` as committed with ``signature``, whole
    (a base without a tail), its lines in the lists' orders (``sort_lines``, in place) and
    marked so, each article line with its story checksum: a reader then takes them as they
    are.

    Written after the commit point: a crash before it leaves the file of an older commit,
    whose stamp no longer matches, so it is read as missing. Replaced whole by a rename but
    not synced: a file cut short by a power cut does not parse, which reads as missing too,
    so a commit does not wait for the disk a second time. A failure to write is not a
    failed commit (the catalog holds everything): the stale file is removed instead.
    """
    if signature is None:
        return
    header = {"generation": lines.generation, "signature": list(signature)}
    for line in lines.articles:
        if line.story is None:  # taken up from a file written before the column
            line.story = story_sum(line.shown, line.sentences)
    try:
        lists_file.write_base(path, header, {ORDERED: True, **_columns(sort_lines(lines))})
    except (OSError, StoreError):
        with contextlib.suppress(OSError):
            os.unlink(lists_path(path))


def read_lists(path: Path, *, ordered: bool = True) -> Lines | None:
    """The lines of the store at ``path`` as committed now, or None when the list file is
    missing, damaged, of another format, or stamped for another commit than the catalog's.
    ``ordered``: in the store's orders (``sort_lines``), else as written (what a writer
    takes up to update)."""
    signature = store_signature(path)
    return None if signature is None else _read(path, signature, ordered=ordered)


def _read(path: Path, signature: Sequence[int], *, ordered: bool) -> Lines | None:
    """``read_lists`` of a file that should end at ``signature``: the base with the records
    of the tail applied in order (a line replaced by id, or dropped when its id went)."""
    try:
        with os.fdopen(open_regular(lists_path(path)), "rb") as fh:
            raw = fh.read()
        generation, base, records = lists_file.read(raw, signature)
        if ordered and base.get(ORDERED) is True:
            return _merged(generation, base, records)
        articles = {a.id: a for a in _rows(ArticleLine, ARTICLE_COLUMNS, base["articles"])}
        actors = {a.id: a for a in _rows(ActorLine, ACTOR_COLUMNS, base["actors"])}
        for record in records:
            for id in record["gone"][ARTICLES]:
                articles.pop(id, None)
            for id in record["gone"][ACTORS]:
                actors.pop(id, None)
            articles.update((a.id, a) for a in _rows(ArticleLine, ARTICLE_COLUMNS, record["articles"]))
            actors.update((a.id, a) for a in _rows(ActorLine, ACTOR_COLUMNS, record["actors"]))
        lines = Lines(generation, list(articles.values()), list(actors.values()))
        return sort_lines(lines) if ordered else lines
    except (OSError, StoreError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _merged(generation: int, base: dict[str, Any], records: list[dict[str, Any]]) -> Lines:
    """The lines of a base written in the lists' orders, the tail's lines placed in them (the
    tail's changes by id, later records over earlier ones; None: the line went)."""
    articles: dict[str, ArticleLine | None] = {}
    actors: dict[str, ActorLine | None] = {}
    for record in records:
        articles.update(dict.fromkeys(record["gone"][ARTICLES]))
        actors.update(dict.fromkeys(record["gone"][ACTORS]))
        articles.update((a.id, a) for a in _rows(ArticleLine, ARTICLE_COLUMNS, record["articles"]))
        actors.update((a.id, a) for a in _rows(ActorLine, ACTOR_COLUMNS, record["actors"]))
    return Lines(
        generation,
        merged(_rows(ArticleLine, ARTICLE_COLUMNS, base["articles"]), articles, article_before),
        merged(_rows(ActorLine, ACTOR_COLUMNS, base["actors"]), actors, actor_before),
    )


def lists_fresh(path: Path) -> bool:
    """Whether the list file ends at the catalog as committed now (read from its head and its
    last record only; a reader still parses it all before trusting it)."""
    found = lists_file.state(path)
    signature = store_signature(path)
    return found is not None and signature is not None and found.signature == signature


def _rows(kind: Any, names: tuple[str, ...], columns: dict[str, list[Any]]) -> list[Any]:
    """Rows of ``kind`` from the file's columns (all of one length, else ValueError); the
    story column may be missing (its field then keeps its default)."""
    cols = [columns[n] for n in names if n != STORY or n in columns]
    if len({len(c) for c in cols}) > 1:
        raise ValueError("columns of different lengths")
    return [kind(*values) for values in zip(*cols, strict=True)]
