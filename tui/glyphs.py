"""Which characters the explorer draws: Unicode, or plain ASCII where the terminal lacks it.

The Linux console's font has no ⭘, ⏎, 🔎 or eighth blocks, and a terminal whose locale is not
UTF-8 cannot be sent them at all. ``plain_terminal`` says when to fall back; ``use`` picks the
set once at start-up (``run_app``), and every label asks ``glyphs()`` for its characters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.scrollbar import ScrollBar, ScrollBarRender

from tui.terminal import plain_terminal


@dataclass(frozen=True)
class Glyphs:
    """The characters labels are drawn with."""

    ascii: bool
    ellipsis: str
    dot: str
    dash: str
    copy: str
    enter: str
    search_icon: str
    header_icon: str


UNICODE = Glyphs(False, "…", "·", "—", "↳", "⏎", "🔎", "⭘")
ASCII = Glyphs(True, "~", "-", "-", ">", "enter", ">", "*")

_current = UNICODE
__all__ = ["ASCII", "UNICODE", "Glyphs", "glyphs", "plain_terminal", "use"]


class PlainScrollBarRender(ScrollBarRender):
    """A scroll bar whose thumb is whole reversed cells, without eighth blocks."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * 8
    HORIZONTAL_BARS: ClassVar[list[str]] = [" "] * 8


def use(plain: bool) -> None:
    """Draw with ASCII (``plain``) or Unicode from now on, scroll bars included."""
    global _current
    _current = ASCII if plain else UNICODE
    ScrollBar.renderer = PlainScrollBarRender if plain else ScrollBarRender


def glyphs() -> Glyphs:
    """The character set in use."""
    return _current
