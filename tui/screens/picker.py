"""A fuzzy picker: type a few letters of a name, choose the record from the best matches.

Used to choose the actor to merge with, the party to add, the agreement to merge with.
Candidates are ``Pick``s (id, name, a detail such as kind and count); names are untrusted and
shown as plain ``Text``. Matching runs in a thread worker (rapidfuzz over every name, typos
welcome), and an answer for a query no longer typed is dropped. Up/down move through the
matches while typing; Enter answers with the highlighted id, Escape with None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rapidfuzz import fuzz, process
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.text import fold
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, clean

SHOWN = 30
"""The most matches listed at once."""


@dataclass(frozen=True, slots=True)
class Pick:
    """A record the picker offers: its id, its name and what tells it apart."""

    id: str
    name: str
    detail: str = ""


def best_picks(picks: Sequence[Pick], keys: Sequence[str], query: str) -> list[Pick]:
    """The picks best matching ``query`` (all of them in their order when it is empty)."""
    needle = fold(query.strip())
    if not needle:
        return list(picks[:SHOWN])
    found = process.extract(
        needle, keys, scorer=fuzz.WRatio, processor=None, limit=SHOWN, score_cutoff=50
    )
    return [picks[index] for _, _, index in found]


def pick_label(pick: Pick) -> Text:
    label = Text(clean(pick.name), end="")
    if pick.detail:
        label.append(f"  {clean(pick.detail)}", style=DIM_STYLE)
    return label


class PickerScreen(ModalScreen[str | None]):
    """Choose one of many records by a fuzzy search over their names."""

    CSS_PATH = "dialog.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
    ]

    def __init__(self, title: str, picks: Sequence[Pick], about: Text | str = "") -> None:
        super().__init__()
        self._title = title
        self._picks = list(picks)
        self._keys = [fold(p.name) for p in self._picks]
        self._about = about if isinstance(about, Text) else Text(clean(about))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "type to find · up/down · Enter: choose · Esc: cancel"
            if self._about.plain:
                yield Static(self._about, classes="dialog-about", markup=False)
            yield Input(placeholder="Name…", id="picker-query")
            yield OptionList(id="picker-list", markup=False, compact=True)
            yield Static("", classes="dialog-error", id="picker-none", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#picker-list", OptionList).can_focus = False
        self._show("", best_picks(self._picks, self._keys, ""))
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._match(event.value)

    @work(thread=True, exclusive=True, group="picker")
    def _match(self, query: str) -> None:
        found = best_picks(self._picks, self._keys, query)
        self.app.call_from_thread(self._show, query, found)

    def _show(self, query: str, found: list[Pick]) -> None:
        if query != self.query_one(Input).value:
            return  # typed on meanwhile: the newer answer is coming
        options = self.query_one("#picker-list", OptionList)
        options.set_options(Option(pick_label(p), id=p.id) for p in found)
        if found:
            options.highlighted = 0
        self.query_one("#picker-none", Static).update("" if found else "No name matches.")

    def action_move(self, delta: int) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + delta))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        option = self.query_one("#picker-list", OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.dismiss(option.id)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.dismiss(event.option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
