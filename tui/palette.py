"""The command palette: Textual's, with a search icon the terminal can draw, and Textual's
system commands less those that repeat one of the explorer's own.

"Quit" is ours already, "Keys" opens Textual's key panel beside our Help (``?``), and
"Maximize"/"Minimize" zoom a widget in Textual's way beside our Zoom (``z``), leaving the two
out of step; two entries of one name in the palette make the reader guess which is which.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.app import SystemCommand
from textual.command import CommandPalette, SearchIcon

from tui.glyphs import glyphs

REPEATED = frozenset({"Quit", "Keys", "Maximize", "Minimize"})
"""Titles of Textual's system commands the explorer has its own command for."""


class Palette(CommandPalette):
    """Textual's command palette with a search icon the terminal can draw."""

    def on_mount(self) -> None:
        for icon in self.query(SearchIcon):
            icon.icon = glyphs().search_icon


def without_repeats(commands: Iterable[SystemCommand]) -> Iterator[SystemCommand]:
    """Textual's system ``commands`` less those in ``REPEATED`` (Theme, Screenshot... stay)."""
    return (command for command in commands if command.title not in REPEATED)
