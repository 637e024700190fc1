"""The explorer by keyboard only, at 80x24 with and without NO_COLOR: every path (lists, article,
agreements, actors, search, help, palette, history, reload, quit) works from the keyboard, and
the focus is never lost on the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from tests.tui.terminal_support import NAKATANI, plain, press, running
from tui.widgets.actor_list import ActorList
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import ListFilter

pytestmark = pytest.mark.slow  # whole explorer journeys in several terminal modes


@pytest.fixture(params=["default", "no-color"])
def colour_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run with the normal colours or with NO_COLOR=1 in the environment."""
    if request.param == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    return request.param


async def test_every_path_by_keyboard(store_path: Path, colour_mode: str) -> None:
    async with running(store_path) as (app, pilot):
        main = app.screen
        articles = main.query_one(ArticleList)
        assert app.focused is articles and app.no_color == (colour_mode == "no-color")
        first = articles.highlighted
        await press(pilot, "j")
        assert articles.highlighted == first + 1
        await press(pilot, "G")
        last = articles.highlighted
        assert last == len(app.store.articles()) - 1
        await press(pilot, "k", "g")
        assert articles.highlighted == 0

        await press(pilot, "enter")
        view = main.query_one(ArticleView)
        assert app.focused is view and view.article_id == app.store.articles()[0].id
        panes = {ArticleList, ActorList, ArticleView, AgreementList}
        seen = []
        for _ in range(len(panes)):
            await press(pilot, "tab")
            seen.append(type(app.focused))
        assert set(seen) == panes and app.focused is view, f"Tab went {seen}"
        await press(pilot, "shift+tab")
        assert type(app.focused) is seen[-2]
        await press(pilot, "4")
        assert isinstance(app.focused, AgreementList) and app.focused.option_count > 0
        await press(pilot, "enter")
        assert type(app.screen).__name__ == "AgreementScreen"
        await press(pilot, "escape")
        assert app.screen is main and app.history.current.kind == "article"
        await press(pilot, "left_square_bracket")  # closing the view was a step: back reopens it
        assert type(app.screen).__name__ == "AgreementScreen"
        await press(pilot, "right_square_bracket")
        assert app.screen is main

        await press(pilot, "2")
        assert isinstance(app.focused, ActorList)
        await press(pilot, "f", *"jap")  # j on a list moves: f opens the filter first
        assert isinstance(app.focused, ListFilter) and app.focused.value == "jap"
        await press(pilot, "down", "enter")
        assert type(app.screen).__name__ == "ActorScreen"
        assert app.store.actor(app.history.current.id).name == "Japan"
        await press(pilot, "tab", "j", "escape")
        assert app.screen is main

        await press(pilot, *NAKATANI)
        assert type(app.screen).__name__ == "SearchScreen"
        await press(pilot, "enter")
        assert type(app.screen).__name__ == "ActorScreen"
        assert app.store.actor(app.history.current.id).name == "Gen Nakatani"
        await press(pilot, "question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await press(pilot, "escape")
        assert type(app.screen).__name__ == "ActorScreen"
        await press(pilot, "escape")
        assert app.screen is main

        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await press(pilot, "escape")
        assert app.screen is main

        await press(pilot, "r")
        assert app.store is not None and articles.option_count == len(app.store.articles())
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


SENTENCE_JUMPS = {
    "search-sentence": ("slash", *"t:reciprocal access", "enter"),
    "agreement-evidence": ("enter", "4", "enter", "e", "o"),
    "actor-article": (*NAKATANI, "enter", "enter"),
}
"""Ways to land on an article at a given sentence from somewhere else."""


@pytest.mark.parametrize("path", list(SENTENCE_JUMPS))
async def test_jump_to_a_sentence_focuses_the_text(store_path: Path, path: str) -> None:
    async with running(store_path, SENTENCE_JUMPS[path]) as (app, _):
        here = app.history.current
        assert here is not None and here.kind == "article" and here.sentence is not None
        view = app.screen.query_one(ArticleView)
        assert view.article_id == here.id
        assert app.focused is view, f"focus is on {type(app.focused).__name__}"


@pytest.mark.parametrize("keys", [("slash",), ("question_mark",), ("ctrl+p",)])
async def test_closing_a_window_gives_back_the_same_screen(store_path: Path, keys) -> None:
    async with running(store_path, ("enter", "4")) as (app, pilot):
        before, focused = plain(app), app.focused
        await press(pilot, *keys)
        assert plain(app) != before
        await press(pilot, "escape")
        assert app.focused is focused
        assert plain(app) == before
