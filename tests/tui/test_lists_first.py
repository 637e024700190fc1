"""The explorer fills its lists from the list file before the records load, and what is asked
for meanwhile (an article, an actor's view) waits for them; a list file that does not match
the catalog is not used."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.db import lists as lists_module
from store.db.lists import lists_path, read_lists
from store.db.store import Store
from store.search.upkeep import ensure_index
from tests.tui_support import crafted_store
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.screens.actor import ActorScreen
from tui.widgets.actor_list import ActorList
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView

SIZE = (100, 30)


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Opening the store (the full records) waits until the test lets it go on."""
    gate = threading.Event()
    real_open = Store.open.__func__  # type: ignore[attr-defined]

    def slow_open(cls, path, **kwargs):  # noqa: ANN001, ANN202 - Store.open's own signature
        if not kwargs.get("write"):
            assert gate.wait(30), "the test never let the records load"
        return real_open(cls, path, **kwargs)

    monkeypatch.setattr(Store, "open", classmethod(slow_open))
    return gate


async def wait_for(pilot, condition) -> None:  # noqa: ANN001
    for _ in range(400):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("condition never held")


@contextlib.asynccontextmanager
async def _records_alone(
    db: Path, held_open: threading.Event
) -> AsyncIterator[tuple[PactscopeApp, ArticleList]]:
    """The explorer on ``db`` whose list file it does not use: its lists stay empty until the
    records load, then fill from them."""
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        articles = app.screen.query_one(ArticleList)
        assert articles.option_count == 0 and app.lists_generation is None
        held_open.set()
        await wait_for(pilot, lambda: app.store is not None and articles.option_count > 0)
        yield app, articles


async def test_lists_show_before_the_records_and_a_choice_waits_for_them(
    tmp_path: Path, held_open: threading.Event
) -> None:
    db = crafted_store(tmp_path)
    with Store.open(db, write=True) as store:  # a writer's open is not held back
        ensure_index(store)
    lines = read_lists(db)
    assert lines is not None
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        await wait_for(pilot, lambda: articles.option_count > 0)
        assert app.store is None  # the records are still loading
        assert app.lists_generation == lines.generation
        assert app.screen.query_one(ActorList).option_count == len(lines.actors)
        await wait_for(pilot, lambda: app.search_index is not None)  # without the records
        assert app.store is None
        newest = articles.highlighted_id
        assert newest == lines.articles[0].id
        await pilot.press("enter")  # an article asked for before its records: it waits
        person = next(a for a in lines.actors if a.kind == "person")
        app.go(Location("actor", person.id))  # so does a view
        await pilot.pause()
        assert not isinstance(app.screen, ActorScreen)
        held_open.set()
        await wait_for(pilot, lambda: getattr(app.screen, "actor", None) is not None)
        assert isinstance(app.screen, ActorScreen) and app.store is not None
        assert app.screen.actor.id == person.id
        await pilot.press("escape")
        view = app.main_screen.query_one(ArticleView)
        await wait_for(pilot, lambda: view.meta is not None)
        assert view.meta.id == newest


async def test_a_list_file_of_another_commit_is_not_used(
    tmp_path: Path, held_open: threading.Event
) -> None:
    db = crafted_store(tmp_path)
    lines = read_lists(db)
    assert lines is not None
    lines.articles[0].shown = "A title no commit ever had"
    lists_module.write_lists(db, lines, (1, 2, 3, 4))  # stamped for another catalog
    async with _records_alone(db, held_open) as (app, articles):
        shown = [str(articles.prompt(articles.record(k))) for k in articles._keys]
        assert not any("no commit ever had" in row for row in shown)
    assert lists_path(db).exists()  # a reader does not write it: the next writer does


async def test_a_damaged_ordered_list_file_is_not_used_and_the_records_fill_the_lists_alike(
    tmp_path: Path, held_open: threading.Event
) -> None:
    db = crafted_store(tmp_path)
    lines = read_lists(db)
    assert lines is not None
    raw = lists_path(db).read_bytes()
    assert raw.split(b"\n")[1].startswith(b'{"ordered":true,')  # the base as a writer writes it
    lists_path(db).write_bytes(raw.replace(b'"sentences":[', b'"sentences":[1,', 1))  # one too many
    assert read_lists(db) is None
    async with _records_alone(db, held_open) as (app, articles):
        assert articles.highlighted_id == lines.articles[0].id
        assert app.screen.query_one(ActorList).ids == [a.id for a in lines.actors]
