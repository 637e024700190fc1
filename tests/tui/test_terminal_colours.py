"""Text stays readable when colours collapse to the 16 ANSI colours (Rich downgrades the theme's
true colours for TERM=linux and friends) and under NO_COLOR (Textual's monochrome filter): no
text whose foreground and background become the same colour; moving the cursor or the focus
changes what a 16-colour terminal shows."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from rich.color import Color, ColorSystem
from textual.command import CommandPalette

from tests.tui.terminal_support import NAKATANI, cells, press, running
from tui.app import PactscopeApp

pytestmark = pytest.mark.slow  # whole explorer journeys in several terminal modes


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
