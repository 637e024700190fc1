"""What a correction costs at the command line: ``fix merge``, ``undo``, ``redo``, ``undo`` at N.

    python bench/fix_speed.py --n 10000 --before REF

The synthetic corpus (bench/generate.py, seed 7) is generated when missing and ingested once
into ``bench/out/fix-<size>/base/``. Each side then works on its own copy of that store: the
code of this worktree ("after") and, with ``--before``, the code of git commit REF checked
out beside it ("before"), so both figures come from the same run, store and machine. The
merge takes the two persons named in the most articles (their mentions must all move). Each
step is its own process doing what ``pactscope fix`` does with the store's own methods (so
both sides' code runs it), timed wall-clock from start to exit and, inside, its parts:
imports, opening the store, the correction's commit (``step``, what the explorer's worker
waits for) and the search index brought up to it; with the bytes the body segment grew by.
Last, the merge again, an ingest of 10 new articles, and an undo: the undo an image cannot
serve (the store changed since), which rebuilds on both sides. Results: a printed table and ``bench/out/fix_results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from report import label_of  # noqa: E402  (bench/ is on the path when run as a script)

RUN = "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))"
STEP = """
import json, sys, time
t0 = time.perf_counter()
from store.db.store import Store
from store.records import Correction
from store.search.upkeep import ensure_index
db, op, *targets = sys.argv[1:]
t1 = time.perf_counter()
with Store.open(db, write=True) as store:
    t2 = time.perf_counter()
    done = store.correct(Correction(op, tuple(targets))) if targets else getattr(store, op)()
    t3 = time.perf_counter()
    ensure_index(store)
    t4 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "open": t2 - t1, "step": t3 - t2, "index": t4 - t3,
                  "how": getattr(store, "last_undo", "") if op == "undo" else ""}))
"""
"""What ``pactscope fix`` does (the store's own methods, then the index brought up to it),
with each part timed inside the process; the same with either side's code."""


def base_store(n: int, seed: int, log: Any) -> Path:
    """The store of the corpus of ``n`` articles, ingested once and kept."""
    label = label_of(n)
    corpus = HERE / "corpora" / label
    if not corpus.is_dir() or sum(1 for _ in corpus.glob("*.txt")) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        sys.path.insert(0, str(HERE))
        from generate import generate

        log(f"generated {n} articles in {generate(n, seed, corpus):.1f}s")
    db = HERE / "out" / f"fix-{label}" / "base" / "db.json"
    if not db.is_file():
        shutil.rmtree(db.parent, ignore_errors=True)
        db.parent.mkdir(parents=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", RUN, "--db", str(db), "ingest", str(corpus)],
                       cwd=ROOT, check=True, capture_output=True)
        log(f"ingested {n} articles in {time.perf_counter() - start:.1f}s")
    return db


def busiest_persons(db: Path) -> list[str]:
    """The two persons named in the most articles."""
    from store.db.store import Store

    with Store.open(db) as store:
        persons = sorted((a for a in store.actors() if a.kind == "person"), key=lambda a: -len(a.articles))
        return [a.id for a in persons[:2]]


def checkout(ref: str, where: Path) -> Path:
    """The code of ``ref`` in a detached worktree at ``where`` (made again each run)."""
    if where.exists():
        subprocess.run(["git", "worktree", "remove", "--force", str(where)], cwd=ROOT, capture_output=True)
        shutil.rmtree(where, ignore_errors=True)
    subprocess.run(["git", "worktree", "add", "--detach", str(where), ref], cwd=ROOT, check=True, capture_output=True)
    return where


def side(code: Path, base: Path, work: Path, targets: list[str], log: Any, name: str) -> dict[str, Any]:
    """Every step on a fresh copy of the base store, with ``code``'s modules."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base.parent, work)
    db = work / base.name
    bodies = Path(str(db) + ".bodies")
    env = {**os.environ, "PYTHONPATH": str(code)}
    steps: dict[str, Any] = {}
    later = base.parent.parent / "later"
    if not later.is_dir():
        sys.path.insert(0, str(HERE))
        from generate import generate

        generate(10, 99, later)
    for step in (["merge", *targets], ["undo"], ["redo"], ["undo"], ["merge", *targets], ["ingest"], ["undo"]):
        if step == ["ingest"]:  # 10 new articles: the image no longer describes the store
            subprocess.run([sys.executable, "-c", RUN, "--db", str(db), "ingest", str(later)],
                           cwd=code, env=env, check=True, capture_output=True)
            continue
        size = bodies.stat().st_size
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", STEP, str(db), *step],
                              cwd=code, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{name}: fix {' '.join(step)} failed: {done.stderr.strip()}")
        parts = json.loads(done.stdout.strip().splitlines()[-1])
        key = step[0] if step[0] not in steps else f"{step[0]} again"
        if key in steps:
            key = f"{step[0]} after an ingest"
        steps[key] = {"s": round(wall, 3), **{k: round(v, 3) if isinstance(v, float) else v for k, v in parts.items()},
                      "bodies_grew_bytes": bodies.stat().st_size - size}
        log(f"{name:>6}  fix {key:<24} {wall:6.2f} s  (step {parts['step']:.3f} s, index {parts['index']:.3f} s, "
            f"open {parts['open']:.3f} s)  bodies +{steps[key]['bodies_grew_bytes']} bytes {parts['how']}")
    return steps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000, help="articles (default 10000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--before", metavar="REF", help="git commit to compare with (its code, same store)")
    args = parser.parse_args(argv)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    base = base_store(args.n, args.seed, log)
    targets = busiest_persons(base)
    out = base.parent.parent
    log(f"merging {targets[0]} and {targets[1]} at {args.n} articles")
    result: dict[str, Any] = {"size": args.n, "targets": targets, "cpus": os.cpu_count(),
                              "load": os.getloadavg()[0]}
    if args.before:
        code = checkout(args.before, out / "before-src")
        try:
            result["before"] = {"ref": args.before, **side(code, base, out / "before", targets, log, "before")}
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(code)], cwd=ROOT, capture_output=True)
    result["after"] = side(ROOT, base, out / "after", targets, log, "after")
    result["load_end"] = os.getloadavg()[0]
    (HERE / "out" / "fix_results.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"fix at {args.n} articles, seconds: the whole process (the correction's commit alone)")
    for key, after in result["after"].items():
        before = result.get("before", {}).get(key)
        shown = f"{before['s']:6.2f} ({before['step']:6.3f})" if before else "       -        "
        print(f"  fix {key:<24} before {shown}   after {after['s']:6.2f} ({after['step']:6.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
