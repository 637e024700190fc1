"""The explorer shell end to end: reloading after an ingest, noticing another process's commit,
and quitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.app_support import SIZE, settle
from tests.tui_support import crafted_store, extra_article, write_store
from tui.app import PactscopeApp
from tui.widgets.article_list import ArticleList


@pytest.mark.slow
async def test_reload_picks_up_a_second_ingest(tmp_path: Path) -> None:
    path = crafted_store(tmp_path)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j")  # keep "a2" highlighted across the reload
        write_store(path, [extra_article()])
        await pilot.press("r")
        await settle(pilot)
        assert articles.ids == ["a4", "a1", "a2", "a3"]
        assert articles.highlighted_id == "a2"


@pytest.mark.slow
async def test_poll_notices_another_process_commit(tmp_path: Path) -> None:
    path = crafted_store(tmp_path)
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.store
        app._poll()  # nothing changed: the same store stays
        await settle(pilot)
        assert app.store is before
        write_store(path, [extra_article()])
        app._poll()
        await settle(pilot)
        assert app.store is not before
        assert app.screen.query_one(ArticleList).option_count == 4


async def test_q_quits(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit
