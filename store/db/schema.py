"""The catalog's layout: schema version, table names, and record <-> dict conversion.

The catalog is a TinyDB file with four tables (five with the corrections log). ``meta`` holds
one document (the store's version, commit generation and committed body-segment length);
``articles``, ``actors`` and ``agreements`` hold one document per record, each with its ``id``.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import starmap
from typing import Any

from store import __version__
from store.records import (
    Actor,
    ActorHit,
    Agreement,
    AgreementHit,
    Article,
    ArticleMeta,
    Body,
    Correction,
    CorrectionEntry,
    Extraction,
    Fact,
    Mention,
    Paragraph,
    Quote,
    QuoteHit,
    RoleHit,
    Sentence,
    Span,
    StoredFact,
    StoredQuote,
    StoredRole,
    TargetRef,
)

SCHEMA_VERSION = 3
"""2: each body-segment line carries a CRC-32 of its bytes (``bodies.seal``). A store of
version 1 still opens: its lines have none and are accepted as they are; the first commit of
a writer records where checksummed lines begin (``checksums_from``) and writes version 2.
3: commits append to the catalog journal (``PATH.journal``, ``store/db/journal.py``) beside
the base catalog. A store of version 1 or 2 opens as it is; the first writer to open it
rewrites its base as version 3 before any journal line (``JOURNAL_FROM``), so a release
that does not read journals refuses it instead of missing commits (lines: no new version)."""
JOURNAL_FROM = 3
APP_TAG = "pactscope"

META = "meta"
ARTICLES = "articles"
ACTORS = "actors"
AGREEMENTS = "agreements"
CORRECTIONS = "corrections"
"""The log of an analyst's corrections, one document per entry (``store/db/corrections.py``).
A store written before it existed has no such table and opens with an empty log: the table
is optional within schema 2, so no version bump and no migration."""
TABLES = (META, ARTICLES, ACTORS, AGREEMENTS, CORRECTIONS)
UNDO = "undo"
"""Before-images of the newest corrections, so an undo puts records back instead of rebuilding
(``store/db/undo_images.py``). Optional, like the log: a store without it undoes by rebuild."""


def new_meta() -> dict[str, Any]:
    """The meta document of a store that has never been committed."""
    return {
        "app": APP_TAG,
        "schema": SCHEMA_VERSION,
        "generation": 0,
        "bodies_length": 0,
        "checksums_from": 0,
        "created_by": __version__,
    }


def checksums_from(meta: dict[str, Any]) -> int:
    """The segment offset from which every body line must carry a checksum.

    A version-1 store has none: everything it committed is accepted without one. A version-2
    meta without the field (damaged by hand) is held to the strict rule: every line.
    """
    value = meta.get("checksums_from")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if meta.get("schema") == 1:
        return int(meta.get("bodies_length") or 0)
    return 0


# --- stored entities -----------------------------------------------------------------------


def actor_fields(a: Actor | ActorHit) -> dict[str, Any]:
    """What an actor is, stored or as extracted, as plain data: kind, name, aliases, code.

    The catalog, the extraction cache and the export all write these the same way.
    """
    return {"kind": a.kind, "name": a.name, "aliases": list(a.aliases), "code": a.code}


def agreement_fields(g: Agreement | AgreementHit) -> dict[str, Any]:
    """An agreement's own fields, stored or as extracted, as plain data (name to currency).

    The catalog, the extraction cache and the export all write these the same way.
    """
    return {
        "name": g.name,
        "unnamed": g.unnamed,
        "aliases": list(g.aliases),
        "keywords": list(g.keywords),
        "parties": list(g.parties),
        "year": g.year,
        "status": g.status,
        "value": g.value,
        "amount": g.amount,
        "currency": g.currency,
        "part_of": g.part_of,
    }


def actor_to_dict(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        **actor_fields(a),
        "roles": [[r.title, r.affiliation, r.article, r.sentence, r.rule, r.affiliation_rule] for r in a.roles],
        "articles": dict(a.articles),
        "quotes": [[q.article, q.sentence, q.start, q.end] for q in a.quotes],
    }


# Records read from documents never share a list or a mapping with them: a writer changes
# its records in place, and the catalog journals what changed by comparing the new document
# with the stored one (``journal.diff_doc``), which a shared container would hide.


def actor_from_dict(d: dict[str, Any]) -> Actor:
    return Actor(
        d["id"],
        d["kind"],
        d["name"],
        list(d.get("aliases") or ()),
        d.get("code"),
        [StoredRole(*r) for r in d.get("roles") or ()],  # older stores: no rule fields
        dict(d.get("articles") or {}),
        [StoredQuote(art, s, b, e) for art, s, b, e in d.get("quotes") or ()],
    )


def agreement_to_dict(g: Agreement) -> dict[str, Any]:
    return {
        "id": g.id,
        **agreement_fields(g),
        "articles": list(g.articles),
        "facts": [[f.field, f.value, f.article, f.sentence, f.rule] for f in g.facts],
    }


def agreement_from_dict(d: dict[str, Any]) -> Agreement:
    return Agreement(
        d["id"],
        d["name"],
        bool(d.get("unnamed")),
        list(d.get("aliases") or ()),
        list(d.get("keywords") or ()),
        list(d.get("parties") or ()),
        d.get("year"),
        d.get("status"),
        d.get("value"),
        d.get("amount"),
        d.get("currency"),
        list(d.get("articles") or ()),
        [StoredFact(*f) for f in d.get("facts") or ()],  # older stores: no rule field
        d.get("part_of"),  # older stores: none
    )


def meta_to_dict(m: ArticleMeta) -> dict[str, Any]:
    return {
        "id": m.id,
        "file": m.file,
        "title": m.title,
        "dateline": m.dateline,
        "byline": m.byline,
        "published": m.published,
        "source": m.source,
        "ingested": m.ingested,
        "body": [m.body[0], m.body[1]],
        "sentences": m.sentences,
        "actors": list(m.actors),
        "agreements": list(m.agreements),
        "label": m.label,
        "url": m.url,
        **({"relink": m.relink} if m.relink else {}),
    }


def meta_from_dict(d: dict[str, Any]) -> ArticleMeta:
    offset, length = d["body"]
    return ArticleMeta(
        d["id"],
        d["file"],
        d["title"],
        d.get("dateline"),
        d.get("byline"),
        d.get("published"),
        d.get("source"),
        d.get("ingested", ""),
        (int(offset), int(length)),
        int(d.get("sentences", 0)),
        list(d.get("actors") or ()),
        list(d.get("agreements") or ()),
        d.get("label") or "",
        d.get("url"),
        d.get("relink") or {},  # older stores, and articles no correction relinked: none
    )



# --- bodies and the extraction kept beside them --------------------------------------------


def body_to_dict(b: Body) -> dict[str, Any]:
    return {
        "id": b.id,
        "text": b.text,
        "paragraphs": [[p.kind, p.start, p.end] for p in b.paragraphs],
        "sentences": [[s.index, s.paragraph, s.start, s.end] for s in b.sentences],
        "quotes": [[q.sentence, q.start, q.end, q.speaker] for q in b.quotes],
        "mentions": mentions_to_list(b.mentions),
    }


def body_from_dict(d: dict[str, Any]) -> Body:
    return Body(
        id=d["id"],
        text=d["text"],
        paragraphs=[Paragraph(*p) for p in d.get("paragraphs") or ()],
        sentences=[Sentence(*s) for s in d.get("sentences") or ()],
        quotes=[Quote(*q) for q in d.get("quotes") or ()],
        mentions=[Mention(*m) for m in d.get("mentions") or ()],
    )


def body_of_article(article: Article, mentions: list[Mention]) -> Body:
    """The body record kept for a parsed article."""
    return Body(
        id=article.id,
        text=article.text,
        paragraphs=list(article.paragraphs),
        sentences=list(article.sentences),
        quotes=list(article.quotes),
        mentions=mentions,
    )


HEADER_FIELDS = ("id", "file", "title", "dateline", "byline", "published", "source", "url")
"""A store written before ``url`` existed has no such key: it reads back as None."""


def header_of(article: Article) -> dict[str, Any]:
    """The article's header fields, kept beside its body so a lost catalog can be rebuilt."""
    return {**{name: getattr(article, name) for name in HEADER_FIELDS}, "label": article.label}


def mentions_to_list(mentions: list[Mention]) -> list[list[Any]]:
    """Mentions as the body record holds them."""
    return [mention_row(m) for m in mentions]


def mention_row(m: Mention) -> list[Any]:
    return [m.entity, m.kind, m.sentence, m.start, m.end, m.rule]


def article_from_record(record: dict[str, Any]) -> Article:
    """The parsed article again, from a body-segment line (header + body)."""
    header = record["article"]
    body = body_from_dict(record["body"])
    return Article(
        **{name: header.get(name) for name in HEADER_FIELDS},
        text=body.text,
        paragraphs=body.paragraphs,
        sentences=body.sentences,
        quotes=body.quotes,
        label=header.get("label") or "",
    )


def span_rows(spans: list[Span]) -> list[list[Any]]:
    """Each span's ``span_row``, written out: a call per span cost more than the row itself."""
    return [[s.sentence, s.start, s.end, s.rule] for s in spans]


def span_row(s: Span) -> list[Any]:
    return [s.sentence, s.start, s.end, s.rule]


def extraction_to_dict(e: Extraction, spans: Callable[[list[Span]], Any] = span_rows) -> dict[str, Any]:
    """The extraction as plain data; ``spans`` turns each hit's spans into their value."""
    return {
        "article_id": e.article_id,
        "actors": [
            {
                **actor_fields(a),
                "roles": [[r.title, r.affiliation, r.sentence, r.rule, r.affiliation_rule] for r in a.roles],
                "spans": spans(a.spans),
                "rule": a.rule,
            }
            for a in e.actors
        ],
        "agreements": [
            {
                **agreement_fields(g),
                "facts": [[f.field, f.value, f.sentence, f.rule] for f in g.facts],
                "spans": spans(g.spans),
            }
            for g in e.agreements
        ],
        "quotes": [[q.speaker, q.sentence, q.start, q.end] for q in e.quotes],
        "candidates": [{"name": c.name, "spans": span_rows(c.spans)} for c in e.candidates],
    }


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    # By position, spans by ``starmap``: an ingest decodes some twenty hits and a hundred
    # spans per article, in the one process that stores them.
    return Extraction(
        d["article_id"],
        [
            ActorHit(
                a["kind"],
                a["name"],
                list(a.get("aliases") or ()),
                a.get("code"),
                list(starmap(RoleHit, a.get("roles") or ())),
                list(starmap(Span, a.get("spans") or ())),
                a.get("rule") or "",
            )
            for a in d.get("actors") or ()
        ],
        [
            AgreementHit(
                g["name"],
                bool(g.get("unnamed")),
                list(g.get("aliases") or ()),
                list(g.get("keywords") or ()),
                list(g.get("parties") or ()),
                g.get("year"),
                g.get("status"),
                g.get("value"),
                g.get("amount"),
                g.get("currency"),
                list(starmap(Fact, g.get("facts") or ())),
                list(starmap(Span, g.get("spans") or ())),
                g.get("part_of"),
            )
            for g in d.get("agreements") or ()
        ],
        list(starmap(QuoteHit, d.get("quotes") or ())),
        [
            ActorHit("person", c["name"], spans=list(starmap(Span, c.get("spans") or ())), rule="known-person")
            for c in d.get("candidates") or ()
        ],
    )


# --- the corrections log -------------------------------------------------------------------


def entry_to_dict(e: CorrectionEntry) -> dict[str, Any]:
    c = e.correction
    return {
        "id": e.id,
        "seq": e.seq,
        "at": e.at,
        "op": c.op,
        "targets": list(c.targets),
        "args": c.args,
        "note": c.note,
        "state": e.state,
        "problem": e.problem,
        "refs": [[r.table, r.id, r.kind, r.name, list(r.aliases)] for r in e.refs],
        "made": list(e.made),
    }


def entry_from_dict(d: dict[str, Any]) -> CorrectionEntry:
    state = d.get("state")
    return CorrectionEntry(
        seq=int(d["seq"]),
        at=str(d.get("at") or ""),
        correction=Correction(
            str(d["op"]), tuple(str(t) for t in d["targets"]), dict(d.get("args") or {}), str(d.get("note") or "")
        ),
        state="undone" if state == "undone" else "active",
        problem=d.get("problem"),
        refs=tuple(TargetRef(t, i, k, n, tuple(a)) for t, i, k, n, a in d.get("refs") or ()),
        made=tuple(str(m) for m in d.get("made") or ()),
    )
