"""How long the duplicate suggestions take on a store (the suggestions screen computes them).

    .venv/bin/python bench/suggest_speed.py [--db bench/out/10k/db.json] [--repeat 3]

Opens the store read-only (``run.py --sizes 10000`` leaves one at ``bench/out/10k/``), then
times ``suggest`` over every actor and agreement with the corrections log's settled pairs
left out: the median of ``--repeat`` runs, beside how many records there are, how many pairs
the blocking keys let through to be scored, and how many were suggested.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from store.db.store import Store  # noqa: E402
from store.resolve import suggest as suggest_module  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "out" / "10k" / "db.json")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db}: no store (run bench/run.py --sizes 10000 first)", file=sys.stderr)
        return 1
    with Store.open(args.db) as store:
        actors, agreements = store.actors(), store.agreements()
        settled = suggest_module.settled_pairs(store.corrections())
        articles = len(store.articles())
    entries = [suggest_module._actor_entry(a) for a in actors if any(a.articles.values())]
    pairs = len(suggest_module._candidates(entries))
    times, found = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = suggest_module.suggest(actors, agreements, settled)
        times.append(time.perf_counter() - start)
    print(f"store: {articles} articles, {len(actors)} actors, {len(agreements)} agreements")
    print(f"actor pairs scored (sharing a blocking key): {pairs}")
    print(f"suggested: {len(found)} pairs")
    print(f"suggest: median {statistics.median(times):.2f} s over {args.repeat} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
