"""The JSON export: every article, actor and agreement, with the evidence behind each field.

The shape is what the official scorer reads (see docs/architecture.md); extra fields carry
evidence (sentences, mentions, quotes, facts with their sentence text). Ordering is
deterministic: articles in store order, actors by kind then name, agreements by name.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .db import Store
from .paths import safe_path
from .records import Body
from .storage import fsync_dir


class ExportExists(Exception):
    """The output file exists and ``--force`` was not given."""


def export_data(store: Store) -> dict[str, Any]:
    """The export as plain data."""
    bodies: dict[str, Body] = {m.id: store.body(m.id) for m in store.articles()}

    def sentence_text(article: str, sentence: int) -> str | None:
        body = bodies.get(article)
        if body is None or not 0 <= sentence < len(body.sentences):
            return None
        return body.sentence_text(sentence)

    articles = []
    for meta in store.articles():
        body = bodies[meta.id]
        articles.append(
            {
                "id": meta.id,
                "file": meta.file,
                "title": meta.title,
                "dateline": meta.dateline,
                "byline": meta.byline,
                "published": meta.published,
                "source": meta.source,
                "paragraphs": [body.text[p.start : p.end] for p in body.paragraphs],
                "paragraph_kinds": [p.kind for p in body.paragraphs],
                "sentences": [body.text[s.start : s.end] for s in body.sentences],
                "ingested": meta.ingested,
                "actors": list(meta.actors),
                "agreements": list(meta.agreements),
            }
        )
    mentions: dict[str, list[dict[str, Any]]] = {}
    for article_id, body in bodies.items():
        for m in body.mentions:
            mentions.setdefault(m.entity, []).append(
                {
                    "article": article_id,
                    "sentence": m.sentence,
                    "start": m.start,
                    "end": m.end,
                    "text": body.text[m.start : m.end],
                }
            )
    actors = []
    for actor in store.actors():
        actors.append(
            {
                "id": actor.id,
                "kind": actor.kind,
                "name": actor.name,
                "aliases": list(actor.aliases),
                "code": actor.code,
                "roles": [
                    {
                        "title": r.title,
                        "affiliation": r.affiliation,
                        "article": r.article,
                        "sentence": r.sentence,
                        "text": sentence_text(r.article, r.sentence),
                    }
                    for r in actor.roles
                ],
                "articles": list(actor.articles),
                "mention_counts": dict(actor.articles),
                "mentions": mentions.get(actor.id, []),
                "quotes": [
                    {
                        "article": q.article,
                        "sentence": q.sentence,
                        "start": q.start,
                        "end": q.end,
                        "text": bodies[q.article].text[q.start : q.end] if q.article in bodies else None,
                    }
                    for q in actor.quotes
                ],
            }
        )
    agreements = []
    for g in store.agreements():
        agreements.append(
            {
                "id": g.id,
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
                "articles": list(g.articles),
                "facts": [
                    {
                        "field": f.field,
                        "value": f.value,
                        "article": f.article,
                        "sentence": f.sentence,
                        "text": sentence_text(f.article, f.sentence),
                    }
                    for f in g.facts
                ],
                "mentions": mentions.get(g.id, []),
            }
        )
    return {"articles": articles, "actors": actors, "agreements": agreements}


def export_bytes(store: Store) -> bytes:
    """The export as indented UTF-8 JSON."""
    return orjson.dumps(export_data(store), option=orjson.OPT_INDENT_2) + b"\n"


def write_export(store: Store, out: Path | None, *, force: bool = False, stdout: BinaryIO | None = None) -> None:
    """Write the export to ``out`` atomically (temp + rename), or to stdout when ``out`` is None.

    An existing ``out`` is replaced only with ``force``; otherwise ExportExists.
    """
    if out is None:
        stream = stdout or sys.stdout.buffer
        stream.write(export_bytes(store))
        stream.flush()
        return
    out = Path(out)
    if out.exists() and not force:
        raise ExportExists(f"{safe_path(out)}: already exists; use --force to replace it")
    if out.is_dir():
        raise ExportExists(f"{safe_path(out)}: is a folder")
    payload = export_bytes(store)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, out)
        else:
            _publish_new(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    fsync_dir(out.parent)


def _publish_new(tmp: Path, out: Path) -> None:
    """Move ``tmp`` to ``out`` unless ``out`` appeared meanwhile (a hard link cannot replace)."""
    exists = ExportExists(f"{safe_path(out)}: already exists; use --force to replace it")
    try:
        os.link(tmp, out)
    except FileExistsError:
        raise exists from None
    except OSError:  # no hard links on this file system
        if out.exists():
            raise exists from None
        os.replace(tmp, out)
