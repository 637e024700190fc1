"""Where the writer's (the ingest's parent process's) CPU goes, per article, without its workers.

    .venv/bin/python bench/writer_split.py record FOLDER OUT.pickle [--jobs N]
    .venv/bin/python bench/writer_split.py replay OUT.pickle --db DB [--passes 3] [--profile N]

``record`` runs the pool over FOLDER once and keeps what its workers sent the writer (one
outcome per file, in order). ``replay`` feeds those outcomes to the real ingest loop in this
process, on a fresh store at DB each pass, and reports the CPU milliseconds per article of
decoding an extraction, linking it (``Store.add_encoded``), committing and refreshing the
search index, with the whole (``getrusage(RUSAGE_SELF)``); the least of ``--passes``. With
no workers beside it, the figure is the writer's own and barely moves with the machine's load;
a recording made by one version of the code replays on another, so both are timed on the
same input. What the pool's pipes cost the writer (unpickling the outcomes) is not in it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import pstats
import resource
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import ingest as ingest_module  # noqa: E402
from store.db.store import Store  # noqa: E402
from store.ingest_records import expand  # noqa: E402
from store.parse.reader import ReadError, iter_article_files  # noqa: E402


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def record(folder: Path, out: Path, jobs: int | None) -> None:
    """The outcomes the pool's workers send for ``folder``, pickled to ``out``."""
    files = [f for f in expand(iter_article_files([folder])) if not isinstance(f, ReadError)]
    gazetteer = ingest_module.load_user_gazetteer()
    outcomes = list(ingest_module._results(files, frozenset(), jobs or 2, lambda: gazetteer))
    with out.open("wb") as fh:
        pickle.dump({"files": [str(p) for p in files], "outcomes": outcomes}, fh, protocol=5)
    print(f"{len(outcomes)} outcomes -> {out}")


def _timed(spent: dict[str, float], name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = _cpu()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + _cpu() - start

    return timed


def replay_once(recorded: dict[str, Any], db: Path, profile: cProfile.Profile | None) -> dict[str, float]:
    """One ingest of the recorded outcomes into a fresh store at ``db``: CPU s per phase."""
    for stale in db.parent.glob(db.name + "*"):
        shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    files = [Path(f) for f in recorded["files"]]
    outcomes = recorded["outcomes"]

    def results(*_args: Any) -> Iterator[tuple[Any, ...]]:
        yield from outcomes

    spent: dict[str, float] = {}
    patched = {
        "_results": results,
        "_stage": _timed(spent, "stage", ingest_module._stage),
        "_refresh_index": _timed(spent, "index", ingest_module._refresh_index),
    }
    saved = {name: getattr(ingest_module, name) for name in patched}
    add, commit = Store.add_encoded, Store.commit
    Store.add_encoded = _timed(spent, "link", add)  # type: ignore[method-assign]
    Store.commit = _timed(spent, "commit", commit)  # type: ignore[method-assign]
    for name, func in patched.items():
        setattr(ingest_module, name, func)
    try:
        start = _cpu()
        if profile:
            profile.enable()
        with Store.open(db, write=True) as store:
            ingest_module._run(
                store, files, ingest_module.IngestReport(), None, 2,
                ingest_module.BATCH_SIZE, 1e9, None, feed := ingest_module.TermFeed(),
            )
            ingest_module._refresh_index(store, ingest_module.IngestReport(), feed)
        if profile:
            profile.disable()
        spent["total"] = _cpu() - start
    finally:
        Store.add_encoded, Store.commit = add, commit  # type: ignore[method-assign]
        for name, func in saved.items():
            setattr(ingest_module, name, func)
    spent["decode"] = spent.pop("stage") - spent["link"]
    return spent


def replay(source: Path, db: Path, passes: int, profile_top: int) -> None:
    with source.open("rb") as fh:
        recorded = pickle.load(fh)
    articles = sum(1 for o in recorded["outcomes"] if o[0] == "encoded")
    best: dict[str, float] = {}
    profile = cProfile.Profile() if profile_top else None
    for k in range(passes):
        wall = time.perf_counter()
        with ingest_module._no_cyclic_gc():
            spent = replay_once(recorded, db, profile if k == 0 else None)
        print(f"pass {k + 1}: {spent['total'] / articles * 1000:.3f} ms/article "
              f"({time.perf_counter() - wall:.1f} s wall)", file=sys.stderr)
        if not best or spent["total"] < best["total"]:
            best = spent
    per = {k: round(v / articles * 1000, 3) for k, v in sorted(best.items())}
    print(json.dumps({"articles": articles, "writer_cpu_ms_per_article": per}))
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(profile_top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("folder", type=Path)
    rec.add_argument("out", type=Path)
    rec.add_argument("--jobs", type=int, default=None)
    rep = sub.add_parser("replay")
    rep.add_argument("source", type=Path)
    rep.add_argument("--db", type=Path, required=True)
    rep.add_argument("--passes", type=int, default=3)
    rep.add_argument("--profile", type=int, default=0, help="the N functions of most own time")
    args = ap.parse_args(argv)
    if args.what == "record":
        record(args.folder, args.out, args.jobs)
    else:
        replay(args.source, args.db, args.passes, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
