"""Rewriting a store's records for a correction: folding records into one, deleting one,
moving mentions to a new record, and every reference that follows.

A ``Workspace`` is the writer's records plus a way to read an article's mentions; what the
functions here change is noted on it (``touched``) so the store stages exactly that. Mentions
that only change their id or kind (a merge, a delete, a kind) are noted in the article's
``relink`` in the catalog, so no body is read or written; mentions a correction reads (a
split) are rewritten and kept per article until the store appends their new body lines. An
actor's references are article links, body mentions, agreement parties (and their party
facts) and role affiliations; an agreement's are article links, body mentions and the
``part_of`` of agreements made under it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from store.db.relink import compose_kind, compose_to
from store.db.schema import ACTORS, AGREEMENTS
from store.records import Actor, Agreement, ArticleMeta, Body, Mention


@dataclass(slots=True)
class Workspace:
    """The records a correction edits, and what it changed."""

    actors: dict[str, Actor]
    agreements: dict[str, Agreement]
    articles: dict[str, ArticleMeta]
    read_body: Callable[[str], Body]
    new_id: Callable[[str, str, str | None], str]
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # rewritten, per article
    texts: dict[str, str] = field(default_factory=dict)
    dirty_mentions: set[str] = field(default_factory=set)
    touched: set[tuple[str, str]] = field(default_factory=set)  # (table, id) changed or made
    removed: set[tuple[str, str]] = field(default_factory=set)  # (table, id) gone
    linked: set[str] = field(default_factory=set)  # articles whose actor/agreement lists changed

    def table(self, name: str) -> dict[str, Any]:
        return self.actors if name == ACTORS else self.agreements

    def mentions_of(self, article_id: str) -> list[Mention]:
        """The article's mentions as this correction leaves them (read once, then edited)."""
        found = self.mentions.get(article_id)
        if found is None:
            body = self.read_body(article_id)
            found = self.mentions[article_id] = list(body.mentions)
            self.texts[article_id] = body.text
        return found

    def text(self, article_id: str, start: int, end: int) -> str:
        self.mentions_of(article_id)
        return self.texts[article_id][start:end]

    def relink(self, article_id: str, mapping: dict[str, str | None]) -> None:
        """Point the article's mentions of ``mapping``'s ids at their new ids (None: unmark
        them): in the catalog's ``relink`` of the article, without reading its body, unless
        this correction has its mentions in hand already (then they are rewritten)."""
        mentions = self.mentions.get(article_id)
        if mentions is not None:
            kept = [_moved(m, mapping[m.entity]) if m.entity in mapping else m for m in mentions]
            kept = [m for m in kept if m is not None]
            if kept != mentions:
                self.mentions[article_id] = kept
                self.dirty_mentions.add(article_id)
            return
        meta = self.articles[article_id]
        to = meta.relink.get("to") or {}
        new = compose_to(to, mapping)
        if new != to:
            meta.relink = {**meta.relink, "to": new}
            self.linked.add(article_id)

    def rekind(self, article_id: str, entity: str, kind: str) -> None:
        """Give the article's mentions of ``entity`` the ``kind`` (as ``relink`` does)."""
        mentions = self.mentions.get(article_id)
        if mentions is not None:
            for m in mentions:
                if m.entity == entity and m.kind != kind:
                    m.kind = kind
                    self.dirty_mentions.add(article_id)
            return
        meta = self.articles[article_id]
        kinds = meta.relink.get("kind") or {}
        new = compose_kind(meta.relink.get("to") or {}, kinds, entity, kind)
        if new != kinds:
            meta.relink = {**meta.relink, "kind": new}
            self.linked.add(article_id)

    def touch(self, table: str, id: str) -> None:
        self.touched.add((table, id))
        self.removed.discard((table, id))

    def drop(self, table: str, id: str) -> None:
        self.table(table).pop(id, None)
        self.removed.add((table, id))
        self.touched.discard((table, id))


def _moved(m: Mention, target: str | None) -> Mention | None:
    return None if target is None else Mention(target, m.kind, m.sentence, m.start, m.end, m.rule)


def extend_unique(items: list[Any], new: Iterable[Any], key: Callable[[Any], Any]) -> None:
    """Append what ``items`` does not hold yet, comparing by ``key`` (a set, not a scan)."""
    seen = {key(i) for i in items}
    for item in new:
        k = key(item)
        if k not in seen:
            seen.add(k)
            items.append(item)


def add_names(record: Actor | Agreement, names: Iterable[str]) -> None:
    """Keep ``names`` as aliases of the record (not its own name, no repeats)."""
    own = record.name.casefold()
    extend_unique(record.aliases, (n for n in names if n and n.casefold() != own), str.casefold)


def row(item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, f) for f in item.__slots__)


# --- rewriting references ------------------------------------------------------------------


def redirect(ws: Workspace, table: str, mapping: dict[str, str | None], articles: Iterable[str]) -> None:
    """Point every reference to an id of ``mapping`` at its new id (None: drop it).

    ``articles`` are those that may mention the old ids (their links and mentions change).
    """
    if not mapping:
        return
    links = "actors" if table == ACTORS else "agreements"
    for article_id in dict.fromkeys(articles):
        meta = ws.articles.get(article_id)
        if meta is None:
            continue
        old = getattr(meta, links)
        new = list(dict.fromkeys(mapping.get(i, i) if i in mapping else i for i in old))
        new = [i for i in new if i is not None]
        if new != old:
            setattr(meta, links, new)
            ws.linked.add(article_id)
        ws.relink(article_id, mapping)
    if table == ACTORS:
        _redirect_actor_refs(ws, mapping)
    else:
        _redirect_part_of(ws, mapping)


def _redirect_part_of(ws: Workspace, mapping: dict[str, str | None]) -> None:
    """An agreement made under a folded or deleted one points at what replaced it (or at none)."""
    for g in ws.agreements.values():
        if g.part_of in mapping:
            target = mapping[g.part_of]
            g.part_of = target if target != g.id else None
            ws.touch(AGREEMENTS, g.id)


def _redirect_actor_refs(ws: Workspace, mapping: dict[str, str | None]) -> None:
    for g in ws.agreements.values():
        if not any(p in mapping for p in g.parties) and not any(
            f.field == "party" and f.value in mapping for f in g.facts
        ):
            continue
        parties = [mapping.get(p, p) if p in mapping else p for p in g.parties]
        g.parties = [p for p in dict.fromkeys(parties) if p is not None]
        facts = []
        for f in g.facts:
            if f.field == "party" and f.value in mapping:
                if mapping[f.value] is None:
                    continue
                f.value = mapping[f.value]
            facts.append(f)
        g.facts = facts
        ws.touch(AGREEMENTS, g.id)
    for a in ws.actors.values():
        changed = False
        for r in a.roles:
            if r.affiliation in mapping:
                r.affiliation = mapping[r.affiliation]
                if r.affiliation is None:
                    r.affiliation_rule = ""
                changed = True
        if changed:
            ws.touch(ACTORS, a.id)


# --- folding, deleting, re-keying ----------------------------------------------------------


def fold(ws: Workspace, table: str, ids: list[str], final_id: str) -> Actor | Agreement:
    """Fold the records ``ids`` into the first one's record, kept under ``final_id`` (one of
    ``ids``): the others' names become aliases and their evidence and links follow."""
    records = ws.table(table)
    first = records[ids[0]]
    others = [records[i] for i in ids[1:]]
    articles: list[str] = []
    for rec in [first, *others]:
        articles.extend(rec.articles)
    for other in others:
        add_names(first, [other.name, *other.aliases])
        if isinstance(first, Actor):
            _fold_actor(first, other)
        else:
            _fold_agreement(first, other)
    for i in ids:
        ws.drop(table, i)
    first.id = final_id
    if isinstance(first, Agreement) and first.part_of in ids:
        first.part_of = None  # a part folded into its whole is part of nothing
    records[final_id] = first
    ws.touch(table, final_id)
    redirect(ws, table, {i: final_id for i in ids if i != final_id}, articles)
    if isinstance(first, Actor) and any(o.kind != first.kind for o in others):
        set_kind(ws, first, first.kind)  # the others' mentions take the survivor's kind
    return first


def _fold_actor(into: Actor, other: Actor) -> None:
    if into.code is None and into.kind == other.kind:
        into.code = other.code
    extend_unique(into.roles, other.roles, row)
    for article_id, count in other.articles.items():
        into.articles[article_id] = into.articles.get(article_id, 0) + count
    extend_unique(into.quotes, other.quotes, row)


def _fold_agreement(into: Agreement, other: Agreement) -> None:
    extend_unique(into.keywords, other.keywords, str.casefold)
    extend_unique(into.parties, other.parties, str)
    extend_unique(into.articles, other.articles, str)
    extend_unique(into.facts, other.facts, row)
    into.unnamed = into.unnamed and other.unnamed
    into.year = into.year or other.year
    into.status = into.status or other.status
    if not into.value and other.value:
        into.value, into.amount, into.currency = other.value, other.amount, other.currency
    into.part_of = into.part_of or other.part_of


def delete(ws: Workspace, table: str, id: str) -> None:
    """Remove a false record: its mentions unmarked, every reference to it dropped."""
    record = ws.table(table)[id]
    ws.drop(table, id)
    redirect(ws, table, {id: None}, list(record.articles))


def set_kind(ws: Workspace, actor: Actor, kind: str) -> None:
    """Make the actor a person, country or organisation, its mentions too."""
    actor.kind = kind  # type: ignore[assignment]
    if kind != "country":
        actor.code = None
    for article_id in actor.articles:
        if article_id in ws.articles:
            ws.rekind(article_id, actor.id, kind)
    ws.touch(ACTORS, actor.id)


def set_value(g: Agreement, value: str | None) -> None:
    """An agreement's value as written, with the amount and currency read from it."""
    from store.db.amounts import read_money  # the money rules: only when a value is corrected

    money = read_money(value) if value else None
    g.value = value
    g.amount, g.currency = money if money else (None, None)


def refresh_fields(g: Agreement, keep: bool) -> None:
    """Year, status and value from the agreement's facts (the first year and value stated,
    the latest status); with ``keep``, a field whose value some fact still states stays."""
    facts = {name: [f.value for f in g.facts if f.field == name] for name in ("year", "status", "value")}
    if not (keep and g.year in facts["year"]):
        g.year = facts["year"][0] if facts["year"] else None
    if not (keep and g.status in facts["status"]):
        g.status = facts["status"][-1] if facts["status"] else None
    if not (keep and g.value in facts["value"]):
        set_value(g, facts["value"][0] if facts["value"] else None)
