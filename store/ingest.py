"""Ingest: files -> parse -> extract (in a process pool) -> resolve + store (serially).

Reading, parsing and extraction are pure per file, so they run in worker processes when there
are enough files; resolution and storage run in this process in file order, so ids are
deterministic. Commits come in batches (every ``batch_size`` articles, or half of the
store when that is more, or every ``batch_seconds``), so a kill loses at most the batch in
flight and the catalog is not rewritten per article.
A file already stored (same content id) changes nothing; a bad file costs one line.
A changed file at a path already stored replaces its older version: the old article goes and
every actor and agreement is rebuilt from the stored extractions at the next commit (ids are
kept where the entity still exists), so nothing the old text said lingers.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store.db.encoding import EncodedArticle
from store.db.schema import extraction_from_dict
from store.db.store import Store
from store.errors import StoreError
from store.ingest_records import RecordTask, expand, task_label
from store.ingest_worker import (
    _gazetteer,  # noqa: F401 (callers load the worker's gazetteer from here)
    _init_worker,
    load_user_gazetteer,
    process_file,
    process_files_encoded,
)
from store.parse.reader import ReadError, iter_article_files
from store.search.sentence_words import TermFeed, article_terms

if TYPE_CHECKING:
    from store.extract.gazetteer import Gazetteer
    from store.ingest_ahead import Ahead

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, current file shown as one safe line)."""

POOL_THRESHOLD = 50
BATCH_SIZE = 500
BATCH_SECONDS = 5.0
BATCH_SHARE = 2
"""A batch is also at least 1/BATCH_SHARE of the articles already stored: a commit writes
every record it changed, and the entities most articles name (countries, large
organisations) change in every batch and grow with the store, so fixed-size batches made a
large ingest quadratic; growing batches keep the total linear (a commit that large is
written as the new catalog base, see ``store.db.journal``)."""
INDEX_EVERY = 5_000
INDEX_SHARE = 4
"""After a commit, the saved index grows by the articles committed since it last did once they
number INDEX_EVERY and 1/INDEX_SHARE of the store: the sentence words and texts an ingest
keeps for the index (``TermFeed``) are then let go, so a large ingest holds a share of them
rather than all, and each growth (a copy of the saved postings) stays amortised."""
WORKER_GC_THRESHOLD = 100_000
"""Allocations between a worker's young-generation collections (the default is 700)."""


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts, one line per failed file, and parser warnings."""

    added: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    commits: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return f"added {self.added}, unchanged {self.unchanged}, failed {len(self.failed)}"


# --- the pool (its workers run ``store.ingest_worker``) ------------------------------------


def _results(
    files: Sequence[Path | RecordTask],
    known: frozenset[str],
    jobs: int | None,
    gazetteer: Callable[[], Gazetteer],
    ahead: Ahead | None = None,
) -> Iterator[tuple[Any, ...]]:
    workers = jobs or os.cpu_count() or 1
    if len(files) <= POOL_THRESHOLD or workers <= 1:
        if ahead is not None:
            yield from _ahead_results(files, known, gazetteer, ahead)
            return
        _init_worker(known, gazetteer())
        for path in files:
            yield process_file(path)
        return
    if ahead is not None:
        ahead.close()
    chunk = max(1, min(32, len(files) // (workers * 8)))
    batches = [files[k : k + chunk] for k in range(0, len(files), chunk)]
    with _start_pool(workers, known, gazetteer()) as pool:
        for done in pool.imap(process_files_encoded, batches):  # each batch taken stage by stage
            yield from done


def _ahead_results(
    files: Sequence[Path | RecordTask],
    known: frozenset[str],
    gazetteer: Callable[[], Gazetteer],
    ahead: Ahead,
) -> Iterator[tuple[Any, ...]]:
    """The outcomes the child started ahead found (``store.ingest_ahead``), an article already
    stored as "unchanged" as a worker says it; a file it did not deliver processed here."""
    try:
        for path, found in zip(files, ahead.outcomes([task_label(f) for f in files]), strict=True):
            if found is None:
                _init_worker(known, gazetteer())
                found = process_file(path)
            elif found[0] == "encoded" and found[1].header["id"] in known:
                found = ("unchanged", found[1].header["id"])
            yield found
    finally:
        ahead.close()


def _init_pool_worker(known: frozenset[str], gazetteer: Gazetteer | None) -> None:
    """Workers leave Ctrl-C and SIGTERM to the parent, which stops the pool.

    A worker interrupted mid-task printed a traceback; one that died of a SIGTERM sent to the
    whole process group while it held one of the pool's queue locks left the parent waiting
    on that lock for ever. The pool ends its workers itself, once it no longer needs those
    locks, with SIGKILL, in bounded time (``store.ingest_pool``).
    """
    from store.ingest_pool import unblock_sigterm  # (the parent imported it before forking)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    unblock_sigterm()  # held back while the pool started
    _init_worker(known, gazetteer)
    # Off in the parent while it ingests (see _no_cyclic_gc); on here, but rarely: an article
    # makes tens of thousands of objects and no cycles, so the default threshold ran the
    # collector dozens of times per article for nothing (about 5% of a worker's time).
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD)
    gc.enable()


def _start_pool(workers: int, known: frozenset[str], gazetteer: Gazetteer) -> Any:
    """The pool, its workers started with Ctrl-C ignored and SIGTERM held back (also between
    fork and initializer; see ``store.ingest_pool.start_pool``).

    Forked workers inherit the parent's gazetteer as it is; spawned ones would be sent a
    pickled copy, so they load their own instead.
    """
    from store.ingest_pool import start_pool  # multiprocessing: only an ingest that pools

    context = _pool_context()
    forked = context.get_start_method() == "fork"
    if forked:
        _load_pipeline()
    initargs = (known, gazetteer if forked else None)
    options = {"initializer": _init_pool_worker, "initargs": initargs, "context": context}
    return start_pool(workers, options)


def _load_pipeline() -> None:
    """Import the parser and the extraction pipeline (about 0.1 s of CPU, their patterns
    compiled) in the parent, once, before it forks: each forked worker inherits them instead
    of importing them again on its first file."""
    import_module("store.parse.article")
    import_module("store.extract.pipeline")


def _pool_context() -> Any:
    """fork where it is safe and cheap (Linux); spawn elsewhere (macOS, Windows).

    Forked workers start at once and inherit the loaded modules; callers keep no threads
    running while the pool starts (the command line's progress bar refreshes without one).
    """
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


# --- the ingest -------------------------------------------------------------------------------


def ingest(
    store: Store,
    paths: Iterable[Path],
    progress: Progress | None = None,
    *,
    jobs: int | None = None,
    batch_size: int = BATCH_SIZE,
    batch_seconds: float = BATCH_SECONDS,
    gazetteer: Gazetteer | None = None,
    ahead: Ahead | None = None,
) -> IngestReport:
    """Add the articles under ``paths`` to ``store`` (open for writing); see the module docstring.

    ``gazetteer`` defaults to the bundled lists plus the user's files, loaded here once,
    before any file: a bad user file raises GazetteerError instead of failing every article
    (with ``ahead``, the child started on the same ``paths`` by ``store.ingest_ahead``, only
    when a file is left for this process to extract).
    """
    if gazetteer is None and ahead is None:
        gazetteer = load_user_gazetteer()
    loaded = gazetteer

    def gazetteer_now() -> Gazetteer:
        nonlocal loaded
        if loaded is None:
            loaded = load_user_gazetteer()
        return loaded

    report = IngestReport()
    files: list[Path | RecordTask] = []
    for item in expand(iter_article_files(Path(p) for p in paths)):
        if isinstance(item, ReadError):
            report.failed.append(str(item))
        else:
            files.append(item)
    total = len(files)
    if progress:
        progress(0, total, "")
    feed = TermFeed()
    if ahead is not None:
        _while_waiting(store)
    with _no_cyclic_gc():
        _run(store, files, report, progress, jobs, batch_size, batch_seconds, gazetteer_now, feed, ahead)
        _refresh_index(store, report, feed)
    return report


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The cyclic collector off in this process, and what exists now frozen for forked workers.

    The store holds millions of small objects and the records made per article have no
    cycles, so each collection only rescanned the store: with it on, decoding an extraction
    cost 4x. Frozen objects are not scanned by the workers' collectors (which stay on).
    What the ingest made goes to the oldest generation with them when it ends: left in the
    youngest, the first collection after it scanned every record made (0.4 s for 10k articles).
    """
    collecting = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield
    finally:
        gc.freeze()  # the ingest's objects join the frozen ones ...
        gc.unfreeze()  # ... and all go to the oldest generation
        if collecting:
            gc.enable()


def _run(
    store: Store,
    files: list[Path | RecordTask],
    report: IngestReport,
    progress: Progress | None,
    jobs: int | None,
    batch_size: int,
    batch_seconds: float,
    gazetteer: Callable[[], Gazetteer],
    feed: TermFeed,
    ahead: Ahead | None = None,
) -> None:
    """The ingest loop: outcomes in file order, staged and committed in batches; the
    sentence words of each article stored go to ``feed`` for the search index."""
    total = len(files)
    staged = 0
    stored = len(store.article_ids())
    last_commit = time.monotonic()
    for done, result in enumerate(
        _results(files, frozenset(store.article_ids()), jobs, gazetteer, ahead), 1
    ):
        if result[0] == "failed":
            report.failed.append(result[1])
        elif result[0] == "unchanged":
            report.unchanged += 1
        else:
            report.warnings.extend(result[-1])
            if _stage(store, result, feed):
                report.added += 1
                staged += 1
            else:
                report.unchanged += 1
        due = staged >= max(batch_size, stored // BATCH_SHARE)
        if staged and (due or time.monotonic() - last_commit >= batch_seconds):
            store.defer_names = True  # the name index is saved once, after the last commit
            store.commit()
            report.commits += 1
            stored += staged
            staged, last_commit = 0, time.monotonic()
            if len(feed) >= max(INDEX_EVERY, stored // INDEX_SHARE):
                _refresh_index(store, report, feed)  # the index grows by what the feed holds
        if progress:
            progress(done, total, task_label(files[done - 1]))
    store.defer_names = False
    if staged:
        store.commit()
        report.commits += 1
    else:
        store.flush_names()


def _stage(store: Store, result: tuple[Any, ...], feed: TermFeed) -> bool:
    """Add an "ok" or "encoded" outcome to the store (and its words to ``feed``); False when
    it is already there."""
    if result[0] == "encoded":
        encoded: EncodedArticle = result[1]
        article_id = encoded.header["id"]
        if store.has_article(article_id):
            return False
        extraction = extraction_from_dict(orjson.loads(encoded.extraction))
        store.add_encoded(encoded, extraction)
        feed.add(article_id, result[2])
        return True
    _, article, extraction, _ = result
    if store.has_article(article.id):
        return False
    store.add(article, extraction)
    feed.add(article.id, article_terms(article.text, article.sentences))
    return True


def _while_waiting(store: Store) -> None:
    """What the writer of a small add needs later, done before it waits for the child's
    extraction (``store.ingest_ahead``), where it is idle: the search index's modules (numpy
    among them) imported, and the name index read (as the first article's link would)."""
    try:
        import_module("store.search.upkeep")
    except ImportError:  # as in _refresh_index: no search, nothing to prepare
        pass
    _ = store.resolver


def _refresh_index(store: Store, report: IngestReport, feed: TermFeed) -> None:
    """Bring the persisted search index up to the new generation (when search is available)."""
    try:
        from store.search.upkeep import ensure_index
    except ImportError:
        return
    try:
        ensure_index(store, feed, load_back=False)  # nothing here queries it
    except StoreError as exc:  # the articles are stored; a stale index is rebuilt on next use
        report.warnings.append(f"search index not refreshed: {exc}")
    except Exception as exc:
        report.warnings.append(f"search index not refreshed: {type(exc).__name__}: {exc}")
