"""The explorer as a keyboard user over SSH meets it: filters, zoom, history, the article
list (one line, preview, sort, folded copies), the footer, palette and help, and the words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandList, CommandPalette

from store.db.store import Store
from store.records import Actor
from tests.tui_support import crafted_articles, make_article, spans_of, write_store
from tui.app import PactscopeApp
from tui.help_layout import plain_text
from tui.navigation import Location
from tui.screens.help import HelpScreen
from tui.widgets.actor_list import ActorList
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList, ArticlePane, article_prompt
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import ListFilter

SIZE = (80, 24)


async def settle(pilot: Any) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.1)
        await pilot.app.workers.wait_for_complete()


def store_with_copy(tmp: Path) -> Path:
    """The crafted store, a syndicated copy of "Lemuria reviews the accord" under another
    site, and an organisation no article mentions."""
    from store.records import Extraction
    from tests.tui_support import actor

    records = crafted_articles()
    copy = make_article(
        "a5",
        "Lemuria reviews the accord",
        [("text", ["Lemuria said the Pacific Accord is under review.", "Atlantis disagreed."])],
        published="2025-02-01",
        source="Other Site",
    )
    records.append((copy, Extraction("a5", actors=[actor(copy, "country", "Lemuria", "LM")])))
    path = write_store(tmp / "copies.json", records)
    with Store.open(path, write=True) as store:
        store.put_actor(Actor(id="o-unmentioned", kind="organization", name="Unmentioned Body"))
        store.commit()
    assert spans_of(copy, "Lemuria")
    return path


@pytest.mark.slow
async def test_typing_on_a_list_opens_its_filter_and_esc_clears_and_leaves(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert app.focused is articles
        await pilot.press(*"hostile")  # h is no key of the list: it starts the filter
        assert isinstance(app.focused, ListFilter) and app.focused.value == "hostile"
        assert articles.ids == ["a3"]
        await pilot.press("q", "question_mark", "left_square_bracket")  # typed, never run
        assert app.focused.value == "hostileq?[" and app.is_running
        await pilot.press("escape")
        assert app.focused is articles and articles.option_count == 3  # two copies: one row
        await pilot.press("f", "x", "2")  # 1-4 move focus out of a filter
        assert isinstance(app.focused, ActorList)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("1", "f")
        assert isinstance(app.focused, ListFilter)
        await pilot.press("ctrl+q")
        assert not app.is_running


@pytest.mark.slow
async def test_zoom_fills_the_screen(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "4", "z")
        await pilot.pause()
        pane = app.screen.query_one("#agreements-pane")
        assert app.screen.maximized is pane
        assert pane.size.width >= 78 and pane.size.height >= 20
        await pilot.press("z")
        assert app.screen.maximized is None


async def test_actors_without_a_mention_are_not_listed(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store.actor("o-unmentioned") is not None
        actors = app.screen.query_one(ActorList)
        assert "o-unmentioned" not in actors.ids and "o-ocean-council" in actors.ids
        assert "organisation" in actors.prompt_of("o-ocean-council").plain


@pytest.mark.slow
async def test_every_view_is_a_step_of_history(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go(Location("article", "a1"))
        app._search_done(Location("actor", "c-lemuria"))  # as the search screen ends
        await settle(pilot)
        await pilot.press("escape")
        app._search_done(Location("agreement", "g-pacific-accord"))
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main_screen
        visited = []
        for _ in range(3):
            await pilot.press("left_square_bracket")
            await settle(pilot)
            visited.append(app.history.current)
        assert visited == [
            Location("agreement", "g-pacific-accord"),
            Location("article", "a1"),
            Location("actor", "c-lemuria"),
        ]


@pytest.mark.slow
async def test_article_rows_are_one_line_with_date_source_title(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.row_height == 1
        rows = [articles.prompt_of(key).plain for key in articles.ids]
        a1 = articles.prompt_of("a1").plain
        assert a1.startswith("2025-03-02 Example N") and "Atlantis and Lemuria sign" in a1
        assert len({row.index(" ", 11) for row in rows if row[0].isdigit()}) >= 1
        assert len({len(row.split(" ")[0]) for row in rows}) == 1  # the date column aligned


async def test_at_80_columns_a_row_gives_the_title_the_width(tmp_path: Path) -> None:
    """One line per article at 80x24: the date column aligned, the source only as wide as
    the widest source, the title at least half the row, never a file's name."""
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        width = articles.scrollable_content_region.width
        assert width >= 38  # the lists take more than half of 80 columns
        rows = {key: articles.prompt_of(key).plain for key in articles.ids}
        assert rows["a1"].startswith("25-03-02 Example")
        title = rows["a1"][:width].split(" ", 2)[2]
        assert "Atlantis and Lemuria sign the Pacific Accord".startswith(title.rstrip())
        assert len(title) >= width - 18
        assert len({row.index(" ") for row in rows.values()}) == 1  # the date column aligned
        starts = {row.index("Lemuria reviews") for key, row in rows.items() if key in ("a2", "a5")}
        assert starts and all(start <= 21 for start in starts)  # after "+1 " on a story with copies
        assert not any(".txt" in row for row in rows.values())


@pytest.mark.slow
async def test_copies_fold_under_one_row_and_expand(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert "a5" not in articles.ids or "a2" not in articles.ids
        lead = "a2" if "a2" in articles.ids else "a5"
        assert "+1" in articles.prompt_of(lead).plain
        articles.select_id(lead)
        await pilot.press("space")
        assert {"a2", "a5"} <= set(articles.ids)
        await pilot.press("space")
        assert len({"a2", "a5"} & set(articles.ids)) == 1


@pytest.mark.slow
async def test_the_cursor_previews_and_s_cycles_the_order(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        view = app.screen.query_one(ArticleView)
        await pilot.press("j")
        await settle(pilot)
        assert view.article_id == articles.highlighted_id and app.history.current is None
        pane = app.screen.query_one("#articles-pane")
        titles = []
        for _ in range(4):
            titles.append(str(pane.border_title))
            await pilot.press("s")
        assert [t.split("by ")[-1] for t in titles] == ["date", "source", "title", "agreements"]
        assert "by date" in str(pane.border_title)


@pytest.mark.slow
async def test_agreements_get_the_rows_a_short_article_leaves(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.go(Location("article", "a2"))  # two sentences
        await settle(pilot)
        pane = app.screen.query_one("#agreements-pane")
        text = app.screen.query_one("#text-pane")
        view = app.screen.query_one(ArticleView)
        assert pane.styles.height is not None
        assert pane.outer_size.height >= 38 - (view.virtual_size.height + 2)
        assert text.size.height >= view.virtual_size.height
        app.go(Location("article", "a1"))  # a long article: the agreements keep their share
        await settle(pilot)
        assert pane.outer_size.height == 38 // 3 == 38 - text.outer_size.height


def footer_keys(app: Any) -> set[str]:
    return {
        app.get_key_display(active.binding)
        for active in app.screen.active_bindings.values()
        if active.binding.show
    }


@pytest.mark.slow
async def test_the_footer_shows_pane_zoom_and_evidence_keys(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go(Location("article", "a2"))
        app.go(Location("article", "a1"))
        await settle(pilot)
        await pilot.press("4")
        keys = footer_keys(app)
        assert {"tab 1-4", "z", "e", "esc"} <= keys
        await pilot.press("e")
        await settle(pilot)
        assert "e" in footer_keys(app)  # e still works from the text: still shown


def drawn_footer(app: Any) -> str:
    """The footer's hints as drawn (those that fit its line)."""
    from tui.widgets.footer import Footer

    hints = app.screen.query_one(Footer).drawn()
    return " ".join(f"{h.key_display} {h.description}" for h in hints)


async def test_the_footer_fits_80_columns_with_reload_back_and_quit(tmp_path: Path) -> None:
    """At 80 columns the hints that apply fit one line, "q Quit" last; with room (a list
    focused, no history yet) the matrix and reload keys are there too; at 120 all of them."""
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        drawn = drawn_footer(app)
        for hint in ("tab 1-4 Pane", "z Zoom", "r Reload", "m Matrix", "/ Search", "q Quit"):
            assert hint in drawn, (hint, drawn)
        app.go(Location("article", "a2"))
        app.go(Location("article", "a1"))
        await pilot.press("1")
        await settle(pilot)
        drawn = drawn_footer(app)
        assert "esc Back" in drawn and "r Reload" in drawn and "s Sort" in drawn, drawn
        assert drawn.endswith("q Quit") and len(drawn) + 1 <= 80
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        drawn = drawn_footer(app)
        assert "m Matrix" in drawn and "f Filter" in drawn and "esc Back" in drawn, drawn


async def palette_options(pilot: Any, query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert CommandPalette.is_open(pilot.app)
    await pilot.press(*query)
    await pilot.pause(0.5)
    options = [str(o.prompt) for o in pilot.app.screen.query_one(CommandList).options]
    await pilot.press("escape")
    await pilot.pause()
    return options


@pytest.mark.slow
async def test_the_palette_finds_every_command_by_name(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go(Location("article", "a2"))
        app.go(Location("article", "a1"))
        await settle(pilot)
        await pilot.press("4")
        for query, title in (("zoom", "Zoom"), ("evidence", "Evidence"), ("back", "Back")):
            options = await palette_options(pilot, query)
            assert options and options[0].startswith(title), (query, options)


@pytest.mark.slow
async def test_help_lists_our_keys_in_two_screens_and_slash_filters(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        text = plain_text(help_screen.sections)
        assert "select" not in text.lower() and "Page Down" not in text
        assert "organisation" in text and "organization" not in text
        body = help_screen.query_one("HelpBody")
        assert body.virtual_size.height <= 2 * body.size.height
        await pilot.press("slash", *"zoom")
        await pilot.pause()
        shown = plain_text(help_screen.shown)
        assert "Zoom" in shown and "Matrix" not in shown
        await pilot.press("escape", "escape")
        assert app.screen is app.main_screen


def test_article_prompt_falls_back_to_the_dateline() -> None:
    from store.records import ArticleMeta
    from tui.widgets.article_list import ArticleRow

    meta = ArticleMeta("x", "/d/002_80f4.txt", "Title", "GENEVA", None, None, None, "", (0, 0), 1)
    assert "GENEVA" in article_prompt(ArticleRow(meta), 60).plain
    assert "002_80f4" not in article_prompt(ArticleRow(meta), 60).plain
    assert isinstance(ArticlePane.placeholder, str) and AgreementList


def test_search_hits_from_copies_fold_into_one() -> None:
    from store.search.query import Hit
    from tui.screens.search import fold_copies, hit_prompt

    hits = [
        Hit("sentence", "a2", "Lemuria said", 9.0, ((0, 7),), article="a2", sentence=0),
        Hit("sentence", "a5", "Lemuria said", 9.0, ((0, 7),), article="a5", sentence=0),
        Hit("sentence", "a5", "Atlantis disagreed.", 5.0, (), article="a5", sentence=1),
        Hit("article", "a5", "Lemuria reviews the accord", 4.0, ()),
        Hit("article", "a2", "Lemuria reviews the accord", 3.0, ()),
        Hit("country", "c-lemuria", "Lemuria", 8.0, ()),
    ]
    folded = fold_copies(hits, {"a5": "a2"})
    assert [(h.kind, h.id, n) for h, n in folded] == [
        ("sentence", "a2", 1),
        ("sentence", "a5", 0),  # sentence 1 was found only in the copy: kept
        ("article", "a5", 1),
        ("country", "c-lemuria", 0),
    ]
    assert "1 copy" in hit_prompt(folded[0][0], 72, 1).plain


async def test_search_shows_one_hit_for_a_story_and_its_copy(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"t:under review")
        await settle(pilot)
        screen: Any = app.screen
        articles = [h.article for h in screen.hits if h.kind == "sentence"]
        assert len([a for a in articles if a in ("a2", "a5")]) == 1, articles


async def test_search_leaves_out_actors_without_a_mention(tmp_path: Path) -> None:
    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"o:")
        await settle(pilot)
        screen: Any = app.screen
        ids = [h.id for h in screen.hits]
        assert "o-ocean-council" in ids and "o-unmentioned" not in ids


async def test_letters_arriving_in_one_read_all_go_into_the_filter(tmp_path: Path) -> None:
    """Over a slow link "wjk" or "fjap" arrives at once: the letters after the one that opens
    a filter are its text, not moves of the list (j, k) before the filter has the focus;
    the same on the matrix ("c:jk")."""
    from textual import events

    from tui.widgets.actor_list import ActorPane

    app = PactscopeApp(store_with_copy(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        pane = app.screen.query_one(ActorPane)
        for typed in ("wjk", "fjap"):
            for ch in typed:
                app.post_message(events.Key(ch, ch))
            await pilot.pause(0.2)
            assert pane.filter_text == typed.removeprefix("f")
            await pilot.press("escape")
            assert pane.filter_text == "" and app.focused is pane.list
        await pilot.press("m")
        await pilot.pause(0.2)
        for key, ch in (("c", "c"), ("colon", ":"), ("j", "j"), ("k", "k")):
            app.post_message(events.Key(key, ch))
        await pilot.pause(0.2)
        assert app.screen.query_one("#matrix-filter").value == "c:jk"
