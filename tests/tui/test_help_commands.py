"""The help screen lists every key that is live anywhere; the palette lists and runs our commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandList, CommandPalette

from tests.screens_support import build_store
from tui.app import PactscopeApp
from tui.commands import ALL_COMMANDS, PactscopeCommands, app_bindings
from tui.help_layout import plain_text
from tui.navigation import Location
from tui.screens.help import MOVES, HelpScreen, help_sections, own_bindings
from tui.screens.search import SearchScreen


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "c" / "p.json")


async def loaded(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def live_keys(app: Any) -> set[str]:
    """Every key (as shown) that one of pactscope's own bindings holds live now: moving and
    opening left out (one "Moving" section covers them everywhere)."""
    found = set()
    for active in app.screen.active_bindings.values():
        node, binding = active.node, active.binding
        if binding not in own_bindings(type(node)):
            continue  # Textual's own (editing a line, the palette): not pactscope's keys
        if binding.action.split("(")[0].split(".")[-1] in MOVES:
            continue
        shown = app.get_key_display(binding)
        found.add("1-4" if shown in ("1", "2", "3", "4", "tab 1-4") else shown)
    return found


def listed_keys(app: Any) -> set[str]:
    listed = set()
    for section in help_sections(app):
        for keys, _ in section.rows:
            listed.update(keys.split())
    return listed


async def visit_every_focus(pilot: Any, seen: set[str]) -> None:
    """Collect live keys with each focusable widget of the current screen focused."""
    screen = pilot.app.screen
    for widget in list(screen.focus_chain):
        widget.focus()
        await pilot.pause()
        seen |= live_keys(pilot.app)


@pytest.mark.slow
async def test_help_lists_every_key_live_on_every_screen(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        seen: set[str] = set()
        await visit_every_focus(pilot, seen)  # main screen: lists, filter, article text
        app.go(Location("article", app.store.articles()[0].id))
        await pilot.pause()
        await visit_every_focus(pilot, seen)
        app.go(Location("actor", "c-japan"))
        await pilot.pause()
        await visit_every_focus(pilot, seen)
        app.go(Location("agreement", "g-reciprocal-access-agreement"))
        await pilot.pause()
        await visit_every_focus(pilot, seen)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await visit_every_focus(pilot, seen)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await visit_every_focus(pilot, seen)
        missing = {key for key in seen if key.split()[0] not in listed_keys(app)}
        missing -= {key for key in seen if key.startswith("alt+")}  # listed beside [ and ]
        assert not missing, sorted(missing)


@pytest.mark.slow
async def test_help_shows_sections_scrolls_and_closes(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        titles = [s.title for s in help_screen.sections]
        for title in ("Everywhere", "Every list", "Article text", "Search", "Matrix"):
            assert title in titles
        text = plain_text(help_screen.sections)
        for command in ALL_COMMANDS:
            named = (command.title, command.footer or command.title)
            key = command.keys(app).split(" / ")[0]
            key = "1-4" if key in ("1", "2", "3", "4") else key
            assert any(n in text for n in named) or key in listed_keys(app), command.title
        body = help_screen.query_one("HelpBody")
        await pilot.press("pagedown")
        await pilot.pause()
        assert body.scroll_y > 0
        for key in ("escape", "q", "question_mark"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is app.main_screen, key
            if key != "question_mark":
                await pilot.press("question_mark")
                await pilot.pause()


async def open_palette(pilot: Any, query: str = "") -> list[str]:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert CommandPalette.is_open(pilot.app)
    if query:
        await pilot.press(*query)
    await pilot.pause(0.5)
    return [str(o.prompt) for o in pilot.app.screen.query_one(CommandList).options]


@pytest.mark.slow
async def test_palette_lists_our_commands_and_runs_one(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        for meta in app.store.articles()[:2]:
            app.go(Location("article", meta.id))
        app.go(Location("actor", "c-japan"))
        await pilot.pause()
        app.back()  # now both Back and Forward can run
        await pilot.pause()
        listed = "\n".join(await open_palette(pilot))
        for command in ALL_COMMANDS:
            assert command.title in listed or command.needs == "#agreement-list", command
        assert "Search  /" in listed and "Back  [ / alt+←" in listed  # "[" shown literally
        await pilot.press("escape")
        options = await open_palette(pilot, "focus act")
        assert options[0].startswith("Focus actors")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.focused is app.main_screen.query_one("#actor-list")
        await open_palette(pilot, "search")
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert isinstance(app.screen, SearchScreen)


@pytest.mark.slow
async def test_palette_has_one_entry_per_name(db: Path) -> None:
    """Textual's Quit, Keys and Maximize would sit beside our Quit, Help and Zoom."""
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        names = [o.splitlines()[0].split("  ")[0].strip() for o in await open_palette(pilot)]
        assert "Quit" in names and "Help" in names and "Zoom" in names and "Theme" in names
        assert "Keys" not in names and "Maximize" not in names
        assert len(names) == len(set(names)), names


@pytest.mark.slow
async def test_palette_offers_pane_focus_only_where_the_panes_are(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        app.go(Location("actor", "c-japan"))
        await pilot.pause()
        listed = "\n".join(await open_palette(pilot))
        assert "Search" in listed and "Focus actors" not in listed


def test_every_command_runs_an_action_the_app_or_main_screen_has() -> None:
    from tui.screens.main import MainScreen

    for command in ALL_COMMANDS:
        name = command.action.split("(")[0]
        owner = MainScreen if name.startswith("screen.") else PactscopeApp
        name = name.removeprefix("app.").removeprefix("screen.")
        assert hasattr(owner, f"action_{name}"), command.__name__


def test_the_app_keys_are_the_commands_keys() -> None:
    """Every key the app binds belongs to the command running the same action."""
    from textual.binding import Binding

    by_action = {b.action: set(b.key.split(",")) for b in app_bindings()}
    for binding in Binding.make_bindings(PactscopeApp.BINDINGS):
        assert binding.action in by_action, binding
        assert binding.key in by_action[binding.action], binding


def test_the_provider_is_the_one_the_app_finds() -> None:
    assert any(
        provider is PactscopeCommands or (callable(provider) and provider() is PactscopeCommands)
        for provider in PactscopeApp.COMMANDS
        if provider is not None
    )


@pytest.mark.slow
async def test_palette_leaves_out_what_cannot_run_now(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        listed = "\n".join(await open_palette(pilot))
        assert "Back  [" not in listed  # no history yet
        assert "Forward" not in listed  # nothing to go forward to
        await pilot.press("escape")
        app.go(Location("article", app.store.articles()[0].id))
        app.go(Location("article", app.store.articles()[1].id))
        await pilot.pause()
        listed = "\n".join(await open_palette(pilot))
        assert "Back  [" in listed and "Forward" not in listed
