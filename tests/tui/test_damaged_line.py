"""A damaged catalog line costs the explorer that record alone: one line naming the file,
the line and the record, and every other article and actor still shows and opens."""

from __future__ import annotations

import os
from pathlib import Path

from store.db.lists import read_lists
from store.db.store import Store
from store.search.upkeep import ensure_index
from tests.tui.test_lists_first import wait_for
from tests.tui_support import crafted_store
from tui.app import PactscopeApp
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView

SIZE = (100, 30)


def _damaged(tmp_path: Path, keep_stamp: bool) -> tuple[Path, str, int, int]:
    """The crafted store compacted (every record in the base's lines) with the newest
    article's line broken; its id, its line number and the number of articles."""
    db = crafted_store(tmp_path)
    with Store.open(db, write=True) as store:
        store.compact()
        ensure_index(store)
        newest = store.articles()[0].id
        count = len(store.article_ids())
    before = os.stat(db)
    lines = db.read_bytes().split(b"\n")
    number = next(n for n, line in enumerate(lines) if f'{{"id":"{newest}"'.encode() in line)
    # the same size: with the file's time put back, the list file still matches it
    lines[number] = lines[number].replace(b'"title":"', b'"title"!"', 1)
    db.write_bytes(b"\n".join(lines))
    if keep_stamp:
        os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))
    return db, newest, number + 1, count


def _said(app: PactscopeApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_a_damaged_article_is_said_once_when_opened_and_the_rest_open(tmp_path: Path) -> None:
    db, newest, number, count = _damaged(tmp_path, keep_stamp=True)
    assert read_lists(db) is not None  # the lists come from the list file, the line unread
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        await wait_for(pilot, lambda: app.store is not None and articles.option_count == count)
        await pilot.press("enter")  # the newest article: its line is the damaged one
        await wait_for(pilot, lambda: any(newest in m for m in _said(app)))
        line = next(m for m in _said(app) if newest in m)
        assert db.name in line and f"line {number}" in line and "\n" not in line
        articles.focus()
        await pilot.press("j", "enter")
        view = app.main_screen.query_one(ArticleView)
        await wait_for(pilot, lambda: view.meta is not None and view.meta.id != newest)
        assert sum(newest in m for m in _said(app)) == 1


async def test_lists_made_from_the_records_leave_a_damaged_one_out(tmp_path: Path) -> None:
    db, newest, number, count = _damaged(tmp_path, keep_stamp=False)
    assert read_lists(db) is None  # the catalog changed: the lists come from its records
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        await wait_for(pilot, lambda: articles.option_count == count - 1)
        await wait_for(pilot, lambda: any(newest in m for m in _said(app)))
        line = next(m for m in _said(app) if newest in m)
        assert db.name in line and f"line {number}" in line
        assert articles.highlighted_id != newest
