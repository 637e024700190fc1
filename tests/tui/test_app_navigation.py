"""The explorer shell end to end: history, jumps to sentences and mentions, and the other screens
opened from the panes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.app_support import SIZE, settle
from tests.tui_support import crafted_store
from tui.app import PactscopeApp
from tui.navigation import History, Location
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView


def test_history_back_forward_and_bounds() -> None:
    h = History(limit=3)
    assert h.back() is None and h.forward() is None
    for i in range(6):
        h.visit(Location("article", str(i)))
    assert h.current == Location("article", "5")
    assert [h.back(), h.back(), h.back(), h.back()] == [
        Location("article", "4"),
        Location("article", "3"),
        Location("article", "2"),
        None,  # only 3 steps are kept
    ]
    assert h.forward() == Location("article", "3")
    h.visit(Location("actor", "x"))
    assert not h.can_forward
    h.visit(Location("actor", "x"))  # the same place twice is one step
    assert h.back() == Location("article", "3")


@pytest.mark.slow
async def test_go_marks_and_scrolls_to_sentence(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go(Location("article", "a1", sentence=3))
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.marked == 3
        line = view.sentence_line(3)
        assert line is not None
        assert "Ocean Council" in view.plain_lines()[line]
        app.go(Location("article", "a1", sentence=50))
        await pilot.pause()
        line = view.sentence_line(50)
        assert line is not None and line > view.size.height  # needs scrolling
        top = view.scroll_offset.y
        assert top <= line < top + view.size.height
        shown = view.render_line(line - top).text
        assert shown.startswith("▌") and "number 50" in shown + view.plain_lines()[line + 1]


async def test_back_and_forward_through_jumps(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.check_action("history_back", ())
        view = app.screen.query_one(ArticleView)
        app.go(Location("article", "a1"))
        app.go(Location("article", "a2", sentence=1))
        await pilot.pause()
        assert view.article_id == "a2" and view.marked == 1
        assert app.check_action("history_back", ()) is True
        await pilot.press("left_square_bracket")
        assert view.article_id == "a1" and view.marked is None
        assert app.screen.query_one(ArticleList).highlighted_id == "a1"
        await pilot.press("right_square_bracket")
        assert view.article_id == "a2" and view.marked == 1
        await pilot.press("escape")
        assert view.article_id == "a1"
        assert not app.check_action("history_back", ())


@pytest.mark.slow
async def test_mention_keys_jump_to_entities(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert app.check_action("open_mention", ()) in (True, None)
        await pilot.press("n")
        assert view.cursor == 0
        await pilot.press("n", "n")
        assert view.body.mentions[view.cursor].entity == "g-pacific-accord"
        await pilot.press("N")
        assert view.body.mentions[view.cursor].entity == "c-lemuria"
        await pilot.press("enter")
        await pilot.pause()
        assert app.history.current == Location("actor", "c-lemuria")
        app.back()
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.history.current == Location("article", "a1")


@pytest.mark.slow
async def test_evidence_key_opens_the_stating_sentence(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go(Location("article", "a2"))
        await pilot.pause()
        agreements = app.screen.query_one(AgreementList)
        agreements.focus()
        await pilot.pause()
        await pilot.press("e")  # starts with what the open article states
        assert app.history.current == Location("article", "a2", 0)
        assert app.focused is app.screen.query_one(ArticleView)  # sent to read that sentence
        steps = []
        for _ in range(4):
            await pilot.press("e")  # from the text pane: the same agreement's next evidence
            steps.append(app.history.current)
        assert Location("article", "a1", 1) in steps  # the value's sentence
        assert app.screen.query_one(ArticleView).marked == steps[-1].sentence


@pytest.mark.slow
async def test_actor_screen_opens_and_escape_returns(tmp_path: Path) -> None:
    actor_module = pytest.importorskip("tui.screens.actor")
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go(Location("article", "a2"))
        app.go(Location("actor", "c-lemuria"))
        await pilot.pause()
        assert isinstance(app.screen, actor_module.ActorScreen)
        app.go(Location("actor", "c-atlantis"))  # actor to actor replaces the screen
        await pilot.pause()
        assert len(app.screen_stack) == 2
        await pilot.press("escape")  # back to Lemuria
        await pilot.pause()
        assert isinstance(app.screen, actor_module.ActorScreen)
        assert app.history.current == Location("actor", "c-lemuria")
        await pilot.press("escape")  # back to the article
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.history.current == Location("article", "a2")
        assert app.screen.query_one(ArticleView).article_id == "a2"
        await pilot.press("left_square_bracket")  # closing was a step: back re-opens it
        await pilot.pause()
        assert isinstance(app.screen, actor_module.ActorScreen)
        assert app.history.current == Location("actor", "c-lemuria")


@pytest.mark.slow
async def test_agreement_enter_opens_agreement_screen(tmp_path: Path) -> None:
    agreement_module = pytest.importorskip("tui.screens.agreement")
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        app.screen.query_one(AgreementList).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, agreement_module.AgreementScreen)
        assert app.history.current == Location("agreement", "g-pacific-accord")
        app.go(Location("article", "a2", sentence=0))  # a jump from the view closes it
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.screen.query_one(ArticleView).marked == 0


@pytest.mark.slow
async def test_search_screen_result_is_shown(tmp_path: Path) -> None:
    search_module = pytest.importorskip("tui.screens.search")
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, search_module.SearchScreen)
        app.screen.dismiss(Location("article", "a1", sentence=2))
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.history.current == Location("article", "a1", 2)
        assert app.screen.query_one(ArticleView).marked == 2
