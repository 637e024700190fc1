"""The suggestions and corrections history screens: what they list, their keys, and how they
look at 80x24 (snapshots)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import store.db.correcting as correcting
from store.db.store import Store
from store.records import Correction
from tests.screens_support import HOSTILE_NAME, HOSTILE_NAME_SHOWN, build_store, screen_text
from tests.tui.fix_support import actor_id, agreement_id, build_fix_store, settle
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.screens.actor import ActorScreen
from tui.screens.history import HistoryScreen
from tui.screens.pair import PairScreen
from tui.screens.picker import PickerScreen
from tui.screens.suggestions import SuggestionsScreen

pytestmark = pytest.mark.slow  # the explorer writing and reloading its store
SIZE = (80, 24)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_fix_store(tmp_path / "s" / "p.json")


@pytest.fixture
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Corrections made at one known moment, so the history reads the same every run."""
    monkeypatch.setattr(correcting, "now", lambda: "2026-12-01T09:30:00Z")


def corrected(db: Path) -> Path:
    """The store with three corrections: a status set with a note, a rename undone, a merge."""
    with Store.open(db, write=True) as store:
        compact = agreement_id(store, "Pacific Fisheries Compact")
        peru = actor_id(store, "Peru")
        store.correct(Correction("set", (compact,), {"field": "status", "value": "in_force"},
                                 "the ministry's notice of 2 May"))
        store.correct(Correction("rename", (peru,), {"name": "Republic of Peru"}))
        store.undo()
        nato, full = actor_id(store, "NATO"), actor_id(store, "North Atlantic Treaty Organization")
        store.correct(Correction("merge", (full, nato)))
    return db


async def open_screen(pilot: Any, key: str) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press(key)
    await settle(pilot)


async def test_suggestions_list_pairs_best_first_with_their_reason(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "D")
        assert isinstance(app.screen, SuggestionsScreen)
        text = screen_text(app)
        assert "2 likely duplicate pairs" in text
        lines = text.splitlines()
        first = next(i for i, line in enumerate(lines) if "NATO (organisation" in line)
        second = next(i for i, line in enumerate(lines) if "Jon Okafor (person · 2)" in line)
        assert first < second  # the acronym (90) before the surname and country (85)
        assert 'is the initials of "North Atlantic Treaty Organization"' in lines[first + 1]
        assert 'same surname "Okafor" and country Chile' in lines[second + 1]


async def test_accept_merges_and_dismiss_keeps_apart_for_good(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "D")
        await pilot.press("a")  # the NATO pair: the longer name is kept
        await settle(pilot)
        names = {a.name for a in app.store.actors()}
        assert "North Atlantic Treaty Organization" in names and "NATO" not in names
        assert "1 likely duplicate pair." in screen_text(app)
        await pilot.press("d")
        await settle(pilot)
        assert "No likely duplicates" in screen_text(app)
        entry = app.store.corrections()[-1]
        assert entry.correction.op == "dismiss"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("D")  # opened afresh: the dismissed pair stays out
        await settle(pilot)
        assert "No likely duplicates" in screen_text(app)
        await pilot.press("u")  # undoing the dismissal brings the pair back
        await settle(pilot)
        assert "Jon Okafor (person · 2)" in screen_text(app)


async def test_enter_compares_the_pair_and_opens_either_record(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "D")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PairScreen)
        text = screen_text(app)
        assert "Trade Minister, Chile" in text and "Okafor visits Lima" in text
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.screen.actor.name == "Jonathan Okafor"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SuggestionsScreen)  # back to where it was opened from
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("d")  # dismissing from the comparison
        await settle(pilot)
        assert isinstance(app.screen, SuggestionsScreen)
        assert app.store.corrections()[-1].correction.op == "dismiss"


async def test_history_lists_each_correction_and_undoes_and_redoes(db: Path, fixed_time: None) -> None:
    app = PactscopeApp(corrected(db))
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "H")
        assert isinstance(app.screen, HistoryScreen)
        text = screen_text(app)
        assert "2 corrections, 2 in force" in text  # a new one dropped the undone rename
        lines = text.splitlines()
        merge = next(i for i, line in enumerate(lines) if "#2" in line)
        assert "2026-12-01 09:30" in lines[merge] and "merge" in lines[merge]
        assert "North Atlantic Treaty Organization + NATO" in lines[merge]
        assert "in force" in lines[merge + 1]
        status = next(i for i, line in enumerate(lines) if "#1" in line)
        assert "set Pacific Fisheries Compact" in lines[status]
        assert "status: in force" in lines[status + 1]
        assert "the ministry's notice of 2 May" in lines[status + 1]
        await pilot.press("u")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert "undone" in lines[merge + 1]
        assert "NATO" in {a.name for a in app.store.actors()}
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "in force" in screen_text(app).splitlines()[merge + 1]
        await pilot.press("down", "enter")  # the status entry: its agreement opens
        await pilot.pause()
        assert app.screen.agreement.name == "Pacific Fisheries Compact"


async def test_history_shows_a_problem_the_replay_met(db: Path, fixed_time: None) -> None:
    with Store.open(db, write=True) as store:
        store.correct(Correction("rename", (actor_id(store, "Peru"),), {"name": "Republic of Peru"}))
        entry = store.corrections()[-1]
    entry.problem = "no longer found: c-peru (Peru)"
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        screen = HistoryScreen()
        await app.push_screen(screen)
        await settle(pilot)  # its own read of the log is done: show the entry as replayed
        screen._show([entry], {})
        await pilot.pause()
        assert "problem: no longer found: c-peru (Peru)" in screen_text(app)


# --- how they look ------------------------------------------------------------------------


def test_suggestions_screen_snapshot(snap_compare: Any, db: Path) -> None:
    async def opened(pilot: Any) -> None:
        await open_screen(pilot, "D")

    assert snap_compare(PactscopeApp(db), terminal_size=SIZE, run_before=opened)


def test_pair_snapshot(snap_compare: Any, db: Path) -> None:
    async def compared(pilot: Any) -> None:
        await open_screen(pilot, "D")
        await pilot.press("down", "enter")
        await pilot.pause()

    assert snap_compare(PactscopeApp(db), terminal_size=SIZE, run_before=compared)


def test_history_screen_snapshot(snap_compare: Any, db: Path, fixed_time: None) -> None:
    async def opened(pilot: Any) -> None:
        await open_screen(pilot, "H")

    assert snap_compare(PactscopeApp(corrected(db)), terminal_size=SIZE, run_before=opened)


async def test_hostile_names_show_literally_in_dialogs_and_history(tmp_path: Path) -> None:
    """A name holding markup and escape sequences is text in the picker, a prompt, the
    notification and the history: never styled, never sent to the terminal as a sequence."""
    db = build_store(tmp_path / "h" / "p.json")
    app = PactscopeApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.app.workers.wait_for_complete()
        evil = next(a.id for a in app.store.actors() if a.name == HOSTILE_NAME)
        app.go(Location("actor", evil))
        await pilot.pause()
        await pilot.press("M")
        await pilot.pause(0.3)
        assert isinstance(app.screen, PickerScreen)
        assert HOSTILE_NAME_SHOWN in screen_text(app)  # "[bold]" as written, ESC gone
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        assert HOSTILE_NAME_SHOWN in screen_text(app)
        await pilot.press("ctrl+u", *"[i]Renamed[/i]", "enter")
        await settle(pilot)
        await pilot.press("H")
        await settle(pilot)
        text = screen_text(app)
        assert "rename [bold]Evil[/bold] Red Minister" in text
        assert "new name: [i]Renamed[/i]" in text
        assert "\x1b" not in text
