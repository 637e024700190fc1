"""One choice among a few in a box: a kind, a status, a field to set, a party to remove.

The options are ``(value, label)`` pairs; labels from the store are plain ``Text``. Enter
(or the option's number, 1 the first) answers with the value; Escape answers None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.widgets.footer import Footer
from tui.widgets.labels import clean
from tui.widgets.lists import VIM_LIST_KEYS


def numbered(number: int, label: Text) -> Text:
    """The option's label after the digit that picks it (the first nine), so the dialog's
    'a digit: choose' names keys that can be seen."""
    if number > 9:
        return label
    return Text.assemble(f"{number} ", label)


class ChoiceList(OptionList):
    """The options, with j/k/g/G."""

    BINDINGS: ClassVar[list[BindingType]] = [*VIM_LIST_KEYS]


class ChoiceScreen(ModalScreen[str | None]):
    """Pick one of ``options``."""

    CSS_PATH = "dialog.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        options: Sequence[tuple[str, Text | str]],
        about: Text | str = "",
        *,
        current: str | None = None,
    ) -> None:
        super().__init__()
        self._title = title
        self._options = [(v, t if isinstance(t, Text) else Text(clean(t))) for v, t in options]
        self._about = about if isinstance(about, Text) else Text(clean(about))
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "Enter or a digit: choose, Esc: cancel"
            if self._about.plain:
                yield Static(self._about, classes="dialog-about", markup=False)
            yield ChoiceList(
                *(Option(numbered(n, label), id=value) for n, (value, label) in enumerate(self._options, 1)),
                id="choice-list",
                markup=False,
                compact=True,
            )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        choices = self.query_one(ChoiceList)
        values = [value for value, _ in self._options]
        if self._current in values:
            choices.highlighted = values.index(self._current)
        elif values:
            choices.highlighted = 0
        choices.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_id)

    def on_key(self, event: events.Key) -> None:
        """A digit picks the option of that number (1 the first), as a shortcut."""
        if event.character and event.character.isdigit():
            index = int(event.character) - 1
            if 0 <= index < len(self._options):
                event.stop()
                self.dismiss(self._options[index][0])

    def action_cancel(self) -> None:
        self.dismiss(None)
