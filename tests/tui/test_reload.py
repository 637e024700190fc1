"""Reloading the store in the explorer: nothing leaks, and reads never interleave with a swap.

An explorer stays open all day beside a feed of ingests, reloading after each one: every
reload must give back the old store's descriptors and memory, and a read in a worker thread
(a search, an entity view) must finish on the store it started with before that store goes.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from store.db.store import Store
from store.records import Extraction
from tests.tui.app_support import SIZE, settle
from tests.tui_support import extra_article, make_article, write_store
from tui.app import PactscopeApp
from tui.widgets.article_list import ArticleList

RELOADS = 30


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def resident_mb() -> float:
    """This process's resident memory in MB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def many_articles(path: Path, count: int) -> Path:
    """A store of ``count`` plain articles of twenty sentences each (no entities)."""
    records = []
    for i in range(count):
        sentences = [
            f"Delegates of harbour {i} met for round {n} of the fisheries talks in a long hall."
            for n in range(20)
        ]
        article = make_article(
            f"r{i}",
            f"Fisheries talks, round {i}",
            [("text", sentences[:10]), ("text", sentences[10:])],
            published=f"2025-02-{i % 28 + 1:02d}",
        )
        records.append((article, Extraction(article_id=article.id)))
    return write_store(path, records)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
@pytest.mark.slow
async def test_reloads_leave_no_descriptor_and_no_memory_behind(tmp_path: Path) -> None:
    path = many_articles(tmp_path / "many.json", 200)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # an open article is read again from every new store
        await settle(pilot)
        for _ in range(3):  # caches, the index and the first screens settle in
            app.action_reload()
            await settle(pilot)
        descriptors, memory = open_descriptors(), resident_mb()
        first = app.store
        for _ in range(RELOADS):
            app.action_reload()
            await settle(pilot)
        assert app.store is not first
        leaked = open_descriptors() - descriptors
        grown = resident_mb() - memory
    assert leaked <= 0, f"{leaked} descriptors left open by {RELOADS} reloads"
    # one copy of this store's catalog is ~0.7 MB: 30 kept would be ~20 MB
    assert grown < 6, f"memory grew {grown:.1f} MB over {RELOADS} reloads"


@pytest.mark.slow
async def test_a_reload_closes_the_store_it_replaces(tmp_path: Path) -> None:
    path = many_articles(tmp_path / "few.json", 3)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        before = app.store
        assert before is not None
        app.action_reload()
        await settle(pilot)
        assert app.store is not before
        assert before.closed and not app.store.closed


@pytest.mark.slow
async def test_a_read_in_progress_holds_off_the_swap(tmp_path: Path) -> None:
    """A reader thread holding the store lock keeps the store it started with, open, until it
    lets go; only then does the reload swap the new store in and close the old one."""
    from tui.screens.entity import store_lock

    path = many_articles(tmp_path / "few.json", 3)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.store
        entered = threading.Event()
        seen: dict[str, object] = {}

        def reader() -> None:
            with store_lock(app):
                store = app.store
                entered.set()
                deadline = time.monotonic() + 1.0
                while time.monotonic() < deadline and app.store is store:
                    time.sleep(0.01)
                seen["swapped under the read"] = app.store is not store
                seen["title"] = store.body("r0").text[:9]  # still readable: not closed yet

        thread = threading.Thread(target=reader)
        thread.start()
        assert entered.wait(5)
        write_store(path, [extra_article()])
        app.action_reload()
        await settle(pilot)
        thread.join(5)
        await settle(pilot)
        assert seen == {"swapped under the read": False, "title": "Delegates"}
        assert app.store is not before and before.closed
        assert app.screen.query_one(ArticleList).option_count == 4


@pytest.mark.slow
async def test_an_index_reading_the_old_store_goes_with_it(tmp_path: Path, monkeypatch) -> None:
    """Where the index cannot be saved it reads sentences back from its store: once that
    store is closed by a reload, the index is dropped until the new store's is ready."""
    from store.search import upkeep

    built: list[object] = []

    def unsaved(store):  # what index_for_store builds beside a folder it cannot write
        articles = store.articles()
        index = upkeep.SearchIndex.build(
            store.actors(),
            store.agreements(),
            articles,
            upkeep._bodies(store, articles),
            store.generation,
            sentence_text=lambda article, i: store.body(article).sentence_text(i),
        )
        built.append(index)
        return index

    monkeypatch.setattr(upkeep, "index_for_store", unsaved)
    path = many_articles(tmp_path / "few.json", 3)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.search_index
        assert first is not None and first.reads_store
        assert first.search("t:delegates harbour")  # sentences read from the open store
        app._swap_store(app.store)  # the same store again: nothing is closed or dropped
        assert app.search_index is first
        write_store(path, [extra_article()])
        old = app.store
        app._swap_store(Store.open(path))  # what a reload does before its index is ready
        assert old.closed and app.search_index is None  # not an index over a closed store
        app.action_reload()
        await settle(pilot)
        assert app.search_index is built[-1] and app.search_index.reads_store
        assert app.search_index.search("t:delegates harbour")


def test_every_screen_uses_the_footer_that_forgets_removed_keys() -> None:
    """Textual's own Footer keeps every key it ever showed (its watchers list is only cleaned
    when ``compact`` changes): after a day of focus moves and reloads, megabytes of them."""
    import ast

    root = Path(__file__).resolve().parents[2] / "tui"
    offenders = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "footer.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual"):
                if any(alias.name == "Footer" for alias in node.names):
                    offenders.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert offenders == [], "use tui.widgets.footer.Footer: " + ", ".join(offenders)


@pytest.mark.slow
async def test_the_footer_keeps_nothing_of_the_keys_it_showed(tmp_path: Path) -> None:
    """Textual's footer mounts a widget per key at every change and keeps a watcher for each
    it ever showed; ours is one widget whose hints are replaced, and it redraws only when
    they change."""
    from tui.widgets.footer import Footer

    app = PactscopeApp(many_articles(tmp_path / "few.json", 3))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)
        seen = set()
        for _ in range(20):  # every focus move changes the footer's keys
            await pilot.press("tab")
            await pilot.pause()
            seen.add(tuple(footer.drawn()))
        await pilot.pause()
        assert len(seen) > 1  # the hints followed the focus
        assert not footer.children and not getattr(footer, "__watchers", {})
        assert len(app.screen.query(Footer)) == 1


@pytest.mark.slow
async def test_a_reload_keeps_the_old_store_open_while_its_index_build_reads_it(
    tmp_path: Path, monkeypatch
) -> None:
    """An index build reads bodies in a worker for seconds: a reload swaps the new store in at
    once, but closes the old one only when the build reading it ends."""
    from store.search import upkeep

    real = upkeep.index_for_store
    gate, reading = threading.Event(), threading.Event()
    seen: list[bool] = []

    def held(store):  # a build that is still reading when the reload arrives
        reading.set()
        gate.wait(10)
        seen.append(store.closed)
        return real(store)

    monkeypatch.setattr(upkeep, "index_for_store", held)
    path = many_articles(tmp_path / "few.json", 3)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        deadline = time.monotonic() + 10
        while app.store is None or not reading.is_set():
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        first = app.store
        write_store(path, [extra_article()])
        app.action_reload()
        while app.store is first:
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        assert not first.closed  # its index build has not finished reading
        gate.set()
        # The reload's own build may cancel the held build's worker (one index build at a
        # time) while its thread still reads: wait for what the user would see instead.
        while not (first.closed and app.search_index is not None):
            assert time.monotonic() < deadline + 10, "the old store was never closed"
            await pilot.pause(0.05)
        while app.search_index.generation != app.store.generation:
            assert time.monotonic() < deadline + 10, "the index never caught up with the store"
            await pilot.pause(0.05)
        assert seen and not any(seen)  # every build read an open store
        assert first.closed and not app.store.closed
        assert app.search_index is not None
        assert app.search_index.generation == app.store.generation
