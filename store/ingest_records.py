"""Ingest tasks for files that hold articles as data: saved pages, JSON exports and feeds.

An export or feed is read once, here in the ingest's own process (reading JSON or a feed is
cheap), into one ``RecordTask`` per record, so its articles are parsed and extracted across
the worker pool like separate files, the progress bar moves per record, and no worker
returns a whole export at once. A page holds one article: its worker reads it (trafilatura
is the costly part) and parses it. A record that is not an article, or a file that holds
none, is its one line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.parse.reader import EXPORT_SUFFIXES, FEED_SUFFIXES, ReadError, display_path

if TYPE_CHECKING:
    from store.extract.gazetteer import Gazetteer
    from store.parse.formats import Record

# ``store.parse.formats`` (with the e-mail, logging and feed modules it brings) is imported
# where a file of records is read: a writer adding text files never loads it.

MANY_SUFFIXES = EXPORT_SUFFIXES + FEED_SUFFIXES
"""Files of many articles, split into one task per record."""


@dataclass(frozen=True, slots=True)
class RecordTask:
    """One article of a file of many, ready to parse: ``label`` names it in messages
    ("desk.jsonl record 3"), ``file`` is what it is stored under ("/abs/desk.jsonl#3")."""

    label: str
    file: str
    record: Record


def expand(items: Iterable[Path | ReadError]) -> Iterator[Path | RecordTask | ReadError]:
    """``items`` with each export or feed replaced by its records (or by its one error); a
    record that is not an article becomes a ``ReadError`` naming the file and the record."""
    for item in items:
        if isinstance(item, ReadError) or item.suffix.lower() not in MANY_SUFFIXES:
            yield item
            continue
        from store.parse.formats import RecordError, read_records

        shown = display_path(item)
        try:
            records = read_records(item)
        except ReadError as exc:
            yield exc
            continue
        source = display_path(os.path.abspath(item))
        for record in records:
            label = f"{shown} {record.where}"
            if isinstance(record, RecordError):
                yield ReadError(f"{label}: {record.reason}", path=shown, reason=record.reason)
            else:
                yield RecordTask(label, f"{source}#{record.number}", record)


def task_label(task: Path | RecordTask) -> str:
    """What the progress bar shows for a task."""
    return task.label if isinstance(task, RecordTask) else display_path(task)


def process_record(
    task: Path | RecordTask, gazetteer: Gazetteer, known: frozenset[str] | None = None
) -> tuple[Any, ...]:
    """A page (a path) or one record of an export or feed: ("ok", article, extraction,
    warnings), ("unchanged", id) when ``known`` holds its id already (extraction skipped),
    or ("failed", line), as ``ingest.process_file`` gives for a text file."""
    from store.extract import extract
    from store.parse.formats import Record, read_records
    from store.parse.formats.compose import article_of

    if isinstance(task, RecordTask):
        label, file, record = task.label, task.file, task.record
    else:
        label, file = display_path(task), display_path(os.path.abspath(task))
        try:
            (record,) = read_records(task)
        except ReadError as exc:
            return ("failed", str(exc))
        if not isinstance(record, Record):
            return ("failed", f"{label}: {record.reason}")
    try:
        article = article_of(record, file)
        if known and article.id in known:
            return ("unchanged", article.id)
        article.file = file
        extraction = extract(article, gazetteer)
    except Exception as exc:  # a parser bug must cost one record, not the ingest
        reason = " ".join(str(exc).split())[:200]
        return ("failed", f"{label}: could not be parsed ({type(exc).__name__}: {reason})")
    return ("ok", article, extraction, [f"{label}: {w}" for w in article.warnings])

