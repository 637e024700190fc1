"""The explorer on plain terminals, by keyboard only: NO_COLOR, 16 colours, footer keys, serving.

What a reader on a limited terminal relies on, checked with Pilot at 80x24 on the seeds:

- every path (lists, article, agreements, actors, search, help, palette, history, reload,
  quit) works from the keyboard, and the focus is never lost on the way;
- every key the footer offers runs the action it names (no hint that does nothing);
- text stays readable when colours collapse to the 16 ANSI colours (Rich downgrades the
  theme's true colours for TERM=linux and friends) and under NO_COLOR (Textual's monochrome
  filter): no text whose foreground and background become the same colour;
- moving the cursor or the focus changes what a 16-colour terminal shows;
- ``pactscope serve`` answers an HTTP GET with the page.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from rich.color import Color, ColorSystem
from rich.style import Style
from textual.command import CommandPalette

from tests.tui_support import seeded_store
from tui.app import PactscopeApp
from tui.widgets.actor_list import ActorList
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import ListFilter

pytestmark = pytest.mark.slow  # whole explorer journeys in several terminal modes

SIZE = (80, 24)
NAKATANI = ("slash", *"nakatni")
"""Open search and type a misspelt name, as a reader would."""

STATES: dict[str, tuple[str, ...]] = {
    "articles": (),
    "article-text": ("enter",),
    "agreements": ("enter", "4"),
    "actors": ("2",),
    "actor-filter": ("2", "f"),
    "search": NAKATANI,
    "help": ("question_mark",),
    "actor": (*NAKATANI, "enter"),
    "agreement": ("enter", "4", "enter"),
}
"""Places in the explorer and the keys that reach them from a fresh start."""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seeded_store(tmp_path_factory.mktemp("terminals"))


@pytest.fixture(params=["default", "no-color"])
def colour_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run with the normal colours or with NO_COLOR=1 in the environment."""
    if request.param == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    return request.param


async def settle(pilot: Any) -> None:
    """Let workers (store load, index, search) finish and their messages be handled."""
    for _ in range(5):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if all(worker.is_finished for worker in pilot.app.workers):
            return


@asynccontextmanager
async def running(store_path: Path, keys: Sequence[str] = ()):
    """The explorer at 80x24 with the store loaded, after pressing ``keys``."""
    app = PactscopeApp(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store is not None and app.search_index is not None, "the store did not load"
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        yield app, pilot


# --- what the terminal shows ---------------------------------------------------------------


def cells(app: PactscopeApp) -> list[list[tuple[str, Style]]]:
    """The screen as rows of (character, style), as the driver would write it."""
    update: Any = app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens, simplify=True
    )
    rows: list[list[tuple[str, Style]]] = []
    for strips in update.strips:
        row: list[tuple[str, Style]] = []
        for strip in strips:
            for segment in strip:
                if not segment.control:
                    row.extend((ch, segment.style or Style()) for ch in segment.text)
        rows.append(row)
    return rows


def plain(app: PactscopeApp) -> str:
    return "\n".join("".join(ch for ch, _ in row) for row in cells(app))


def _colour(color: Color | None, system: ColorSystem) -> Any:
    if color is None or color.is_default:
        return None
    down = color.downgrade(system)
    return down.number if down.number is not None else down.triplet


def is_text(ch: str) -> bool:
    """Letters, digits and punctuation (box drawing, blocks and pictographs are decoration)."""
    return unicodedata.category(ch)[0] in "LNP"


def unreadable(app: PactscopeApp, system: ColorSystem) -> list[str]:
    """Rows holding text whose foreground and background are one colour on ``system``."""
    problems = []
    for y, row in enumerate(cells(app)):
        bad = [
            x
            for x, (ch, style) in enumerate(row)
            if is_text(ch)
            and (fg := _colour(style.color, system)) is not None
            and fg == _colour(style.bgcolor, system)
        ]
        if bad:
            line = "".join(ch for ch, _ in row)
            problems.append(f"row {y}: {line!r} at columns {bad}")
    return problems


def as_seen(app: PactscopeApp, system: ColorSystem) -> list[list[tuple[Any, ...]]]:
    """The screen as a terminal limited to ``system`` shows it: characters, colours, attributes."""
    return [
        [
            (
                ch,
                _colour(s.color, system),
                _colour(s.bgcolor, system),
                bool(s.reverse),
                bool(s.bold),
                bool(s.underline),
                bool(s.italic),
            )
            for ch, s in row
        ]
        for row in cells(app)
    ]


def _luminance(color: Color) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: Color, bg: Color) -> float:
    """The WCAG contrast ratio of two colours (1 = invisible, 21 = black on white)."""
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# --- keyboard only ----------------------------------------------------------------------------


async def press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
        assert pilot.app.focused is not None, f"no widget has the focus after {key!r}"


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


# --- the footer -----------------------------------------------------------------------------


def footer_keys(app: PactscopeApp) -> list[tuple[str, str]]:
    """(key, action) for every enabled hint the footer shows, as the Footer picks them."""
    shown: dict[str, str] = {}
    for key, active in app.screen.active_bindings.items():
        binding = active.binding
        if (binding.show or key == app.COMMAND_PALETTE_BINDING) and active.enabled:
            shown.setdefault(binding.action, key)
    return [(key, action) for action, key in shown.items()]


def footer_labels(app: PactscopeApp) -> list[str]:
    """The description of every hint the footer shows (enabled or not), in footer order."""
    labels: dict[object, str] = {}
    for active in app.screen.active_bindings.values():
        binding = active.binding
        if binding.show:  # a group of bindings ("tab 1-4 Pane") is one hint
            label = binding.group.description if binding.group else binding.description
            labels.setdefault(binding.group or binding.action, label)
    return [label for label in labels.values() if label]


def missing_from_footer(app: PactscopeApp) -> list[str]:
    """Hint labels that are not on the bottom row (in order, each after the previous), but
    those the footer lets give way when the line is full (``FOOTER_ORDER`` after ``*``: the
    help and the palette list them)."""
    from tui.widgets.footer import FOOTER_ORDER

    give_way = set(FOOTER_ORDER[FOOTER_ORDER.index("*") + 1 :])
    may_go = {
        a.binding.description for key, a in app.screen.active_bindings.items() if key in give_way
    }
    row = plain(app).splitlines()[-1]
    missing, at = [], 0
    for label in footer_labels(app):
        found = row.find(label, at)
        if found >= 0:
            at = found + len(label)
        elif label not in may_go:
            missing.append(label)
    return missing


@pytest.mark.parametrize("state", list(STATES))
async def test_footer_fits_and_its_keys_do_what_they_say(store_path: Path, state: str) -> None:
    """Every hint fits on the 80-column footer, and each hint's key, pressed where the hint
    is shown, reaches the hint's action (recorded, not run, so all start from one place)."""
    async with running(store_path, STATES[state]) as (app, pilot):
        cut = missing_from_footer(app)
        hints = footer_keys(app)
        assert hints, f"the footer offers nothing on {state}"
        ran: list[str] = []

        async def record(action: Any, *args: Any, **kwargs: Any) -> bool:
            ran.append(action if isinstance(action, str) else repr(action))
            return True

        app.run_action = record  # type: ignore[method-assign]
        failures = []
        for key, action in hints:
            ran.clear()
            await pilot.press(key)
            await pilot.pause()
            if not any(a == action or a.endswith("." + action) for a in ran):
                failures.append(f"{key!r} did not run {action!r} (ran {ran})")
    assert not cut, f"footer hints on {state} cut off at 80 columns: {cut}"
    assert not failures, f"footer hints on {state} that do nothing: {failures}"


# --- colours ----------------------------------------------------------------------------------


WALK: list[tuple[str, tuple[str, ...]]] = [
    ("articles", ()),
    ("article-text", ("enter",)),
    ("agreements", ("4",)),
    ("agreement", ("enter",)),
    ("agreement evidence", ("e",)),
    ("article at the evidence", ("o",)),
    ("actors", ("2",)),
    ("actor-filter", ("f", *"ja")),
    ("search", ("escape", "escape", *NAKATANI)),
    ("actor", ("enter",)),
    ("help", ("question_mark",)),
    ("palette", ("escape", "ctrl+p")),
]
"""One walk through every place, each step's keys pressed after the previous step's."""

MIN_CONTRAST_NO_COLOR = 2.5
"""Greys closer than this (WCAG ratio) are too faint to read on a monochrome terminal."""


def faint_greys(app: PactscopeApp) -> list[str]:
    """Text under NO_COLOR that is coloured, or grey on a too similar grey."""
    problems = []
    for y, row in enumerate(cells(app)):
        for x, (ch, style) in enumerate(row):
            fg, bg = style.color, style.bgcolor
            if not is_text(ch) or fg is None or bg is None or fg.is_default or bg.is_default:
                continue
            r, g, b = fg.get_truecolor()
            if not r == g == b:
                problems.append(f"row {y} col {x} {ch!r} is coloured {fg}")
            elif (ratio := contrast(fg, bg)) < MIN_CONTRAST_NO_COLOR:
                problems.append(f"row {y} col {x} {ch!r} contrast {ratio:.2f}")
    return problems


@pytest.mark.parametrize(
    ("no_color", "light"),
    [
        pytest.param(False, False, id="16-colours"),
        pytest.param(True, False, id="no-color"),
        pytest.param(False, True, id="16-colours-light"),
        pytest.param(True, True, id="no-color-light"),
    ],
)
async def test_text_stays_readable(
    store_path: Path, no_color: bool, light: bool, monkeypatch
) -> None:
    """On a 16-colour terminal no text shares its background's colour; under NO_COLOR all
    text is grey and far enough from its background. The palette's backdrop is exempt: it
    fades the screen behind it on purpose. ``light``: after the palette's light/dark switch."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    problems: list[str] = []
    async with running(store_path) as (app, pilot):
        assert app.no_color == no_color
        if light:
            dark = app.current_theme.dark
            await press(pilot, "ctrl+p", *"light/dark", "enter")
            assert app.current_theme.dark != dark, "the palette did not switch the theme"
        for place, keys in WALK:
            await press(pilot, *keys)
            if place == "palette":
                assert isinstance(app.screen, CommandPalette)
                continue
            found = faint_greys(app) if no_color else unreadable(app, ColorSystem.STANDARD)
            problems.extend(f"{place}: {line}" for line in found[:5])
    assert not problems, "unreadable text:\n" + "\n".join(problems)


@pytest.mark.parametrize("no_color", [False, True], ids=["16-colours", "no-color"])
async def test_cursor_and_focus_visible_without_colour(
    store_path: Path, no_color: bool, monkeypatch
) -> None:
    """Moving the cursor or the focus must change what a limited terminal shows."""
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    system = ColorSystem.EIGHT_BIT if no_color else ColorSystem.STANDARD
    async with running(store_path, ("enter", "1")) as (app, pilot):
        steps = [
            ("j", "the article cursor"),
            ("tab", "the focus"),
            ("j", "the actor cursor"),
            ("tab", "the focus"),
            ("tab", "the focus"),
        ]
        for key, what in steps:
            before = as_seen(app, system)
            await press(pilot, key)
            assert as_seen(app, system) != before, (
                f"{what} moved ({key}) but the screen did not change"
            )


# --- pactscope serve ------------------------------------------------------------------------


def _free_port(preferred: int = 8765) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError("no free port")


def test_serve_answers_http(store_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("textual_serve", reason="textual-serve is not installed")
    command = Path(sys.executable).parent / "pactscope"
    argv = [str(command)] if command.exists() else [sys.executable, "-m", "tui"]
    port = _free_port()
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [*argv, "serve", "--port", str(port), "--db", str(store_path)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    try:
        deadline = time.monotonic() + 30
        page = None
        while time.monotonic() < deadline and proc.poll() is None:
            log.flush()
            printed = re.search(r"\?token=([\w-]+)", (tmp_path / "serve.log").read_text(errors="replace"))
            if printed is None:  # the address with its token is printed once it listens
                time.sleep(0.2)
                continue
            try:
                with pytest.raises(urllib.error.HTTPError, match="403"):
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)  # no token
                url = f"http://127.0.0.1:{port}/?token={printed.group(1)}"
                with urllib.request.urlopen(url, timeout=2) as answer:
                    page = (answer.status, answer.headers.get("content-type", ""), answer.read())
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        log.flush()
        output = (tmp_path / "serve.log").read_text(errors="replace")
        assert page is not None, f"pactscope serve did not answer on port {port}:\n{output}"
        status, kind, body = page
        assert status == 200 and "text/html" in kind
        assert b"<html" in body.lower() and b"pactscope" in body.lower()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()
