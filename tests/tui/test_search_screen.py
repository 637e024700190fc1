"""The search screen: threaded queries, stale results dropped, grouped hits, keys, and the seeds."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual import events

from tests.screens_support import HostApp, build_store, screen_text
from tests.tui_support import seeded_store
from tui.navigation import Location
from tui.screens.search import HitList, QueryInput, SearchScreen, location_of
from tui.widgets.labels import MATCH_STYLE


@dataclass(frozen=True)
class FakeHit:
    """Shaped like store.search.query.Hit (the index is replaced so the screen is tested alone)."""

    kind: str
    id: str
    label: str
    score: float
    spans: tuple[tuple[int, int], ...] = ()
    article: str | None = None
    sentence: int | None = None
    detail: str | None = None


class RecordingIndex:
    """Answers every query with hits whose labels name the query; can hold a query back."""

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.gates: dict[str, threading.Event] = {}

    def search(self, query: str, limit: int = 50) -> list[FakeHit]:
        self.queries.append(query)
        gate = self.gates.get(query)
        if gate is not None:
            gate.wait(5)
        return [
            FakeHit(
                "sentence",
                "s",
                f"said {query} [bold]x\x1b[31m",
                0.4,
                ((5, 5 + len(query)),),
                "art",
                2,
                "Title [i]",
            ),
            FakeHit(
                "person",
                f"p-{query}",
                f"{query} Person",
                0.9,
                ((0, len(query)),),
                detail="Minister",
            ),
            FakeHit("agreement", "g1", f"{query} Accord", 0.5, ((0, len(query)),)),
        ]


class SearchHost(HostApp):
    """Opens the search screen and records what it was dismissed with."""

    def __init__(self, store: Any, index: Any) -> None:
        super().__init__(store)
        self.search_index = index
        self.results: list[Location | None] = []

    def on_mount(self) -> None:
        self.push_screen(SearchScreen(), self.results.append)


@pytest.fixture
def crafted(tmp_path: Path) -> Any:
    from store.db.store import Store

    store = Store.open(build_store(tmp_path / "c" / "p.json"))
    yield store
    store.close()


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot: Any, condition: Any, seconds: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (fails after ``seconds``)."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never held")


def option_texts(screen: SearchScreen) -> list[str]:
    return [str(o.prompt) for o in screen.query_one(HitList).options]


async def test_hits_are_grouped_by_best_kind_marked_and_shown_literally(crafted: Any) -> None:
    app = SearchHost(crafted, RecordingIndex())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"wong")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        options = screen.query_one(HitList).options
        texts = option_texts(screen)
        # Groups ordered by their best hit: the person (0.9) first, then agreement, sentence.
        assert [t for t, o in zip(texts, options, strict=True) if o.disabled] == [
            "Persons (1)",
            "Agreements (1)",
            "Sentences (1)",
        ]
        assert screen.hits[0].id == "p-wong"
        assert screen.query_one(HitList).highlighted_option.id == "hit-0"
        # The match is marked with bold + underline, which survives NO_COLOR.
        person = options[1].prompt
        assert isinstance(person, Text)
        marks = [s for s in person.spans if s.style == MATCH_STYLE]
        assert [person.plain[s.start : s.end] for s in marks] == ["wong"]
        assert MATCH_STYLE.bold and MATCH_STYLE.underline
        # Markup and escape sequences in labels and details are shown as written / stripped.
        sentence = next(t for t in texts if "said" in t)
        assert "[bold]x" in sentence and "\x1b" not in sentence and "Title [i]" in sentence
        assert "[bold]x" in screen_text(app)


async def test_stale_results_are_dropped(crafted: Any) -> None:
    index = RecordingIndex()
    app = SearchHost(crafted, index)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"ab")
        await settle(pilot)
        screen = app.screen
        before = option_texts(screen)
        assert screen.show_results("a", [FakeHit("country", "c", "a country", 1.0)]) is False
        await pilot.pause()
        assert option_texts(screen) == before
        assert screen.show_results("ab", []) is True  # the current query is shown


async def test_typing_never_waits_for_a_slow_query(crafted: Any) -> None:
    index = RecordingIndex()
    index.gates["a"] = threading.Event()  # "a" hangs until released
    app = SearchHost(crafted, index)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause(0.1)
        await pilot.press("b")  # handled while the worker for "a" is still blocked
        screen = app.screen
        assert screen.query_one(QueryInput).value == "ab"
        await until(pilot, lambda: bool(screen.hits))
        assert screen.hits[0].id == "p-ab"
        index.gates["a"].set()  # the late answer for "a" arrives and must be ignored
        await settle(pilot)
        await pilot.pause(0.1)
        assert index.queries.count("a") == 1
        assert screen.hits[0].id == "p-ab"
        assert option_texts(screen)[1].startswith("  ab Person")


async def test_indexing_message_then_query_runs_when_ready(crafted: Any) -> None:
    app = SearchHost(crafted, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"wong")
        await pilot.pause()
        assert "Indexing…" in screen_text(app)
        assert app.screen.hits == []
        app.search_index = RecordingIndex()
        await pilot.pause(0.3)
        await settle(pilot)
        assert app.screen.hits[0].id == "p-wong"
        assert app.search_index.queries == ["wong"]


async def test_keys_move_through_hits_and_enter_dismisses_with_location(crafted: Any) -> None:
    app = SearchHost(crafted, RecordingIndex())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"wong")
        await settle(pilot)
        await pilot.press(
            "down", "ctrl+j", "ctrl+k"
        )  # person -> agreement -> sentence -> agreement
        assert app.screen.query_one(QueryInput).has_focus
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [Location("agreement", "g1")]


async def test_escape_closes_with_nothing(crafted: Any) -> None:
    app = SearchHost(crafted, RecordingIndex())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "escape")
        await pilot.pause()
        assert app.results == [None]


def test_each_kind_leads_to_its_view() -> None:
    assert location_of(FakeHit("person", "p1", "", 1)) == Location("actor", "p1")
    assert location_of(FakeHit("country", "c1", "", 1)) == Location("actor", "c1")
    assert location_of(FakeHit("organization", "o1", "", 1)) == Location("actor", "o1")
    assert location_of(FakeHit("agreement", "g1", "", 1)) == Location("agreement", "g1")
    assert location_of(FakeHit("article", "a1", "", 1)) == Location("article", "a1")
    hit = FakeHit("sentence", "a1:4", "", 1, article="a1", sentence=4)
    assert location_of(hit) == Location("article", "a1", 4)


# --- on the seeds, with the real explorer and the real index ---------------------------------


async def seeded_app(tmp_path: Path) -> Any:
    pytest.importorskip("store.search.query")
    from tui.app import PactscopeApp

    return PactscopeApp(seeded_store(tmp_path))


async def wait_for_index(pilot: Any) -> None:
    for _ in range(100):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if pilot.app.search_index is not None:
            return
    raise AssertionError("the search index never loaded")


@pytest.mark.slow
async def test_seeds_nakatni_finds_gen_nakatani_and_opens_his_view(tmp_path: Path) -> None:
    from tui.screens.actor import ActorScreen

    app = await seeded_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_index(pilot)
        await pilot.press("slash", *"nakatni")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.hits[0].label == "Gen Nakatani"
        assert screen.hits[0].kind == "person"
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, ActorScreen)
        assert view.actor.name == "Gen Nakatani"
        assert len(view.query_one("#actor-articles").options) == 3
        roles = [str(o.prompt) for o in view.query_one("#actor-roles").options]
        assert any("Minister of Defense" in r and "Japan" in r for r in roles)


def burst(app: Any, keys: str) -> None:
    """Hand the app ``keys`` at once, as a terminal does with what arrives in one read (a fast
    typist or a paste over SSH), instead of one key per frame as ``pilot.press`` does."""
    for char in keys:
        event = events.Key("slash" if char == "/" else char, char)
        event.set_sender(app)
        app._driver.send_message(event)


@pytest.mark.slow
async def test_a_burst_of_keys_after_slash_is_the_query(tmp_path: Path) -> None:
    """The keys of "/nakatni" arriving in one read: the letters go to the query, none to the lists."""
    app = await seeded_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_index(pilot)
        articles = app.main_screen.query_one("#article-list")
        before = articles.highlighted
        burst(app, "/nakatni")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.hits)
        await settle(pilot)
        assert app.screen.query_text == "nakatni"
        assert app.screen.hits[0].label == "Gen Nakatani"
        assert articles.highlighted == before  # "k" and "n" never reached the list
        assert len(app.screen_stack) == 2


@pytest.mark.slow
async def test_slash_keeps_its_meaning_where_it_is_typed(tmp_path: Path) -> None:
    """In the actor filter, the query line and the palette "/" is a character; on the hit
    list it returns to the query; it never opens a second search."""
    from textual.command import CommandPalette

    app = await seeded_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_index(pilot)
        await pilot.press("2", "f")
        assert app.focused is app.main_screen.query_one("#actor-pane-filter")
        await pilot.press("a", "slash")
        assert app.focused.value == "a/" and app.screen is app.main_screen
        footer_keys = {b.key for _, b, enabled, _ in app.active_bindings.values() if enabled}
        assert "slash" not in footer_keys  # the footer does not offer search while typing
        await pilot.press("escape", "escape", "slash", *"japan/")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.screen.query_text == "japan/"
        await pilot.press("backspace")
        await settle(pilot)
        app.screen.query_one(HitList).focus()
        await pilot.pause()
        await pilot.press("slash")
        assert isinstance(app.focused, QueryInput) and len(app.screen_stack) == 2
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        assert CommandPalette.is_open(app)
        await pilot.press("slash")
        await pilot.pause()
        assert CommandPalette.is_open(app) and app.focused.value == "/"


@pytest.mark.slow
async def test_seeds_person_prefix_narrows_to_persons(tmp_path: Path) -> None:
    app = await seeded_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_index(pilot)
        await pilot.press("slash", *"p:austin")
        await settle(pilot)
        hits = app.screen.hits
        assert hits and {h.kind for h in hits} == {"person"}
        assert hits[0].label == "Lloyd Austin"


async def test_matches_stay_visible_without_colour(crafted: Any, monkeypatch: Any) -> None:
    """Under NO_COLOR (greys only) the match keeps bold + underline after the app's filters."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = SearchHost(crafted, RecordingIndex())
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.no_color
        await pilot.press(*"wong")
        await settle(pilot)
        marked_text = []
        for strip in app.screen._compositor.render_strips():
            for line_filter in app.get_line_filters():
                strip = strip.apply_filter(line_filter, app.screen.styles.background)
            for segment in strip:
                style = segment.style
                if style is not None and style.underline and style.bold:
                    marked_text.append(segment.text)
        assert "wong" in "".join(marked_text)


async def test_footer_dims_moving_and_opening_until_there_are_hits(crafted: Any) -> None:
    app = SearchHost(crafted, RecordingIndex())

    def enabled(action: str) -> bool:
        return any(
            a.binding.action.endswith(action) and a.enabled
            for a in app.screen.active_bindings.values()
        )

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not enabled("open") and not enabled("move(1)")
        await pilot.press(*"wong")
        await settle(pilot)
        assert enabled("open") and enabled("move(1)")
        await pilot.press("tab")  # on the hit list Enter is still offered
        assert isinstance(app.focused, HitList) and enabled("open")
        await pilot.press("enter")
        assert app.results and app.results[-1] is not None
