"""Correcting from the keyboard: each key path on the actor and agreement lists and views,
through its dialogs, down to the store, and back on screen at once; undo and redo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from store.db.store import Store
from tests.screens_support import screen_text
from tests.tui.fix_support import agreement_id, build_fix_store, settle
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen
from tui.screens.choice import ChoiceScreen
from tui.screens.picker import PickerScreen
from tui.screens.prompt import PromptScreen
from tui.screens.split import SplitScreen

pytestmark = pytest.mark.slow  # whole explorer journeys: a write and a reload each
SIZE = (80, 24)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_fix_store(tmp_path / "s" / "p.json")


def stored(db: Path) -> Store:
    return Store.open(db)


def names(db: Path) -> set[str]:
    with stored(db) as store:
        return {a.name for a in store.actors()}


async def start(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_into(pilot: Any, text: str) -> None:
    """Clear the focused line and type ``text``."""
    await pilot.press("ctrl+u", *text)
    await pilot.pause()


async def on_actor_list(pilot: Any, name: str) -> None:
    """Focus the Actors list with ``name`` highlighted."""
    await pilot.press("2")
    listing = pilot.app.main_screen.query_one("#actor-list")
    key = next(a.id for a in pilot.app.store.actors() if a.name == name)
    listing.select_id(key)
    await pilot.pause()


async def test_mark_two_actors_and_merge_them_keeping_the_chosen_name(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await on_actor_list(pilot, "Jonathan Okafor")
        await pilot.press("space")
        await on_actor_list(pilot, "Jon Okafor")
        await pilot.press("space")
        await pilot.pause()
        assert "* Jon Okafor" in screen_text(app)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "Keep which name?" in screen_text(app)
        await pilot.press("1")  # the first marked: Jonathan Okafor
        await settle(pilot)
        assert "Jon Okafor" not in names(db) and "Jonathan Okafor" in names(db)
        assert "* " not in screen_text(app)  # the marks went with the merge
        listing = app.main_screen.query_one("#actor-list")
        shown = [listing.record(key).name for key in listing.ids]
        assert "Jonathan Okafor" in shown and "Jon Okafor" not in shown


async def test_merge_with_an_actor_picked_by_a_fuzzy_name(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await on_actor_list(pilot, "North Atlantic Treaty Organization")
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await type_into(pilot, "nato")  # typo-tolerant: an acronym typed is enough
        await pilot.pause(0.3)
        assert "NATO" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        with stored(db) as store:
            merged = [a for a in store.actors() if a.name == "North Atlantic Treaty Organization"]
            assert len(merged) == 1 and "NATO" in merged[0].aliases
            assert len(merged[0].articles) == 2
        assert app.main_screen.sub_title.endswith("5 actors")


async def test_escape_in_a_dialog_changes_nothing(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        before = app.store.generation
        await on_actor_list(pilot, "Peru")
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is app.main_screen
        assert app.store.generation == before and "Peru" in names(db)


async def test_split_an_actor_in_its_view(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        peru = next(a.id for a in app.store.actors() if a.name == "Peru")
        app.go(Location("actor", peru))
        await pilot.pause()
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, SplitScreen)
        await pilot.press("enter")  # nothing marked: it says so and stays
        await pilot.pause()
        assert "Mark some articles" in screen_text(app)
        await pilot.press("space", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await type_into(pilot, "Republic of Peru")
        await pilot.press("enter")
        await settle(pilot)
        with stored(db) as store:
            old = store.actor(peru)
            new = next(a for a in store.actors() if a.name == "Republic of Peru")
            assert len(old.articles) == 2 and len(new.articles) == 1
        assert isinstance(app.screen, ActorScreen)
        assert "2 mentions" not in screen_text(app)  # the view re-read: two articles left
        assert len(app.screen.actor.articles) == 2


async def test_rename_and_change_kind_in_the_actor_view(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        nato = next(a.id for a in app.store.actors() if a.name == "NATO")
        app.go(Location("actor", nato))
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause()
        await type_into(pilot, "Atlantic Alliance")
        await pilot.press("enter")
        await settle(pilot)
        assert "Atlantic Alliance" in screen_text(app).splitlines()[0]
        await pilot.press("K")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("1")  # person
        await settle(pilot)
        with stored(db) as store:
            actor = store.actor(nato)
            assert actor.name == "Atlantic Alliance" and "NATO" in actor.aliases
            assert actor.kind == "person"
        assert "(person)" in screen_text(app)


async def test_delete_asks_first_and_leaves_the_view(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        nato = next(a.id for a in app.store.actors() if a.name == "NATO")
        app.go(Location("actor", nato))
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")  # the highlighted answer is "Keep it"
        await settle(pilot)
        assert "NATO" in names(db)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("1")
        await settle(pilot)
        assert "NATO" not in names(db)
        assert app.screen is app.main_screen


async def test_agreement_parties_and_status_from_the_agreements_pane(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        compact = agreement_id(app.store, "Pacific Fisheries Compact")
        await on_actor_list(pilot, "Chile")
        await pilot.press("4")
        await pilot.pause()
        assert app.focused.id == "agreement-list"
        await pilot.press("plus")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await type_into(pilot, "north atlantic")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        nato = next(a.id for a in app.store.actors() if a.name.startswith("North Atlantic"))
        assert nato in app.store.agreement(compact).parties
        assert "Chile, Peru, North Atlantic Treaty" in screen_text(app)  # the pane shows it
        await pilot.press("4", "minus")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "North Atlantic Treaty Organization" in screen_text(app)
        await pilot.press("3")  # the party just added
        await settle(pilot)
        assert nato not in app.store.agreement(compact).parties
        assert "Chile, Peru ·" in screen_text(app)
        await pilot.press("4", "S")
        await pilot.pause()
        await pilot.press("1")  # status
        await pilot.pause()
        await pilot.press("2")  # in force
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("enter")  # a note is required
        await pilot.pause()
        assert "Type something" in screen_text(app)
        await type_into(pilot, "the ministry's notice")
        await pilot.press("enter")
        await settle(pilot)
        with stored(db) as store:
            assert store.agreement(compact).status == "in_force"
            assert store.corrections()[-1].correction.note == "the ministry's notice"


async def test_merge_and_split_agreements_in_the_agreement_view(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        compact = agreement_id(app.store, "Pacific Fisheries Compact")
        app.go(Location("agreement", compact))
        await pilot.pause()
        assert isinstance(app.screen, AgreementScreen)
        await pilot.press("M")
        await pilot.pause()
        await type_into(pilot, "lima")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert [g.name for g in app.store.agreements()] == ["Pacific Fisheries Compact"]
        await pilot.press("X")
        await pilot.pause()
        await pilot.press("space", "enter")
        await pilot.pause()
        await type_into(pilot, "Old Compact")
        await pilot.press("enter")
        await settle(pilot)
        assert sorted(g.name for g in app.store.agreements()) == [
            "Old Compact",
            "Pacific Fisheries Compact",
        ]


async def test_undo_and_redo_keys_follow_the_log(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await on_actor_list(pilot, "Peru")
        await pilot.press("R")
        await pilot.pause()
        await type_into(pilot, "Peru Republic")
        await pilot.press("enter")
        await settle(pilot)
        assert "Peru Republic" in names(db)
        await pilot.press("u")
        await settle(pilot)
        assert "Peru" in names(db) and "Peru Republic" not in names(db)
        assert "Peru Republic" not in screen_text(app)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "Peru Republic" in names(db)
        assert "Peru Republic" in screen_text(app)


async def test_the_palette_runs_a_correction_on_the_focused_list(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await on_actor_list(pilot, "Chile")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"rename")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == "Chile"


async def test_a_locked_store_is_one_line_and_nothing_changes(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        with Store.open(db, write=True):  # another writer (an ingest) holds the store
            await on_actor_list(pilot, "Peru")
            await pilot.press("R")
            await pilot.pause()
            await type_into(pilot, "Peru Republic")
            await pilot.press("enter")
            await settle(pilot, rounds=120)
        assert "Peru Republic" not in names(db)
        assert any("lock" in str(n.message).lower() or "writ" in str(n.message).lower()
                   for n in app._notifications)


async def test_split_one_mention_off_from_the_article_text(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        first = next(m.id for m in app.store.articles() if m.title == "Okafor visits Lima")
        app.go(Location("article", first))
        await settle(pilot)
        await pilot.press("3", "n")  # the text, its first mention: Chile
        await pilot.pause()
        view = app.main_screen.query_one("#article-view")
        mention = view.body.mentions[view.cursor]
        assert app.store.actor(mention.entity).name == "Chile"
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await type_into(pilot, "Chilean delegation")
        await pilot.press("enter")
        await settle(pilot)
        with stored(db) as store:
            new = next(a for a in store.actors() if a.name == "Chilean delegation")
            assert list(new.articles) == [first]
            assert first not in store.actor(mention.entity).articles
