"""The JSON export: every article, actor and agreement, with the evidence behind each field.

The shape is what the official scorer reads (see docs/architecture.md); extra fields carry
evidence (sentences, mentions, quotes, facts with their sentence text) and the extraction
rule that made each mention, role, affiliation and fact (``rule``; an actor's ``rules`` lists
those of all its mentions). Ordering is
deterministic: articles newest first as the store lists them, actors by kind then name,
agreements by name. The export is streamed (one body in memory at a time), so a large
store exports in bounded memory; each entity lists at most ``MAX_MENTIONS`` mentions
(``mention_counts`` has the full per-article counts).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from store.db import leftovers
from store.db.amounts import read_money
from store.db.json_storage import fsync_dir
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    actor_fields,
    agreement_fields,
    entry_to_dict,
)
from store.db.store import Store
from store.db.story import Contradiction, Entry, Statement, story_of
from store.paths import safe_path
from store.records import CorrectionEntry

MAX_MENTIONS = 50
SPOOL = 64 * 1024 * 1024
"""An export to stdout is held in memory up to this size, then in a temporary file."""


class ExportExists(Exception):
    """The output file exists and ``--force`` was not given."""


def _article_entry(meta: Any, body: Any) -> dict[str, Any]:
    return {
        "id": meta.id,
        "file": meta.file,
        "title": meta.title or None,  # null: the text has no headline
        "dateline": meta.dateline,
        "byline": meta.byline,
        "published": meta.published,
        "source": meta.source,
        "url": meta.url,
        # the headline paragraph (kept for extraction) is the title, not body
        "paragraphs": [body.text[p.start : p.end] for p in body.paragraphs if p.kind != "headline"],
        "paragraph_kinds": [p.kind for p in body.paragraphs if p.kind != "headline"],
        "sentences": [body.text[s.start : s.end] for s in body.sentences],
        "ingested": meta.ingested,
        "actors": list(meta.actors),
        "agreements": list(meta.agreements),
    }


class _Evidence:
    """What the actor and agreement entries quote from bodies, gathered in the article pass."""

    def __init__(self, store: Store) -> None:
        self.wanted: dict[str, set[int]] = {}
        self.quotes_wanted: dict[str, set[tuple[int, int]]] = {}
        for actor in store.each_actor():  # in any order: the sentences wanted
            for r in actor.roles:
                self.wanted.setdefault(r.article, set()).add(r.sentence)
            for q in actor.quotes:
                self.quotes_wanted.setdefault(q.article, set()).add((q.start, q.end))
        for g in store.each_agreement():
            for f in g.facts:
                self.wanted.setdefault(f.article, set()).add(f.sentence)
        self.sentences: dict[tuple[str, int], str] = {}
        self.spans: dict[tuple[str, int, int], str] = {}
        self.mentions: dict[str, list[dict[str, Any]]] = {}
        self.rules: dict[str, dict[str, None]] = {}  # entity -> the rules of all its mentions, in order met

    def take(self, article_id: str, body: Any) -> None:
        for i in self.wanted.get(article_id, ()):
            if 0 <= i < len(body.sentences):
                self.sentences[(article_id, i)] = body.sentence_text(i)
        for start, end in self.quotes_wanted.get(article_id, ()):
            self.spans[(article_id, start, end)] = body.text[start:end]
        for m in body.mentions:
            if m.rule:
                self.rules.setdefault(m.entity, {})[m.rule] = None
            found = self.mentions.setdefault(m.entity, [])
            if len(found) < MAX_MENTIONS:
                found.append(
                    {
                        "article": article_id,
                        "sentence": m.sentence,
                        "start": m.start,
                        "end": m.end,
                        "text": body.text[m.start : m.end],
                        "rule": m.rule,
                    }
                )

    def cited(self, article_id: str, sentence: int, **fields: Any) -> dict[str, Any]:
        """``fields`` with the article, sentence index and sentence text they come from."""
        text = self.sentences.get((article_id, sentence))
        return {**fields, "article": article_id, "sentence": sentence, "text": text}


def _actor_entry(actor: Any, ev: _Evidence) -> dict[str, Any]:
    return {
        "id": actor.id,
        **actor_fields(actor),
        "roles": [
            ev.cited(
                r.article,
                r.sentence,
                title=r.title,
                affiliation=r.affiliation,
                rule=r.rule,
                affiliation_rule=r.affiliation_rule,
            )
            for r in actor.roles
        ],
        "rules": list(ev.rules.get(actor.id, ())),
        "articles": list(actor.articles),
        "mention_counts": dict(actor.articles),
        "mentions": ev.mentions.get(actor.id, []),
        "quotes": [
            {
                "article": q.article,
                "sentence": q.sentence,
                "start": q.start,
                "end": q.end,
                "text": ev.spans.get((q.article, q.start, q.end)),
            }
            for q in actor.quotes
        ],
    }


def _agreement_entry(g: Any, ev: _Evidence, store: Store) -> dict[str, Any]:
    story = story_of(g, store.article, read_money)
    return {
        "id": g.id,
        **agreement_fields(g),
        "articles": list(g.articles),
        "facts": [
            ev.cited(f.article, f.sentence, field=f.field, value=f.value, rule=f.rule) for f in g.facts
        ],
        "mentions": ev.mentions.get(g.id, []),
        "timeline": [_timeline_entry(e, ev) for e in story.timeline],
        "contradictions": [_contradiction_entry(c, ev) for c in story.contradictions],
    }


def _statement(s: Statement, ev: _Evidence) -> dict[str, Any]:
    return ev.cited(s.article, s.sentence, field=s.field, value=s.value, rule=s.rule)


def _timeline_entry(entry: Entry, ev: _Evidence) -> dict[str, Any]:
    """One article of an agreement's timeline: its date and source, what it says, where."""
    return {
        "article": entry.article,
        "date": entry.date or None,
        "source": entry.source,
        "title": entry.title,
        "statements": [_statement(s, ev) for s in entry.statements],
    }


def _contradiction_entry(c: Contradiction, ev: _Evidence) -> dict[str, Any]:
    """Where articles disagree: the kind, and each value with the articles that give it."""
    return {
        "kind": c.kind,
        "articles": list(c.articles),
        "claims": [
            {
                "value": list(claim.value) if isinstance(claim.value, tuple) else claim.value,
                "articles": list(claim.articles),
                "statements": [_statement(s, ev) for s in claim.statements],
            }
            for claim in c.claims
        ],
    }


def _indent(chunk: bytes) -> bytes:
    return chunk.replace(b"\n", b"\n    ")


def export_chunks(store: Store) -> Iterator[bytes]:
    """The export as a stream of UTF-8 JSON pieces (indented, one entry per block)."""
    evidence = _Evidence(store)
    option = orjson.OPT_INDENT_2

    def section(
        name: str, entries: Iterator[dict[str, Any]], last: bool = False
    ) -> Iterator[bytes]:
        yield f'  "{name}": ['.encode()
        first = True
        for entry in entries:
            yield (b"\n    " if first else b",\n    ") + _indent(orjson.dumps(entry, option=option))
            first = False
        yield (b"]" if first else b"\n  ]") + (b"\n" if last else b",\n")

    def articles() -> Iterator[dict[str, Any]]:
        for meta in store.in_order(ARTICLES):
            body = store.body(meta.id)
            evidence.take(meta.id, body)
            yield _article_entry(meta, body)

    yield b"{\n"
    yield from section("articles", articles())
    yield from section("actors", (_actor_entry(a, evidence) for a in store.in_order(ACTORS)))
    yield from section(
        "agreements", (_agreement_entry(g, evidence, store) for g in store.in_order(AGREEMENTS))
    )
    yield from section("corrections", (correction_entry(e) for e in store.corrections()), last=True)
    yield b"}\n"


def correction_entry(e: CorrectionEntry) -> dict[str, Any]:
    """A correction of the log as the export shows it (the records above already apply it)."""
    entry = entry_to_dict(e)
    entry.pop("id")
    entry["refs"] = [{"table": t, "id": i, "kind": k, "name": n} for t, i, k, n, _ in entry["refs"]]
    return entry


def export_data(store: Store) -> dict[str, Any]:
    """The export as plain data (for tests and small stores)."""
    return orjson.loads(export_bytes(store))


def export_bytes(store: Store) -> bytes:
    """The whole export in memory."""
    return b"".join(export_chunks(store))


def write_whole(chunks: Iterable[bytes], stdout: BinaryIO | None = None) -> None:
    """Write ``chunks`` to stdout only once all are made (spilling to a temporary file past
    SPOOL bytes), so a body that fails to read never leaves half a document behind."""
    with tempfile.SpooledTemporaryFile(max_size=SPOOL) as spool:
        for chunk in chunks:
            spool.write(chunk)
        spool.seek(0)
        stream = stdout or sys.stdout.buffer
        shutil.copyfileobj(spool, stream, 1 << 20)
        stream.flush()


def write_export(
    store: Store, out: Path | None, *, force: bool = False, stdout: BinaryIO | None = None
) -> None:
    """Write the export to ``out`` atomically (temp + rename), or to stdout when ``out`` is None.

    An existing ``out`` is replaced only with ``force``; otherwise ExportExists.
    """
    if out is None:
        write_whole(export_chunks(store), stdout)
        return
    write_file(store, Path(out), export_chunks(store), force=force)


def write_file(store: Store, out: Path, chunks: Iterable[bytes], *, force: bool = False) -> None:
    """Write ``chunks`` to ``out`` atomically (temp file, fsync, rename); any export format.

    An existing ``out`` is replaced only with ``force``; otherwise ExportExists. A file of the
    store itself is never an export's target; what a killed export to the same file left goes.
    """
    check_target(store, out, force=force)
    leftovers.clean(out)  # what a killed export to the same file left
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, out)
        else:
            publish_new(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    fsync_dir(out.parent)


def check_target(store: Store, out: Path, *, force: bool) -> None:
    """ExportExists when ``out`` is the store's own file, exists without ``force``, or is a folder."""
    if _is_store_file(store, out):
        raise ExportExists(f"{safe_path(out)}: is a file of the store itself; choose another name")
    if os.path.lexists(out) and not force:
        raise ExportExists(f"{safe_path(out)}: already exists; use --force to replace it")
    if out.is_dir():
        raise ExportExists(f"{safe_path(out)}: is a folder")


def _is_store_file(store: Store, out: Path) -> bool:
    """Whether ``out`` is the store's catalog, body segment, lock or index (even through a link)."""
    target = os.path.realpath(out)
    base = os.path.realpath(store.path)
    own = {base, base + ".bodies", base + ".lock", base + ".index"}
    return target in own or target.startswith(base + ".index" + os.sep)


def publish_new(tmp: Path, out: Path) -> None:
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
