"""The CSV export: seven tables that join on their ids, for pandas, R or a spreadsheet.

``articles.csv``, ``actors.csv``, ``agreements.csv`` hold one row per record (``id`` first);
``roles.csv`` (``actor_id`` -> ``affiliation_id``, ``article_id``), ``parties.csv``
(``agreement_id`` -> ``actor_id``) and ``mentions.csv`` (``article_id`` -> ``entity_id``, an
actor or agreement) link them; ``corrections.csv`` is the log of the corrections the other
tables already apply (``args`` as JSON). An agreement's ``contradictions`` names the kinds
of disagreement between its articles (year, value, parties, status). UTF-8, a header row,
RFC 4180 quoting and CRLF line ends (the ``csv`` module's defaults); list fields are joined
with "; ". Mentions are read one body at a time, so a large store exports in bounded memory.

The folder is written atomically as a whole when it is new (built beside it, then renamed);
into an existing folder, all seven files are written first and then each is renamed into place,
an existing file replaced only with ``force``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from store.db import leftovers
from store.db.amounts import read_money
from store.db.export import ExportExists, check_target, publish_new
from store.db.json_storage import fsync_dir
from store.db.schema import ACTORS, AGREEMENTS, ARTICLES
from store.db.store import Store
from store.db.story import story_of
from store.paths import safe_path

TABLES: dict[str, tuple[str, ...]] = {
    "articles.csv": ("id", "title", "published", "byline", "dateline", "source", "url", "file",
                     "ingested", "sentences", "actors", "agreements"),
    "actors.csv": ("id", "kind", "name", "code", "aliases", "articles", "mentions"),
    "roles.csv": ("actor_id", "title", "affiliation_id", "article_id", "sentence"),
    "agreements.csv": ("id", "name", "unnamed", "status", "year", "value", "amount", "currency",
                       "aliases", "keywords", "parties", "articles", "contradictions", "part_of"),
    "parties.csv": ("agreement_id", "actor_id"),
    "mentions.csv": ("article_id", "entity_id", "kind", "sentence", "start", "end", "text"),
    "corrections.csv": ("seq", "at", "op", "targets", "args", "note", "state", "problem"),
}  # fmt: skip
LIST_SEP = "; "
FLUSH_BYTES = 1 << 16


def _joined(items: list[str]) -> str:
    return LIST_SEP.join(items)


def _cell(value: Any) -> Any:
    """None as an empty cell; booleans as true/false (what pandas and spreadsheets read)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def table_rows(store: Store) -> dict[str, Callable[[], Iterator[tuple[Any, ...]]]]:
    """Each table's rows (without the header), produced on demand."""

    def articles() -> Iterator[tuple[Any, ...]]:
        for m in store.in_order(ARTICLES):
            yield (m.id, m.title, m.published, m.byline, m.dateline, m.source, m.url, m.file,
                   m.ingested, m.sentences, len(m.actors), len(m.agreements))  # fmt: skip

    def actors() -> Iterator[tuple[Any, ...]]:
        for a in store.in_order(ACTORS):
            yield (a.id, a.kind, a.name, a.code, _joined(a.aliases), len(a.articles),
                   sum(a.articles.values()))  # fmt: skip

    def roles() -> Iterator[tuple[Any, ...]]:
        for a in store.in_order(ACTORS):
            for r in a.roles:
                yield (a.id, r.title, r.affiliation, r.article, r.sentence)

    def agreements() -> Iterator[tuple[Any, ...]]:
        for g in store.in_order(AGREEMENTS):
            disputed = [c.kind for c in story_of(g, store.article, read_money).contradictions]
            yield (g.id, g.name, g.unnamed, g.status, g.year, g.value, g.amount, g.currency,
                   _joined(g.aliases), _joined(g.keywords), len(g.parties), len(g.articles),
                   _joined(disputed), g.part_of)  # fmt: skip

    def parties() -> Iterator[tuple[Any, ...]]:
        for g in store.in_order(AGREEMENTS):
            for party in g.parties:
                yield (g.id, party)

    def mentions() -> Iterator[tuple[Any, ...]]:
        for m in store.in_order(ARTICLES):
            body = store.body(m.id)
            for x in body.mentions:
                yield (m.id, x.entity, x.kind, x.sentence, x.start, x.end, body.text[x.start : x.end])

    def corrections() -> Iterator[tuple[Any, ...]]:
        for e in store.corrections():
            c = e.correction
            yield (e.seq, e.at, c.op, _joined(list(c.targets)), orjson.dumps(c.args).decode(),
                   c.note, e.state, e.problem)  # fmt: skip

    return {
        "articles.csv": articles,
        "actors.csv": actors,
        "roles.csv": roles,
        "agreements.csv": agreements,
        "parties.csv": parties,
        "mentions.csv": mentions,
        "corrections.csv": corrections,
    }


def write_table(path: Path, header: tuple[str, ...], rows: Iterator[tuple[Any, ...]]) -> None:
    """One CSV file, written and fsynced (not yet in place)."""
    with open(path, "wb") as fh:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v) for v in row])
            if buffer.tell() >= FLUSH_BYTES:
                fh.write(buffer.getvalue().encode("utf-8"))
                buffer.seek(0)
                buffer.truncate()
        fh.write(buffer.getvalue().encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())


def write_csv(store: Store, out: Path, *, force: bool = False) -> None:
    """The seven tables into folder ``out`` (see the module docstring); ExportExists when a
    table already there is not to be replaced, or ``out`` is a file."""
    out = Path(out)
    if os.path.lexists(out) and not out.is_dir():
        raise ExportExists(f"{safe_path(out)}: is a file; the CSV export writes a folder")
    rows = table_rows(store)
    leftovers.clean(out)  # a killed export's folder, or its files in the folder
    for name in TABLES:
        leftovers.clean(out / name)
    if not out.exists():
        _write_new_folder(store, out, rows)
        return
    targets = {name: out / name for name in TABLES}
    for target in targets.values():
        check_target(store, target, force=force)
    temps = {name: out / f".{name}.{os.getpid()}.tmp" for name in TABLES}
    try:
        for name, header in TABLES.items():
            write_table(temps[name], header, rows[name]())
        for name in TABLES:
            if force:
                os.replace(temps[name], targets[name])
            else:
                publish_new(temps[name], targets[name])
    finally:
        for tmp in temps.values():
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    fsync_dir(out)


def _write_new_folder(
    store: Store, out: Path, rows: dict[str, Callable[[], Iterator[tuple[Any, ...]]]]
) -> None:
    """Build the folder beside ``out`` and rename it into place: all seven tables or none."""
    if _inside_store(store, out):
        raise ExportExists(f"{safe_path(out)}: is a file of the store itself; choose another name")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.mkdir()
    try:
        for name, header in TABLES.items():
            write_table(tmp / name, header, rows[name]())
        fsync_dir(tmp)
        try:
            os.rename(tmp, out)
        except OSError:
            raise ExportExists(f"{safe_path(out)}: appeared while writing; not replaced") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fsync_dir(out.parent)


def _inside_store(store: Store, out: Path) -> bool:
    base = os.path.realpath(store.path)
    target = os.path.realpath(out)
    return target in {base, base + ".index"} or target.startswith(base + ".index" + os.sep)
