"""The explorer shell end to end: loading a store into the panes, moving in them, and fitting the
terminal; a missing or damaged store and hostile text are shown, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.app_support import SIZE, settle, view_text
from tests.tui_support import crafted_store, extra_article, seeded_store, write_store
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.widgets.actor_list import ActorList
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import ListFilter


@pytest.mark.slow
async def test_opens_seeded_store_with_five_articles(tmp_path: Path) -> None:
    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.option_count == 5
        assert app.title == "pactscope"
        assert app.search_index is not None  # loaded in a worker after the lists
        await pilot.press("enter")
        meta = app.store.articles()[0]
        assert meta.title.split()[0] in view_text(app)


async def test_lists_articles_newest_first(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.ids == ["a1", "a2", "a3"]
        assert app.screen.query_one(ActorList).option_count == 4
        assert app.focused is articles


@pytest.mark.slow
async def test_enter_shows_title_metadata_and_paragraphs(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.article_id == "a1"
        assert app.focused is view
        lines = view.plain_lines()
        assert lines[0].strip().startswith("Atlantis and Lemuria sign")
        text = "\n".join(lines)
        assert "2025-03-02 · Port Royal · By A. Writer · Example News" in " ".join(text.split())
        assert "  • The Ocean Council" in text
        assert "What the accord says" in text
        assert app.history.current == Location("article", "a1")
        agreements = app.screen.query_one(AgreementList)
        assert [o.id for o in agreements.options] == ["g-pacific-accord"]


async def test_missing_store_shows_empty_message(tmp_path: Path) -> None:
    app = PactscopeApp(tmp_path / "nothing.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ArticleList).option_count == 0
        assert "store is empty" in view_text(app)


@pytest.mark.slow
async def test_tab_cycles_through_panes(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = [type(app.focused)]
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(app.focused))
        assert seen == [ArticleList, ActorList, ArticleView, AgreementList, ArticleList]
        await pilot.press("shift+tab")
        assert type(app.focused) is AgreementList


@pytest.mark.slow
async def test_actor_filter_narrows_the_list(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "f")
        assert isinstance(app.focused, ListFilter)
        await pilot.press("l", "e", "m")
        actors = app.screen.query_one(ActorList)
        assert actors.ids == ["c-lemuria"]
        await pilot.press("escape")  # clears the filter and leaves it
        assert actors.option_count == 4 and app.focused is actors
        await pilot.press("o", "c", "e", "a", "n", "down")  # typing on the list filters
        assert app.focused is actors
        agreements = app.screen.query_one(AgreementList)
        # the agreements pane follows the focused actor: the council oversees the accord in
        # its article but is no party to it, so it has no agreements of its own
        assert [o.id for o in agreements.options] == []
        title = app.screen.query_one("#agreements-pane").border_title
        assert "Ocean Council" in str(title)
        # Enter opens the actor view (or, until that screen exists, records the jump).
        await pilot.press("enter")
        assert app.history.current == Location("actor", "o-ocean-council")


@pytest.mark.slow
async def test_a_new_filter_starts_at_the_first_match(tmp_path: Path) -> None:
    """A row picked before filtering that no longer matches must not leave the cursor on
    whatever actor now sits at that row number."""
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        actors = app.screen.query_one(ActorList)
        actors.select_id("c-lemuria")
        await pilot.press("n")  # Lemuria has no n
        assert "c-lemuria" not in actors.ids and len(actors.ids) > 1
        assert actors.highlighted_id == actors.ids[0]
        await pilot.press("down", "j")
        second = actors.highlighted_id
        await pilot.press("f", "backspace")
        assert actors.highlighted_id == second  # still shown: kept
        # the agreements pane follows the actor the filter leads to, not the one left behind
        await pilot.press(*"lem")
        assert actors.highlighted_id == "c-lemuria" != second
        title = app.screen.query_one("#agreements-pane").border_title
        assert "Lemuria" in str(title)


@pytest.mark.slow
async def test_vim_keys_move_in_lists(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        await pilot.press("j")
        assert articles.highlighted == 1
        await pilot.press("G")
        assert articles.highlighted == 2
        await pilot.press("k", "g")
        assert articles.highlighted == 0


@pytest.mark.slow
async def test_hostile_text_is_shown_literally(tmp_path: Path) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert "Hostile [bold]title[/] red" in articles.prompt_of("a3").plain
        app.go(Location("article", "a3", sentence=1))
        await pilot.pause()
        text = view_text(app)
        flat = " ".join(text.split())
        assert "[bold]x[/] [link=http://e]y[/link]" in flat
        assert "Hostile [bold]title[/] red" in flat
        assert "[i]src[/i]" in flat
        for bad in ("\x1b", "\x07", "\r", "52;c"):
            assert bad not in text
        # the mention after the hostile run still lands on its word
        view = app.screen.query_one(ArticleView)
        lemuria = [m for m in view.body.mentions if m.entity == "c-lemuria"]
        assert [view.body.text[m.start : m.end] for m in lemuria] == ["Lemuria"]
        # and the whole screen renders without error
        app.save_screenshot(str(tmp_path / "shot.svg"))
        assert "[bold]x[/]" in (tmp_path / "shot.svg").read_text().replace("&#160;", " ")


@pytest.mark.slow
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_layout_fits(tmp_path: Path, size: tuple[int, int]) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        # panes fill the screen between header and footer without overlapping
        minimum = {"#articles-pane": 6, "#actors-pane": 6, "#text-pane": 12, "#agreements-pane": 4}
        regions = [app.screen.query_one(pane).region for pane in minimum]
        for (pane, rows), region in zip(minimum.items(), regions, strict=True):
            assert region.width >= 24 and region.height >= rows, (pane, region)
            assert region.right <= size[0] and region.bottom <= size[1] - 1
        for i, a in enumerate(regions):
            assert all(not a.overlaps(b) for b in regions[i + 1 :])
        # a long article: the agreements keep a third of the column (the split does not move
        # with the number of agreements), the text pane takes the rest
        assert regions[3].height == (size[1] - 2) // 3
        assert regions[2].height + regions[3].height == size[1] - 2
        view = app.screen.query_one(ArticleView)
        assert max(len(line) for line in view.plain_lines()) <= view.scrollable_content_region.width


async def test_damaged_store_is_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{ this is not a store")
    app = PactscopeApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store is None
        assert "bad.json" in view_text(app).replace("\n  ", "")  # a long path wraps
        await pilot.press("enter", "tab", "j")  # keys on empty panes do nothing harmful
        assert app.is_running
        app._poll()  # unchanged file: no retry, no new message
        await settle(pilot)
        assert app.store is None
        path.unlink()  # repaired by another process: the next poll picks it up
        write_store(path, [extra_article()])
        app._poll()
        await settle(pilot)
        assert app.store is not None
        assert app.screen.query_one(ArticleList).ids == ["a4"]
