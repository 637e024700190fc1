"""Explorer cold start on a large store: time to first paint and to filled lists.

Builds (once, cached under bench/corpora/ui-N) a store of N synthetic articles written
through the real Store API from hand-made parse and extraction records, then runs the app
headless and reports when the main screen first painted and when the Articles and Actors
lists held every record (with, separately, what opening the store and filling the panes
cost), plus the time to open the newest article, to move in the list, for a moved cursor's
article to show in the text pane (the preview), and to open the country x agreement matrix
(each a median of ``SAMPLES``; the first opening of the matrix and the slowest preview too).

    python bench/ui_start.py --n 10000
    python bench/ui_start.py --db STORE --json     # what bench/run.py records
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual import events  # noqa: E402

from store.db.lists import lines_of, sort_lines  # noqa: E402
from store.db.store import Store  # noqa: E402
from store.records import AgreementHit, Extraction, Fact  # noqa: E402
from tests.tui_support import actor, make_article  # noqa: E402
from tui.store_loader import prepare  # noqa: E402

SAMPLES = 5
"""Previews and matrix openings timed (their median is the figure: the machine is shared)."""
WORDS = "the talks between ministers on trade security and energy continued for a third day".split()


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    countries = [f"Country{i}" for i in range(200)]
    people = [f"Person{i} Surname{i}" for i in range(3000)]
    with Store.open(path, write=True) as store:
        for i in range(n):
            a, b = rng.sample(countries, 2)
            who = rng.sample(people, 3)
            sentences = [f"{a} and {b} signed the {a}-{b} Pact.", f"{who[0]} said {who[1]} agreed."]
            sentences += [" ".join(rng.choices(WORDS, k=18)).capitalize() + "." for _ in range(30)]
            paragraphs = [("text", sentences[k : k + 4]) for k in range(0, len(sentences), 4)]
            article = make_article(
                f"id{i:06d}",
                f"{a} and {b} sign a pact ({i})",
                paragraphs,
                published=f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            )
            hits = [actor(article, "country", a), actor(article, "country", b)]
            hits += [actor(article, "person", w) for w in who[:2]]
            pact = AgreementHit(
                name=f"{a}-{b} Pact",
                parties=[a, b],
                status="signed",
                facts=[Fact("status", "signed", 0)],
                spans=[],
            )
            store.add(article, Extraction(article.id, actors=hits, agreements=[pact]))
            if i % 1000 == 999:
                store.commit()
        store.commit()


def send_key(app: Any, key: str) -> None:
    """Deliver one key as the terminal driver does, without Pilot's idle waits.

    ``Pilot.press`` returns only after two idle windows of 20 ms each; that is the test
    harness waiting, not the person at the keyboard, so the timed views start the clock here
    and stop it at the first frame painted with the result (``painted``).
    """
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)


async def painted(app: Any) -> None:
    """Wait for the next frame the app paints (what the terminal is sent next)."""
    done = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: done.done() or done.set_result(None))
    app.refresh()
    await done


async def measure(path: Path) -> dict[str, float]:
    from tui.app import PactscopeApp
    from tui.widgets.actor_list import ActorList
    from tui.widgets.article_list import ArticleList
    from tui.widgets.article_view import ArticleView

    start = time.perf_counter()
    app = PactscopeApp(path)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        out["first_paint"] = time.perf_counter() - start
        articles = app.screen.query_one(ArticleList)
        while articles.option_count == 0:
            await asyncio.sleep(0.005)
        await pilot.pause()
        out["lists_filled"] = time.perf_counter() - start
        out["articles"] = articles.option_count
        while app.store is None:  # the lists may show before the records are loaded
            await asyncio.sleep(0.005)
        t = time.perf_counter()
        store = app.store
        fresh = type(store).open(path, write=False, lazy=True)  # as the app opens it
        out["store_open"] = time.perf_counter() - t
        t = time.perf_counter()
        lines = lines_of(fresh.generation, fresh.each_article(), fresh.each_actor())
        lists = prepare(sort_lines(lines), "date")
        app.main_screen.fill_lists(lists.articles, lists.actors)
        app.main_screen.store_arrived()
        out["populate"] = time.perf_counter() - t
        out["actors"] = app.screen.query_one(ActorList).option_count
        view = app.screen.query_one(ArticleView)
        t = time.perf_counter()
        await pilot.press("enter")
        while view.article_id is None:
            await asyncio.sleep(0.001)
        out["open_article"] = time.perf_counter() - t
        articles.focus()
        await pilot.pause()
        for key in ("j", "G", "k"):
            t = time.perf_counter()
            await pilot.press(key)
            out[f"press_{key}"] = time.perf_counter() - t
        previews = []
        for key in ("k", "j") * (SAMPLES // 2) + ("k",) * (SAMPLES % 2):
            await pilot.pause(0.3)
            before = articles.highlighted_id
            t = time.perf_counter()
            send_key(app, key)  # the preview: the cursor rests, the text pane follows
            while articles.highlighted_id == before or view.article_id != articles.highlighted_id:
                await asyncio.sleep(0.001)
            await painted(app)
            previews.append(time.perf_counter() - t)
        out["preview"] = statistics.median(previews)
        out["preview_max"] = max(previews)
        t = time.perf_counter()
        await pilot.press("s")
        out["sort"] = time.perf_counter() - t
        from tui.screens.matrix import MatrixScreen
        from tui.widgets.matrix_grid import MatrixGrid

        opens = []
        for n in range(SAMPLES):
            if n:  # back to the main screen, then open it again
                await pilot.press("escape")
                await pilot.pause(0.3)
            t = time.perf_counter()
            send_key(app, "m")
            while not isinstance(app.screen, MatrixScreen) or not app.screen.query(MatrixGrid):
                await asyncio.sleep(0.001)
            await painted(app)
            opens.append(time.perf_counter() - t)
        out["matrix_open"] = statistics.median(opens)
        out["matrix_first"] = opens[0]
        grid = app.screen.query_one(MatrixGrid)
        out["matrix_cells"] = len(grid.matrix.rows) * len(grid.matrix.cols)
        t = time.perf_counter()
        await pilot.press("l", "j", "pagedown")
        out["matrix_move"] = time.perf_counter() - t
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--db", type=Path, help="measure this store instead of a built one")
    parser.add_argument("--json", action="store_true", help="one JSON line (for run.py)")
    args = parser.parse_args()
    path = args.db or ROOT / "bench" / "corpora" / f"ui-{args.n}" / "store.json"
    if args.db is None and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        build(path, args.n)
        print(f"built {args.n} articles in {time.perf_counter() - t:.1f}s")
    results = asyncio.run(measure(path))
    if args.json:
        print(json.dumps(results))
        return
    for key, value in results.items():
        print(f"{key:14} {value:8.3f}" if isinstance(value, float) else f"{key:14} {value}")


if __name__ == "__main__":
    main()
