"""The actor view in the real explorer, on a hand-built store with hostile text in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.db.store import Store
from store.records import Extraction, RoleHit
from tests.screens_support import (
    HOSTILE_NAME,
    HOSTILE_NAME_SHOWN,
    actor,
    article,
    build_store,
    open_view,
    screen_text,
    section_prompts,
)
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "c" / "p.json")


def ids(db: Path) -> dict[str, Any]:
    with Store.open(db) as store:
        person = next(a for a in store.actors() if a.kind == "person")
        return {
            "person": person.id,
            "articles": {meta.title: meta.id for meta in store.articles()},
        }


async def open_actor(pilot: Any, actor_id: str) -> ActorScreen:
    return await open_view(pilot, "actor", actor_id, ActorScreen)


def prompts(screen: ActorScreen, section: str) -> list[str]:
    return section_prompts(screen, f"#actor-{section}")


async def test_actor_view_shows_every_section_literally(db: Path) -> None:
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actor(pilot, known["person"])
        shown = screen_text(app)
        assert HOSTILE_NAME_SHOWN in shown and "(person)" in shown
        assert "\x1b" not in str(screen.query_one("#actor-head").render())
        assert prompts(screen, "roles") == ["Defence Minister, Japan  — Pact [italic]signed · 2 articles"]
        articles = prompts(screen, "articles")
        assert articles == [
            "Pact in force  2024-08-15 · 1 mention",
            "Pact [italic]signed  2024-03-01 · 1 mention",
        ]
        assert prompts(screen, "agreements") == ["Reciprocal Access Agreement  in force · 2023"]
        # The quote's markup is literal and its clear-screen sequence is gone.
        assert prompts(screen, "quotes") == ["“[red]we are ready[/red]”\n  — Pact [italic]signed"]
        assert prompts(screen, "with") == [
            "Australia  country · 2 articles",
            "Japan  country · 2 articles",
        ]
        assert HOSTILE_NAME not in shown


@pytest.mark.slow
async def test_enter_on_an_article_opens_it_at_the_first_mention(db: Path) -> None:
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actor(pilot, known["person"])
        assert screen.focused is screen.query_one("#actor-articles")
        await pilot.press("j", "enter")  # the second article: "Pact [italic]signed"
        await pilot.pause()
        await app.workers.wait_for_complete()  # the first mention is found off the UI thread
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        article = known["articles"]["Pact [italic]signed\x1b]0;pwned\x07"]
        assert app.history.current == Location("article", article, 1)
        assert app.screen is app.main_screen
        assert app.main_screen.query_one("#article-view").marked == 1


@pytest.mark.slow
async def test_tab_reaches_agreements_and_enter_opens_the_agreement(db: Path) -> None:
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actor(pilot, known["person"])
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#actor-agreements")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgreementScreen)
        assert app.screen.agreement.name == "Reciprocal Access Agreement"
        await pilot.press("escape")  # back in history: the actor again
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.history.current == Location("actor", known["person"])


@pytest.mark.slow
async def test_escape_with_no_history_closes_the_view(db: Path) -> None:
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_actor(pilot, known["person"])
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen


@pytest.mark.slow
async def test_unknown_actor_says_so(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actor(pilot, "p-[b]nobody")
        assert "No such actor: p-[b]nobody" in screen_text(app)
        assert screen.actor is None


@pytest.mark.slow
async def test_the_view_follows_a_store_reload(db: Path) -> None:
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actor(pilot, known["person"])
        await pilot.press("j")  # keep a place in the articles section
        assert len(prompts(screen, "articles")) == 2
        with Store.open(db, write=True) as store:  # another terminal ingests one more article
            name = HOSTILE_NAME
            extra = article(
                [f"{name} spoke again."], file="c.txt", title="Third", published="2024-09-01"
            )
            store.add(extra, Extraction(extra.id, actors=[actor(extra, "person", name)]))
            store.commit()
        app.action_reload()
        for _ in range(60):
            await pilot.pause(0.05)
            if len(prompts(screen, "articles")) == 3:
                break
        assert prompts(screen, "articles")[0] == "Third  2024-09-01 · 1 mention"  # newest first
        assert app.screen is screen and screen.focused is screen.query_one("#actor-articles")
        assert screen.query_one("#actor-articles").highlighted == 1


async def test_a_view_closed_before_it_is_shown_is_harmless(db: Path) -> None:
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = next(iter(known["articles"].values()))
        app.go(Location("article", first))
        app.go(Location("actor", known["person"]))
        app.back()  # typed ahead: the view goes before it ever mounted its sections
        await pilot.pause(0.2)
        assert app.screen is app.main_screen
        assert app.history.current == Location("article", first)


async def test_sections_count_their_lines_and_say_what_was_left_out() -> None:
    from textual.app import App
    from textual.widgets.option_list import Option

    from tui.widgets.section_list import SectionList

    class One(App[None]):
        def compose(self):
            yield SectionList("Roles", id="roles")

    app = One()
    async with app.run_test(size=(80, 24)) as pilot:
        section = app.query_one(SectionList)
        section.fill([Option("a", id="a"), Option("b", id="b")], more=5)
        await pilot.pause()
        assert section.border_title == "Roles (7)"
        assert [str(o.prompt) for o in section.options] == ["a", "b", "… and 5 more"]
        assert section.options[-1].disabled and section.selected_id == "a"
        section.fill([])
        assert section.border_title == "Roles" and section.selected_id is None


async def test_a_country_shows_no_empty_roles_or_quotes(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actor(pilot, "c-japan")
        assert "Japan  (country JP)" in screen_text(app)
        assert not screen.query_one("#actor-roles").display
        assert not screen.query_one("#actor-quotes").display
        assert screen.query_one("#actor-agreements").display
        assert "Roles" not in screen_text(app) and "Quotes" not in screen_text(app)
        await pilot.press("tab")  # hidden sections are not tab stops
        assert screen.focused is screen.query_one("#actor-agreements")


def seen_without_colour(app: PactscopeApp) -> list[tuple[str, bool, bool, bool, bool]]:
    """What a NO_COLOR terminal can tell apart: characters and attributes, no colours at all."""
    seen = []
    for strip in app.screen._compositor.render_strips():
        for line_filter in app.get_line_filters():
            strip = strip.apply_filter(line_filter, app.screen.styles.background)
        for segment in strip:
            style = segment.style
            flags = (
                (bool(style.reverse), bool(style.bold), bool(style.underline), bool(style.dim))
                if style
                else (False, False, False, False)
            )
            seen.extend((ch, *flags) for ch in segment.text)
    return seen


@pytest.mark.slow
async def test_focus_and_cursor_show_without_colour(db: Path, monkeypatch: Any) -> None:
    """Under NO_COLOR, moving the cursor or the focus changes what is seen, colours aside."""
    monkeypatch.setenv("NO_COLOR", "1")
    known = ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_actor(pilot, known["person"])
        for key in ("j", "tab", "shift+tab", "k"):
            before = seen_without_colour(app)
            await pilot.press(key)
            await pilot.pause()
            assert seen_without_colour(app) != before, key


async def test_one_office_in_several_spellings_is_one_line_with_its_spellings(db: Path) -> None:
    known = ids(db)
    with Store.open(db, write=True) as store:  # a third article spells the office its own way
        extra = article([f"{HOSTILE_NAME} flew to Canberra."], file="d.txt", title="Visit", published="2024-10-01")
        person = actor(extra, "person", HOSTILE_NAME)
        person.roles.append(RoleHit("Minister of Defense", "Japan", 0))
        person.roles.append(RoleHit("Foreign Minister", "Japan", 0))
        store.add(extra, Extraction(extra.id, actors=[actor(extra, "country", "Japan", code="JP"), person]))
        store.commit()
    app = PactscopeApp(db)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await open_actor(pilot, known["person"])
        assert prompts(screen, "roles") == [
            "Defence Minister, Japan (also: Minister of Defense)  — Pact [italic]signed · 3 articles",
            "Foreign Minister, Japan  — Visit",
        ]

