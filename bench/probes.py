"""What ``bench/run.py`` measures inside its child processes: search per keystroke, the naive
rapidfuzz scan it is compared with, and a full index rebuild; with the queries typed.

Each probe runs in a process of its own (``run.py --probe KIND DB ...``) and prints JSON, so
its figures (peak RSS above all) are its own.
"""

from __future__ import annotations

import gc
import json
import resource
import shutil
import time
from pathlib import Path
from typing import Any

QUERIES = [
    "nakatni",
    "gen nakatani",
    "penny wong",
    "aukis",
    "reciprocl acess",
    "reciprocal access agreement",
    "p:kishida",
    "a:free trade",
    "c:japan",
    "o:asean",
    "t:submarine contract",
    "lloyd austin",
    "maritime security",
    "defence contract worth",
    "critical minerals",
]
# the first hit's kind and a word of its label: the synthetic corpus has many Nakatanis and many
# "<A>-<B> Reciprocal Access ..." agreements, so this checks the family, not one record
ADDED = 10
"""Articles ingested into a measured store to time a small addition."""

EXPECTED_FIRST = {
    "nakatni": ("person: ", "Nakatani"),
    "reciprocl acess": ("agreement: ", "Reciprocal Access"),
}


def keystrokes() -> list[str]:
    return [q[:i] for q in QUERIES for i in range(1, len(q) + 1)]



def probe_search(db: Path) -> dict[str, Any]:
    """Load the index as the app does, then time every keystroke of every query."""
    from store.db.store import Store
    from store.search.upkeep import index_for_store

    t0 = time.perf_counter()
    store = Store.open(db)
    t1 = time.perf_counter()
    index = index_for_store(store)
    t2 = time.perf_counter()
    gc.collect()
    gc.freeze()
    times = []
    for q in keystrokes():
        start = time.perf_counter()
        index.search(q, limit=50)
        times.append((time.perf_counter() - start) * 1000)
    firsts = {}
    for q in QUERIES:
        hits = index.search(q, limit=50)
        firsts[q] = f"{hits[0].kind}: {hits[0].label[:60]}" if hits else None
    return {
        "store_open_s": t1 - t0,
        "index_load_s": t2 - t1,
        "keystroke_ms": times,
        "first_hits": firsts,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def all_sentences(db: Path) -> list[str]:
    from store.db.store import Store

    out = []
    with Store.open(db) as store:
        for meta in store.articles():
            body = store.body(meta.id)
            out.extend(body.sentence_text(i).replace("\n", " ") for i in range(len(body.sentences)))
    return out


def probe_rapidfuzz(db: Path, sample: list[str]) -> dict[str, Any]:
    """The naive approach: WRatio against every sentence per keystroke."""
    from rapidfuzz import fuzz, process

    from store.search.query import parse_query

    sentences = all_sentences(db)
    times = []
    for q in sample:
        text = parse_query(q)[1] or q
        start = time.perf_counter()
        process.extract(text, sentences, scorer=fuzz.WRatio, limit=50)
        times.append((time.perf_counter() - start) * 1000)
    return {"keystroke_ms": times, "sentences": len(sentences)}


def probe_index_build(db: Path) -> dict[str, Any]:
    """Time reading every body, then a full rebuild + save of PATH.index/ from the stored bodies
    (what opening a store whose index is missing costs; an ingest takes the words from its
    workers and from the saved index instead)."""
    from store.db.store import Store
    from store.search.upkeep import index_dir, index_for_store

    with Store.open(db) as store:
        start = time.perf_counter()
        n = 0
        for meta in store.articles():
            n += len(store.body(meta.id).sentences)
        read = time.perf_counter() - start
        shutil.rmtree(index_dir(store.path), ignore_errors=True)
        start = time.perf_counter()
        index_for_store(store)
        total = time.perf_counter() - start
    return {
        "read_bodies_s": read,
        "rebuild_s": total,
        "sentences": n,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def probe_ingest(db: Path, corpus: Path, usage: Path) -> int:
    """``pactscope ingest CORPUS`` in this process, as the command runs it; writes to ``usage``
    the CPU seconds this process (the writer) used itself and those of the pool workers it
    reaped, so the writer's share is seen apart from the workers'. Returns the exit status."""
    from tui.cli import main

    status = main(["--db", str(db), "ingest", str(corpus)])
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    usage.write_text(json.dumps({
        "writer_cpu_s": own.ru_utime + own.ru_stime,
        "workers_cpu_s": workers.ru_utime + workers.ru_stime,
    }))
    return status
