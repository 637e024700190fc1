"""A one-line question in a box: a new name, a year, a value, a note for a correction.

What the question is about (a record's name, from the store) is untrusted: it is shown as a
plain ``Text``. Enter answers with the line (or the ``check`` error shows and it stays
open); Escape answers None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.widgets.footer import Footer
from tui.widgets.labels import clean
from tui.widgets.line_input import LineInput

Check = Callable[[str], str | None]
"""Says what is wrong with an answer (one line), or None when it will do."""


def not_empty(answer: str) -> str | None:
    return "Type something, or Esc to cancel." if not answer.strip() else None


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text."""

    CSS_PATH = "dialog.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        about: Text | str = "",
        *,
        value: str = "",
        placeholder: str = "",
        check: Check | None = None,
    ) -> None:
        super().__init__()
        self._title = title
        self._about = about if isinstance(about, Text) else Text(clean(about))
        self._value = clean(value)
        self._placeholder = placeholder
        self._check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "Enter: OK, Esc: cancel"
            if self._about.plain:
                yield Static(self._about, classes="dialog-about", markup=False)
            yield LineInput(
                self._value, placeholder=self._placeholder, id="prompt-input", compact=True
            )
            yield Static("", classes="dialog-error", id="prompt-error", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        answer = event.value.strip()
        problem = self._check(answer) if self._check is not None else None
        if problem:
            self.query_one("#prompt-error", Static).update(Text(problem))
            return
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None)
