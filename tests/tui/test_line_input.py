"""Keys that arrive together act in the order typed: ctrl+u then a new name leaves the name.

The keys are posted to the app in one go, without waiting between them, as a terminal
delivers them over SSH or from a fast typist; each dialog line and filter is a LineInput.
"""

from __future__ import annotations

from typing import ClassVar

import pytest
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType

from tui.widgets.line_input import LineInput


class Line(App[None]):
    """One line with an old value; what Enter submitted is kept."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+u", "app.bell", "never reached")]

    def __init__(self) -> None:
        super().__init__()
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield LineInput("Gen Nakatani")

    @on(LineInput.Submitted)
    def _kept(self, event: LineInput.Submitted) -> None:
        self.submitted.append(event.value)


def typed(app: App[None], *keys: str) -> None:
    """Post every key to the app at once, as one burst of terminal input."""
    for key in keys:
        character = key if len(key) == 1 else None
        app.post_message(events.Key(key, character))


@pytest.mark.parametrize("word", ["Gen Nakatani (other)", "x"])
async def test_a_cleared_line_keeps_what_is_typed_right_after(word: str) -> None:
    app = Line()
    async with app.run_test() as pilot:
        await pilot.pause()
        typed(app, "ctrl+u", *word, "enter")
        await pilot.pause()
        line = app.query_one(LineInput)
        assert line.value == word
        assert app.submitted == [word]  # Enter, last typed, submitted the whole new line


KEYS = [
    ("ctrl+w", "T", "a", "r", "o", "home", "X", "end", "!"),
    ("left", "left", "backspace", "ctrl+k", "Z", "ctrl+a", "Y"),
    ("ctrl+u", "a", "b", "left", "delete", "c"),
]


@pytest.mark.parametrize("keys", KEYS)
async def test_a_burst_of_keys_edits_as_the_same_keys_one_at_a_time(keys: tuple[str, ...]) -> None:
    slow = Line()
    async with slow.run_test() as pilot:
        await pilot.press(*keys)  # each key handled before the next is sent
        expected = slow.query_one(LineInput).value
    fast = Line()
    async with fast.run_test() as pilot:
        await pilot.pause()
        typed(fast, *keys)
        await pilot.pause()
        assert fast.query_one(LineInput).value == expected
