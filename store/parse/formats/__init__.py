"""Readers of the files that are not plain text: saved web pages, JSON / JSON Lines news
exports, RSS and Atom feeds. Each yields ``Record``s (text plus header fields) or, for one
bad record of a multi-article file, a ``RecordError``; ``compose.article_of`` turns a record
into an ``Article`` through the same text parser plain files go through.

``read_records(path)`` dispatches on the file's suffix and raises ``ReadError`` (one line:
the file and the reason) when the whole file cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from store.parse.formats.feeds import FeedError, read_feed
from store.parse.formats.html import PageError, read_page
from store.parse.formats.jsonl import ExportError, read_json, read_json_lines
from store.parse.formats.record import Record, RecordError
from store.parse.reader import (
    EXPORT_SUFFIXES,
    FEED_SUFFIXES,
    MAX_BYTES,
    PAGE_SUFFIXES,
    ReadError,
    read_file_bytes,
)

MAX_EXPORT_BYTES = 256 * 1024 * 1024
"""Exports and feeds hold many articles: a larger file is allowed than for one article."""

__all__ = ["Record", "RecordError", "is_format_file", "read_records"]

_READERS: dict[str, Callable[[bytes], Iterable[Record | RecordError]]] = {
    ".jsonl": read_json_lines,
    ".ndjson": read_json_lines,
    ".json": read_json,
    **dict.fromkeys(FEED_SUFFIXES, read_feed),
}


_FORMAT_SUFFIXES = frozenset(PAGE_SUFFIXES + EXPORT_SUFFIXES + FEED_SUFFIXES)


def is_format_file(path: Path | str) -> bool:
    """True for a file read here rather than as plain text (by its suffix). Asked once per
    file of an ingest: a path given as a Path is not parsed again."""
    return (path if isinstance(path, Path) else Path(path)).suffix.lower() in _FORMAT_SUFFIXES


def read_records(path: Path) -> list[Record | RecordError]:
    """The articles in one page, export or feed; ``ReadError`` when the file holds none."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in PAGE_SUFFIXES:
        data = read_file_bytes(path, MAX_BYTES)
        _refuse_binary(data, path)
        try:
            return [read_page(data)]
        except PageError as exc:
            raise ReadError.of(path, str(exc)) from None
    reader = _READERS.get(suffix)
    if reader is None:
        raise ReadError.of(path, "not a page, export or feed")
    data = read_file_bytes(path, MAX_EXPORT_BYTES)
    _refuse_binary(data, path)
    try:
        records = list(reader(data))
    except (ExportError, FeedError) as exc:
        raise ReadError.of(path, str(exc)) from None
    if not records:
        raise ReadError.of(path, "no articles in this file")
    return records


def _refuse_binary(data: bytes, path: Path) -> None:
    """A file with NUL bytes in its first 64 KiB is no page, export or feed (UTF-16 aside)."""
    head = data[:65536]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError.of(path, "binary file, not an article")
