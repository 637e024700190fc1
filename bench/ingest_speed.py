"""Ingest speed and store load time on generated articles (the >= 500 articles/s target).

    .venv/bin/python bench/ingest_speed.py [--articles 2000] [--jobs N] [--keep DIR]

Articles are built from the seeds' paragraphs, reshuffled and renumbered so each has its own
content id, trimmed to about 600 words. Prints articles/s for the ingest and the time to open
the resulting store read-only.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from store.db.store import Store  # noqa: E402
from store.ingest import ingest  # noqa: E402


def make_articles(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in sorted((REPO / "seeds").iterdir()):
        lines = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        titles.append(lines[0])
        paragraphs.extend(p for p in lines[1:] if len(p.split()) > 20)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body, words = [], 0
        while words < 600:
            p = rng.choice(paragraphs)
            body.append(p)
            words += len(p.split())
        text = f"{rng.choice(titles)} ({i})\n\n" + "\n\n".join(body) + f"\n\nReport number {i}.\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", type=Path, help="build in DIR and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="pactscope-bench-"))
    folder = root / "articles"
    if not folder.exists():
        make_articles(folder, args.articles)
    db = root / "store" / "pactscope.json"
    started = time.perf_counter()
    with Store.open(db, write=True) as store:
        report = ingest(store, [folder], jobs=args.jobs)
    elapsed = time.perf_counter() - started
    print(f"{report.summary()}; {report.commits} commits")
    print(f"ingest: {report.added / elapsed:,.0f} articles/s ({elapsed:.2f} s)")
    started = time.perf_counter()
    with Store.open(db) as store:
        n = len(store.articles())
    print(f"open {n:,} articles: {time.perf_counter() - started:.3f} s; catalog {db.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
