"""Linking one article's extraction onto store-wide records: ids, merges and mentions.

Actor hits are resolved first (an existing id from the ``Resolver``, else a new one), so that
role affiliations and agreement parties, given as canonical names, can be mapped to ids; then
agreements are resolved with their party ids. Hits are folded in with ``merge_actor`` /
``merge_agreement``. An actor hit with no spans is referenced but not mentioned: it is kept
as an actor (so its id exists) but not linked to the article.

Linking sees the store only through ``LinkTarget``: the records it reads and stages, the ids
it allocates and the name index. ``Store`` is one; this module never imports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol

from store.db.schema import extraction_from_dict
from store.records import (
    Actor,
    ActorHit,
    Agreement,
    AgreementHit,
    ArticleMeta,
    Extraction,
    Mention,
    StoredQuote,
)
from store.resolve.known_names import promote_known_persons
from store.resolve.merge import merge_actor, merge_agreement
from store.resolve.resolver import Resolver
from store.resolve.subjects_apart import subjects_apart

if TYPE_CHECKING:
    from store.db.bodies import BodySegment

PREFIX = {"person": "p", "country": "c", "organization": "o", "agreement": "g"}
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 40


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens, at most ~40 characters."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = _SLUG_JUNK.sub("-", ascii_name.lower()).strip("-")
    if len(text) > _MAX_SLUG:
        text = text[:_MAX_SLUG].rsplit("-", 1)[0] or text[:_MAX_SLUG]
    return text or "x"


class IdAllocator:
    """Short, readable, stable ids: kind prefix + name slug, numbered when taken."""

    def __init__(self, used: Iterable[str]) -> None:
        self._used = set(used)

    def allocate(self, prefix: str, name: str, preferred: str | None = None) -> str:
        if preferred and preferred not in self._used and preferred.startswith(prefix + "-"):
            self._used.add(preferred)
            return preferred
        base = f"{prefix}-{slug(name)}"
        candidate, n = base, 1
        while candidate in self._used:
            n += 1
            candidate = f"{base}-{n}"
        self._used.add(candidate)
        return candidate


_AGREEMENT_EVIDENCE = ("facts", "articles")
# The order of an article's mentions in its body line (start, end, entity of a mention row),
# read in C (a key per mention).
_ROW_ORDER = itemgetter(3, 4, 0)


class LinkTarget(Protocol):
    """What linking needs of a store being written: its records, new ids, the name index."""

    @property
    def resolver(self) -> Resolver:
        """The store-wide name index, kept in step by ``put_actor`` / ``put_agreement``."""
        ...

    def new_id(self, prefix: str, name: str, preferred: str | None = None) -> str: ...

    def actor(self, id: str) -> Actor | None: ...

    def agreement(self, id: str) -> Agreement | None: ...

    def put_actor(self, actor: Actor, *, renamed: bool = True) -> None: ...

    def put_agreement(self, agreement: Agreement, *, renamed: bool = True) -> None: ...

    def article_ids(self) -> list[str]: ...

    def article(self, id: str) -> ArticleMeta | None: ...


@dataclass(slots=True)
class Link:
    """What one article links to: actor ids, agreement ids, and its mentions.

    The mentions are kept as the body line holds them (``schema.mention_row``), in the line's
    order: the ingest writes them as they are, so no ``Mention`` is made per span for it.
    """

    actors: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)

    @property
    def mentions(self) -> list[Mention]:
        """The mentions as records (rows hold a ``Mention``'s fields in order)."""
        return [Mention(*row) for row in self.rows]


def link_article(
    store: LinkTarget, article_id: str, extraction: Extraction, previous: Resolver | None = None
) -> Link:
    """Fold ``extraction`` into the store's records; ``previous`` suggests ids on a rebuild."""
    resolver = store.resolver
    extraction = promote_known_persons(extraction, resolver)  # names other articles gave an office
    hits = extraction.actors
    link = Link()
    rows = link.rows
    ids: list[str] = []
    names: dict[str, str] = {}  # a hit's name -> its id: other kinds first, then persons
    persons: dict[str, str] = {}
    actor_id = resolver.actor_id
    for hit in hits:
        found = actor_id(hit)
        if found is None:
            suggested = previous.actor_id(hit) if previous else None
            found = store.new_id(PREFIX[hit.kind], hit.name, suggested)
        ids.append(found)
        if hit.kind == "person":
            persons.setdefault(hit.name, found)
        else:
            names.setdefault(hit.name, found)
    for name, id in persons.items():
        names.setdefault(name, id)

    linked: set[str] = set()
    actor_of = store.actor
    for hit, id in zip(hits, ids, strict=True):
        existing = actor_of(id)
        spans = hit.spans
        if existing is not None and not hit.roles and not hit.aliases and hit.name == existing.name:
            _count_plain_hit(store, existing, article_id, len(spans), hit.code)
        else:
            _merge_actor_hit(store, hit, id, article_id, names, existing)
        if spans:
            if id not in linked:
                linked.add(id)
                link.actors.append(id)
            kind = hit.kind
            rows += [[id, kind, s.sentence, s.start, s.end, s.rule] for s in spans]

    gids: dict[str, str] = {}
    framed = {name for g in extraction.agreements if g.part_of for name in (g.name, g.part_of)}
    for ghit in extraction.agreements:
        party_ids = [_party_id(store, name, article_id, names, previous) for name in ghit.parties]
        unique = list(dict.fromkeys(party_ids))
        gid = resolver.agreement_id(ghit, unique)
        if gid is not None and (ghit.name in framed or _told_apart(extraction, ghit, gids, gid)):
            # a deal and a part of it this article names are two records; so are two unnamed
            # ones of the same parties the article tells apart by their stage
            gid = None
        if gid is None:
            suggested = previous.agreement_id(ghit, unique) if previous else None
            gid = store.new_id(PREFIX["agreement"], ghit.name, suggested)
        existing = store.agreement(gid)
        before = _names(existing)
        heads = _set_aside(existing, article_id, *_AGREEMENT_EVIDENCE) if existing else []
        try:
            agreement = merge_agreement(
                existing, ghit, new_id=gid, article_id=article_id, party_ids=party_ids
            )
        finally:
            if existing is not None:
                _put_back(existing, heads, *_AGREEMENT_EVIDENCE)
        store.put_agreement(agreement, renamed=_names(agreement) != before)
        gids.setdefault(ghit.name, gid)
        if gid not in link.agreements:
            link.agreements.append(gid)
        rows += [[gid, "agreement", s.sentence, s.start, s.end, s.rule] for s in ghit.spans]

    _link_parts(store, extraction, gids)

    for quote in extraction.quotes:
        pid = persons.get(quote.speaker)
        actor = store.actor(pid) if pid else None
        if actor is None:
            continue
        stored = StoredQuote(article_id, quote.sentence, quote.start, quote.end)
        if stored not in _tail(actor.quotes, article_id):
            actor.quotes.append(stored)
            store.put_actor(actor, renamed=False)

    rows.sort(key=_ROW_ORDER)
    return link


def _told_apart(extraction: Extraction, ghit: AgreementHit, gids: dict[str, str], gid: str) -> bool:
    """Whether an unnamed hit is another agreement than the one of this article already linked
    to ``gid``: it has another name and another stated stage ("signed a defence pact ... a
    possible visiting forces agreement", proposed), or the article dates it to another year than
    that one ("under an intergovernmental agreement signed in 2018"), or both are memoranda named
    for different subjects. (Rules: stage_apart, year_apart, subject_apart.)"""
    if not ghit.unnamed or ghit.name in gids:
        return False
    if ghit.year is not None and any(
        gids.get(other.name) == gid and other.unnamed and other.year != ghit.year for other in extraction.agreements if other is not ghit
    ):
        return True  # "under an intergovernmental agreement signed in 2018" beside this year's deal (rule: year_apart)
    if any(gids.get(o.name) == gid and o.unnamed and subjects_apart(ghit.name, o.name) for o in extraction.agreements):
        return True  # "the memorandum on railway maintenance ... the memorandum on dairy exports" (rule: subject_apart)
    if ghit.status is None:
        return False
    return any(
        gids.get(other.name) == gid and other.unnamed and other.status not in (None, ghit.status)
        for other in extraction.agreements
        if other is not ghit
    )


def _link_parts(store: LinkTarget, extraction: Extraction, gids: dict[str, str]) -> None:
    """An agreement the article says is part of another ("the contracts are one piece of the
    arms deal") points at that one's store-wide id; the first article to say so is kept."""
    for ghit in extraction.agreements:
        whole = gids.get(ghit.part_of) if ghit.part_of else None
        part = store.agreement(gids[ghit.name]) if whole else None
        if part is not None and whole != part.id and part.part_of is None:
            part.part_of = whole
            store.put_agreement(part, renamed=False)


def relink_all(store: LinkTarget, bodies: BodySegment, previous: Resolver) -> list[str]:
    """Link every stored article again, in ingest order, into a store emptied of entities.

    Used after an article is replaced, so nothing the old text said lingers. ``previous``
    indexes the old records: ids are kept where they still name the entity, so links from
    elsewhere stay valid. An article whose mentions changed gets a fresh body line in the
    segment. Returns the ids of the articles whose links or body changed.
    """
    changed: list[str] = []
    for article_id in store.article_ids():
        meta = store.article(article_id)
        assert meta is not None
        record = bodies.read(*meta.body)
        extraction = extraction_from_dict(record["extraction"])
        link = link_article(store, article_id, extraction, previous=previous)
        body = record["body"]
        mentions = link.rows
        dirty = meta.actors != link.actors or meta.agreements != link.agreements or bool(meta.relink)
        meta.relink = {}  # the corrections are applied again after the rebuild
        if body.get("mentions") != mentions:
            body["mentions"] = mentions
            meta.body = bodies.append({**record, "body": body})
            dirty = True
        if dirty:
            meta.actors, meta.agreements = link.actors, link.agreements
            changed.append(article_id)
    return changed


def _merge_actor_hit(
    store: LinkTarget,
    hit: ActorHit,
    id: str,
    article_id: str,
    names: dict[str, str],
    existing: Actor | None,
) -> None:
    """Fold ``hit`` into ``existing``, the stored actor ``id`` (None: a new actor), and stage it."""
    if existing is None:
        linked_before, renamed = False, True
        actor = merge_actor(None, hit, new_id=id, article_id=article_id, affiliation_ids=names)
    else:
        # what the resolver indexes an actor by (``_names``), compared field by field after
        linked_before = article_id in existing.articles
        name, aliases, code = existing.name, len(existing.aliases), existing.code
        if not hit.roles:  # merge_actor adds roles only from the hit's: nothing to set aside
            actor = merge_actor(existing, hit, new_id=id, article_id=article_id, affiliation_ids=names)
        else:
            heads = _set_aside(existing, article_id, "roles")
            try:
                actor = merge_actor(
                    existing, hit, new_id=id, article_id=article_id, affiliation_ids=names
                )
            finally:
                _put_back(existing, heads, "roles")
        renamed = actor.name != name or len(actor.aliases) != aliases or actor.code != code
    if not hit.spans and not linked_before:
        actor.articles.pop(article_id, None)  # referenced, not mentioned
    store.put_actor(actor, renamed=renamed)
    if hit.roles:
        store.resolver.note_office(actor)  # its name now makes a person in later articles


def _count_plain_hit(
    store: LinkTarget, actor: Actor, article_id: str, spans: int, code: str | None
) -> None:
    """``_merge_actor_hit`` for a stored actor and a hit written with its name, no other form
    and no role (three hits in four): at most the hit's ``code`` is added, and its ``spans``
    counted. The same result as ``merge_actor``, without its general steps."""
    stored = actor.code
    renamed = False
    if not stored:  # ``actor.code or hit.code``
        actor.code = code
        renamed = code != stored
    articles = actor.articles
    if spans:
        articles[article_id] = articles.get(article_id, 0) + spans
    elif article_id in articles:
        articles[article_id] += 1  # referenced again by an article that mentions it
    # (else referenced, not mentioned: merge_actor's count would be dropped again)
    store.put_actor(actor, renamed=renamed)


def _tail(items: list[Any], article_id: str) -> list[Any]:
    """The trailing items that belong to ``article_id`` (an article's evidence is added
    together, so it is always at the end while that article is being linked). Items are
    article ids (an agreement's articles) or records with an ``article`` field."""
    start = len(items)
    if start and isinstance(items[-1], str):
        while start > 0 and items[start - 1] == article_id:
            start -= 1
    else:
        while start > 0 and items[start - 1].article == article_id:
            start -= 1
    return items[start:]


def _set_aside(record: Actor | Agreement, article_id: str, *fields: str) -> list[list[Any]]:
    """Show the merge functions only this article's part of the evidence lists; returns the
    heads set aside, for ``_put_back``.

    ``merge_actor`` / ``merge_agreement`` skip duplicates with a linear ``in`` over a record's
    roles, facts and articles, which made adding to a popular record cost O(its evidence) and
    a large ingest quadratic. Evidence carries its article id, so only this article's tail can
    hold a duplicate; the rest is set aside during the merge and put back in front after.
    (Plain calls, not a context manager: this runs for every hit of every article.)
    """
    heads = []
    for name in fields:
        items = getattr(record, name)
        tail = _tail(items, article_id)
        if tail:
            del items[len(items) - len(tail) :]  # O(len(tail)): the head stays in place
        heads.append(items)
        setattr(record, name, tail)
    return heads


def _put_back(record: Actor | Agreement, heads: list[list[Any]], *fields: str) -> None:
    """Undo ``_set_aside``: each head, then what the merge left in the tail."""
    for name, head in zip(fields, heads, strict=True):
        head.extend(getattr(record, name))
        setattr(record, name, head)


def _names(record: Agreement | None) -> tuple[Any, ...] | None:
    """What the resolver indexes an agreement by; unchanged names need no re-indexing."""
    if record is None:
        return None
    return (record.name, len(record.aliases), record.unnamed, len(record.parties))


def _party_id(
    store: LinkTarget, name: str, article_id: str, names: dict[str, str], previous: Resolver | None
) -> str:
    """A party's actor id; a name no hit of the article gives becomes a referenced actor."""
    found = names.get(name) or store.resolver.find_actor(name)
    if found is None:
        hit = ActorHit(kind="organization", name=name)
        suggested = previous.find_actor(name) if previous else None
        found = store.new_id(PREFIX["organization"], name, suggested)
        _merge_actor_hit(store, hit, found, article_id, names, store.actor(found))
    names[name] = found
    return found
