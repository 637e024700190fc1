"""Glyphs by terminal: ASCII on the Linux console or without a UTF-8 locale."""

from __future__ import annotations

from textual.binding import Binding
from textual.scrollbar import ScrollBar, ScrollBarRender

from tui.app import PactscopeApp
from tui.glyphs import ASCII, UNICODE, PlainScrollBarRender, glyphs, plain_terminal, use


def test_plain_terminal_by_term_and_locale() -> None:
    assert plain_terminal({"TERM": "linux", "LANG": "en_US.UTF-8"})
    assert plain_terminal({"TERM": "xterm", "LANG": "en_US.ISO-8859-1"})
    assert plain_terminal({"TERM": "xterm"})  # no locale: the C locale
    assert not plain_terminal({"TERM": "xterm-256color", "LANG": "C.UTF-8"})
    assert not plain_terminal({"TERM": "screen", "LC_ALL": "de_DE.utf8", "LANG": "C"})
    assert plain_terminal({"TERM": "xterm", "LC_ALL": "C", "LANG": "en_US.UTF-8"})


def test_ascii_set_has_only_ascii_and_swaps_the_scroll_bar(tmp_path) -> None:
    for value in vars(ASCII).values():
        if isinstance(value, str):
            assert value.isascii(), value
    try:
        use(True)
        assert glyphs() is ASCII and ScrollBar.renderer is PlainScrollBarRender
        assert all(bar == " " for bar in PlainScrollBarRender.VERTICAL_BARS)
        app = PactscopeApp(tmp_path / "none.json")
        assert app.get_key_display(Binding("enter", "x")) == "enter"
    finally:
        use(False)
    assert glyphs() is UNICODE and ScrollBar.renderer is ScrollBarRender
