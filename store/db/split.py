"""Splitting a record: chosen mentions (whole articles, or single mentions by offset) go to
a new record, with the evidence of the sentences they sit in.

An actor's roles and quotes in those sentences move with them; an agreement's facts do, and
each side's year, status and value are read again from the facts it keeps.
"""

from __future__ import annotations

from typing import Any

from store.db.fold import Workspace, extend_unique, refresh_fields, row
from store.db.linking import PREFIX
from store.db.schema import ACTORS
from store.records import Actor, Agreement, Mention


def selected(ws: Workspace, entity: str, args: dict[str, Any]) -> list[tuple[str, Mention]]:
    """The mentions of ``entity`` a split names: every one in ``args["articles"]``, and those
    starting at the offsets of ``args["mentions"]`` (``[article, start]`` pairs)."""
    found: list[tuple[str, Mention]] = []
    seen: set[tuple[str, int, int]] = set()
    wanted: dict[str, set[int] | None] = {a: None for a in args.get("articles") or ()}
    for article_id, start in args.get("mentions") or ():
        if wanted.get(article_id, set()) is not None:
            wanted.setdefault(article_id, set()).add(int(start))  # type: ignore[union-attr]
    for article_id, starts in wanted.items():
        if article_id not in ws.articles:
            continue
        for m in ws.mentions_of(article_id):
            if m.entity == entity and (starts is None or m.start in starts):
                if (article_id, m.start, m.end) not in seen:
                    seen.add((article_id, m.start, m.end))
                    found.append((article_id, m))
    return found


def default_name(ws: Workspace, chosen: list[tuple[str, Mention]]) -> str:
    """The new record's name when none is given: the text of its first mention."""
    article_id, m = chosen[0]
    return " ".join(ws.text(article_id, m.start, m.end).split())


def split(ws: Workspace, table: str, source_id: str, chosen: list[tuple[str, Mention]],
          name: str, made: str | None) -> Actor | Agreement:
    """Move ``chosen`` mentions of ``source_id`` to the record ``made`` (created, under that
    id when free, if it is not there); returns the new record."""
    records = ws.table(table)
    source = records[source_id]
    new = records.get(made) if made else None
    if new is None:
        prefix = PREFIX[source.kind] if isinstance(source, Actor) else PREFIX["agreement"]
        free = made and made not in ws.actors and made not in ws.agreements  # a folded record's
        new_id = made if free else ws.new_id(prefix, name, made)
        if isinstance(source, Actor):
            code = source.code if source.kind == "country" else None
            new = Actor(new_id, source.kind, name, code=code)
        else:
            new = Agreement(new_id, name)
        records[new.id] = new
    # the name leaves the source: later articles writing it find the new record
    source.aliases = [a for a in source.aliases if a.casefold() != name.casefold()]
    sentences: dict[str, set[int]] = {}
    for article_id, m in chosen:
        m.entity = new.id
        sentences.setdefault(article_id, set()).add(m.sentence)
        ws.dirty_mentions.add(article_id)
    left = {
        a: any(m.entity == source_id for m in ws.mentions_of(a)) for a in sentences
    }
    if isinstance(source, Actor):
        assert isinstance(new, Actor)
        _split_actor(source, new, chosen, sentences)
    else:
        assert isinstance(new, Agreement)
        _split_agreement(source, new, sentences, left)
    links = "actors" if table == ACTORS else "agreements"
    for article_id, still in left.items():
        meta = ws.articles[article_id]
        ids: list[str] = getattr(meta, links)
        if new.id not in ids:
            at = ids.index(source_id) + 1 if source_id in ids else len(ids)
            ids.insert(at, new.id)
        if not still and source_id in ids:
            ids.remove(source_id)
        ws.linked.add(article_id)
    ws.touch(table, source_id)
    ws.touch(table, new.id)
    return new


def _split_actor(source: Actor, new: Actor, chosen: list[tuple[str, Mention]],
                 sentences: dict[str, set[int]]) -> None:
    for article_id, _ in chosen:
        source.articles[article_id] -= 1
        if source.articles[article_id] <= 0:
            del source.articles[article_id]
        new.articles[article_id] = new.articles.get(article_id, 0) + 1

    def moves(article: str, sentence: int) -> bool:
        return sentence in sentences.get(article, ())

    extend_unique(new.roles, [r for r in source.roles if moves(r.article, r.sentence)], row)
    source.roles = [r for r in source.roles if not moves(r.article, r.sentence)]
    extend_unique(new.quotes, [q for q in source.quotes if moves(q.article, q.sentence)], row)
    source.quotes = [q for q in source.quotes if not moves(q.article, q.sentence)]


def _split_agreement(source: Agreement, new: Agreement, sentences: dict[str, set[int]],
                     left: dict[str, bool]) -> None:
    def moves(article: str, sentence: int) -> bool:
        return sentence in sentences.get(article, ()) or (
            article in left and not left[article]  # the whole article went
        )

    moved = [f for f in source.facts if moves(f.article, f.sentence)]
    source.facts = [f for f in source.facts if not moves(f.article, f.sentence)]
    extend_unique(new.facts, moved, row)
    extend_unique(new.articles, list(sentences), str)
    source.articles = [a for a in source.articles if left.get(a, True)]
    still = {f.value for f in source.facts if f.field == "party"}
    gone = {f.value for f in moved if f.field == "party"}
    extend_unique(new.parties, [p for p in source.parties if p in gone], str)
    source.parties = [p for p in source.parties if p in still or p not in gone]
    refresh_fields(new, keep=False)
    refresh_fields(source, keep=True)
