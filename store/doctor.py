"""Checking a store, and writing a repaired copy beside it (the original is never touched).

``check`` reports one line per problem: the catalog does not parse or has a damaged record,
a body lies outside the committed segment or does not read back, an id points at nothing.
``repair`` replays every article that can still be read — from the catalog when it parses,
else from the body segment alone (each line keeps the article's header and extraction) —
into a new store at ``out``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson

from .db import Store, bodies_path
from .errors import StoreError
from .paths import safe_path
from .records import Article, Extraction
from .schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    META,
    actor_from_dict,
    agreement_from_dict,
    article_from_record,
    extraction_from_dict,
    meta_from_dict,
)
from .storage import parse_catalog


def check(path: Path) -> list[str]:
    """Every problem found in the store at ``path``, one line each (empty when healthy)."""
    name = safe_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return [f"{name}: no store here"]
    except OSError as exc:
        return [f"{name}: cannot read ({exc.strerror})"]
    try:
        data = parse_catalog(raw, path)
    except StoreError as exc:
        return [str(exc)]
    problems: list[str] = []
    meta = next(iter(data[META].values()))
    committed = meta["bodies_length"]
    segment = bodies_path(path)
    try:
        size = segment.stat().st_size
    except FileNotFoundError:
        size = 0
    if size < committed:
        problems.append(f"{safe_path(segment)}: {size} bytes, but the catalog committed {committed}")
    articles, actors, agreements = {}, {}, {}
    for table, convert, into in (
        (ARTICLES, meta_from_dict, articles),
        (ACTORS, actor_from_dict, actors),
        (AGREEMENTS, agreement_from_dict, agreements),
    ):
        for doc_id, doc in data[table].items():
            try:
                record = convert(doc)
            except (KeyError, TypeError, ValueError):
                problems.append(f"{name}: {table} record {doc_id} is damaged")
                continue
            into[record.id] = record
    for m in articles.values():
        offset, length = m.body
        if offset < 0 or length <= 0 or offset + length > committed:
            problems.append(f"{name}: article {m.id} body ({offset}, {length}) is outside the committed segment")
        elif offset + length <= size:
            problem = _check_body(segment, m.id, offset, length)
            if problem:
                problems.append(problem)
        problems += _missing(name, f"article {m.id}", "actor", m.actors, actors)
        problems += _missing(name, f"article {m.id}", "agreement", m.agreements, agreements)
    for a in actors.values():
        problems += _missing(name, f"actor {a.id}", "article", list(a.articles), articles)
        affiliations = [r.affiliation for r in a.roles if r.affiliation]
        problems += _missing(name, f"actor {a.id} role", "actor", affiliations, actors)
    for g in agreements.values():
        problems += _missing(name, f"agreement {g.id}", "party", g.parties, actors)
        problems += _missing(name, f"agreement {g.id}", "article", g.articles, articles)
    return problems


def _missing(name: str, where: str, what: str, ids: list[str], known: dict[str, Any]) -> list[str]:
    return [f"{name}: {where} refers to missing {what} {i}" for i in ids if i not in known]


def _check_body(segment: Path, article_id: str, offset: int, length: int) -> str | None:
    with open(segment, "rb") as fh:
        fh.seek(offset)
        raw = fh.read(length)
    try:
        record = orjson.loads(raw)
        ok = record["body"]["id"] == article_id and "extraction" in record
    except (orjson.JSONDecodeError, KeyError, TypeError):
        ok = False
    return None if ok else f"{safe_path(segment)}: body of article {article_id} at {offset} is damaged"


def _recoverable(path: Path) -> list[tuple[Article, Extraction]]:
    """The articles that can be read back, in ingest order (catalog first, else segment)."""
    segment = bodies_path(path)
    try:
        with Store.open(path) as store:
            out = []
            for article_id in store.article_ids():
                try:
                    record = store._record(article_id)
                    out.append((article_from_record(record), extraction_from_dict(record["extraction"])))
                except (StoreError, KeyError, TypeError, ValueError):
                    continue
            return out
    except StoreError:
        pass
    found: dict[str, tuple[Article, Extraction]] = {}
    try:
        fh = open(segment, "rb")
    except OSError:
        return []
    with fh:
        for line in fh:
            try:
                record = orjson.loads(line)
                pair = (article_from_record(record), extraction_from_dict(record["extraction"]))
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                continue
            found.pop(pair[0].id, None)
            found[pair[0].id] = pair  # the last line of an article wins
    latest: dict[str, tuple[Article, Extraction]] = {}
    for pair in found.values():
        latest.pop(pair[0].file, None)
        latest[pair[0].file] = pair  # a later version of a file replaces the earlier one
    return list(latest.values())


def repair(path: Path, out: Path) -> int:
    """Write a repaired copy of the store at ``path`` to ``out``; return the articles kept."""
    out = Path(out)
    if os.path.lexists(out) or os.path.lexists(bodies_path(out)):
        raise StoreError(f"{safe_path(out)}: already exists; choose a new file for the repaired copy")
    pairs = _recoverable(path)
    with Store.open(out, write=True) as store:
        for article, extraction in pairs:
            store.add(article, extraction)
        store.commit(force=True)
    return len(pairs)
