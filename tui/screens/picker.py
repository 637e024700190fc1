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
from tui.widgets.line_input import LineInput

SHOWN = 30
"""The most matches listed at once."""
CANDIDATES = 200
"""How many of the nearest names by WRatio are ranked again word by word."""


@dataclass(frozen=True, slots=True)
class Pick:
    """A record the picker offers: its id, its name and what tells it apart."""

    id: str
    name: str
    detail: str = ""


def coverage(words: Sequence[str], name: str) -> float:
    """How well every typed word is found among a name's words (0-100): a word the start of
    a name's word counts whole, else its nearest spelling. "forces japan" covers "United
    States Forces Japan" fully, "Japan" only half."""
    name_words = name.split()
    if not name_words:
        return 0.0
    total = 0.0
    for word in words:
        total += max(
            100.0 if w.startswith(word) else fuzz.ratio(word, w[: len(word) + 1])
            for w in name_words
        )
    return total / len(words)


def best_picks(picks: Sequence[Pick], keys: Sequence[str], query: str) -> list[Pick]:
    """The picks best matching ``query`` (all of them in their order when it is empty): the
    best ``CANDIDATES`` by rapidfuzz's WRatio over every name, ranked again by how well each
    typed word is found in the name, so every word typed counts."""
    needle = fold(query.strip())
    if not needle:
        return list(picks[:SHOWN])
    found = process.extract(
        needle, keys, scorer=fuzz.WRatio, processor=None, limit=CANDIDATES, score_cutoff=50
    )
    words = needle.split()
    ranked = sorted(
        found, key=lambda hit: (-(0.7 * coverage(words, hit[0]) + 0.3 * hit[1]), hit[2])
    )
    return [picks[index] for _, _, index in ranked[:SHOWN]]


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
        self._shown_query: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "type to find, up/down, Enter: choose, Esc: cancel"
            if self._about.plain:
                yield Static(self._about, classes="dialog-about", markup=False)
            yield LineInput(placeholder="Name", id="picker-query", compact=True)
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
        self._shown_query = query
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
        """Enter picks the highlighted match: of what is typed now, even when Enter comes
        before the worker's answer to the last letters (found here, then)."""
        event.stop()
        if self._shown_query != event.value:
            self._show(event.value, best_picks(self._picks, self._keys, event.value))
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
