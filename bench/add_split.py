"""Where adding a few articles to a store goes: open / link / commit / index, in one process.

``python bench/add_split.py --db STORE FILE_OR_DIR...`` runs the real ``pactscope ingest``
path in this process and reports, per phase, the wall time, the CPU time and the peak RSS
when the phase ended (``ru_maxrss``). Opening is the catalog, journal and checks; linking is
``Store.add_encoded`` (resolving each article onto the records it names); committing is
``Store.commit`` (bodies, journal line, list file, name index); the index is the search
index grown by the added articles. Run it on a copy: it adds the articles.

With ``--ahead`` the articles are read and extracted in a child started before the store
opens, as ``pactscope ingest`` does (``store.ingest_ahead``); "wait" is then the time the
writer waited for the child's outcomes.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import ingest as ingest_module  # noqa: E402
from store import ingest_ahead  # noqa: E402
from store.db.store import Store  # noqa: E402


class Phases:
    """Wall and CPU seconds summed per phase, and the peak RSS when each last ended."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.rss_mb: dict[str, float] = {}

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            w, c = time.perf_counter(), time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - w
                self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c
                self.rss_mb[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        return timed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("paths", type=Path, nargs="+")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--ahead", action="store_true", help="extract in a child, as the command does")
    args = ap.parse_args(argv)
    phases = Phases()
    Store.open = classmethod(phases.wrap("open", Store.open.__func__))  # type: ignore[method-assign]
    Store.add_encoded = phases.wrap("link", Store.add_encoded)  # type: ignore[method-assign]
    Store.add = phases.wrap("link", Store.add)  # type: ignore[method-assign]
    Store.commit = phases.wrap("commit", Store.commit)  # type: ignore[method-assign]
    Store.flush_names = phases.wrap("commit", Store.flush_names)  # type: ignore[method-assign]
    ingest_module._refresh_index = phases.wrap("index", ingest_module._refresh_index)
    ingest_ahead.Ahead._next = phases.wrap("wait", ingest_ahead.Ahead._next)  # type: ignore[method-assign]
    w, c = time.perf_counter(), time.process_time()
    ahead = ingest_ahead.start(args.paths, args.jobs) if args.ahead else None
    with Store.open(args.db, write=True) as store:
        for notice in store.notices:
            print(notice, file=sys.stderr)
        report = ingest_module.ingest(store, args.paths, jobs=args.jobs, ahead=ahead)
    total_wall, total_cpu = time.perf_counter() - w, time.process_time() - c
    print(json.dumps({
        "added": report.added,
        "wall_s": {k: round(v, 3) for k, v in phases.wall.items()} | {"total": round(total_wall, 3)},
        "cpu_s": {k: round(v, 3) for k, v in phases.cpu.items()} | {"total": round(total_cpu, 3)},
        "peak_rss_mb_after": {k: round(v) for k, v in phases.rss_mb.items()},
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
