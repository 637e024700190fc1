"""What an ingest's worker does with its files: read, parse, extract, and (in a pool) find the
search words and encode what the writer stores.

A pool's worker is handed a batch of files and takes it stage by stage (every file read, then
every article parsed, then each extracted, its words found and encoded) rather than file by
file: the same results in the same order, for less CPU, since each stage's code and tables
stay warm in the processor's caches across the batch (about a tenth of a worker's time).
A bad file costs its own outcome, never the rest of its batch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.db.encoding import encode_article
from store.ingest_records import RecordTask, process_record
from store.parse.reader import (
    EXPORT_SUFFIXES,
    FEED_SUFFIXES,
    PAGE_SUFFIXES,
    ReadError,
    display_path,
    read_article_file,
)
from store.search.sentence_words import article_terms

if TYPE_CHECKING:
    from store.extract.gazetteer import Gazetteer

_worker: dict[str, Any] = {}

FORMAT_SUFFIXES = frozenset(PAGE_SUFFIXES + EXPORT_SUFFIXES + FEED_SUFFIXES)
"""The files ``store.parse.formats`` reads (pages, exports, feeds), told by suffix here as it
tells them, without importing it: a writer adding text files never loads the format readers."""


def _init_worker(known: frozenset[str], gazetteer: Gazetteer | None = None) -> None:
    _worker["known"] = known
    _worker["gazetteer"] = gazetteer


def _gazetteer() -> Gazetteer:
    """The gazetteer the parent loaded (inherited on fork); a spawned worker loads its own
    (the parent has already checked that the user's files load)."""
    gazetteer = _worker.get("gazetteer")
    if gazetteer is None:
        gazetteer = load_user_gazetteer()
        _worker["gazetteer"] = gazetteer
    return gazetteer


def load_user_gazetteer() -> Gazetteer:
    """The bundled lists plus the user's files; GazetteerError (one line) when one is bad."""
    from store.extract.gazetteer import load_gazetteer, user_gazetteer_paths

    return load_gazetteer(user_gazetteer_paths())


def content_id(text: str) -> str:
    """The article id the parser gives this text (sha256, first 16 hex digits)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


Finish = Callable[[Any, Any, list[str]], tuple[Any, ...]]
"""What becomes of an article once extracted: (article, extraction, warnings) -> its outcome."""


def _ok(article: Any, extraction: Any, notes: list[str]) -> tuple[Any, ...]:
    return ("ok", article, extraction, notes)


def process_file(path: Path | RecordTask) -> tuple[Any, ...]:
    """One file's outcome: ("ok", article, extraction, warnings) / ("unchanged", id) / ("failed", line);
    a page or one record of an export or feed likewise (see ``store.ingest_records``)."""
    return process_files([path])[0]


def process_files(paths: list[Path | RecordTask], finish: Finish = _ok) -> list[tuple[Any, ...]]:
    """``process_file`` of each path, in order, taken stage by stage (see the module docstring);
    ``finish`` makes each article's outcome right after its extraction, while it is warm."""
    out: list[tuple[Any, ...]] = [()] * len(paths)
    known = _worker.get("known")
    read: list[tuple[int, Path, str, list[str], str]] = []  # index, path, text, warnings, shown
    for k, path in enumerate(paths):
        if isinstance(path, RecordTask) or path.suffix.lower() in FORMAT_SUFFIXES:
            found = process_record(path, _gazetteer(), known)
            out[k] = finish(*found[1:]) if found[0] == "ok" else found
            continue
        shown = display_path(path)
        try:
            text, warnings = read_article_file(path)
        except ReadError as exc:
            out[k] = ("failed", str(exc))
            continue
        if known and (stored := content_id(text)) in known:  # no hashing for an empty store
            out[k] = ("unchanged", stored)
            continue
        read.append((k, path, text, warnings, shown))
    if not read:
        return out
    from store.extract import extract
    from store.parse.article import parse_article

    parsed = []
    for k, path, text, warnings, shown in read:
        try:
            source = display_path(os.path.abspath(path))
            article = parse_article(text, source, clean=True)
        except Exception as exc:  # a parser bug must cost one file, not the ingest
            out[k] = _unparsed(shown, exc)
            continue
        # The full path, not only the base name: a changed file replaces its older version,
        # and two folders may each hold a file of the same name.
        article.file = source
        parsed.append((k, article, warnings, shown))
    for k, article, warnings, shown in parsed:
        try:
            extraction = extract(article, _gazetteer())
        except Exception as exc:
            out[k] = _unparsed(shown, exc)
            continue
        out[k] = finish(article, extraction, [f"{shown}: {w}" for w in [*warnings, *article.warnings]])
    return out


def _unparsed(shown: str, exc: Exception) -> tuple[str, str]:
    reason = " ".join(str(exc).split())[:200]
    return ("failed", f"{shown}: could not be parsed ({type(exc).__name__}: {reason})")


def process_file_encoded(path: Path | RecordTask) -> tuple[Any, ...]:
    """``process_file`` for a pool: ("encoded", EncodedArticle, ArticleTerms, warnings)."""
    return process_files_encoded([path])[0]


def process_files_encoded(paths: list[Path | RecordTask]) -> list[tuple[Any, ...]]:
    """``process_files`` for a pool: each article as ("encoded", EncodedArticle, ArticleTerms,
    warnings), the other outcomes as they are.

    The body crosses the process boundary as JSON bytes and goes to the segment as they are;
    only the header and the extraction are decoded by the parent (see ``ingest._stage``). The
    words of each sentence, for the search index, are found here too, in parallel.
    """
    return process_files(paths, _encoded)


def _encoded(article: Any, extraction: Any, notes: list[str]) -> tuple[Any, ...]:
    terms = article_terms(article.text, article.sentences)
    return ("encoded", encode_article(article, extraction), terms, notes)
