"""The suggestions screen: likely duplicate actors and agreements, best first, one key to act.

Each row is two lines: the score and the two records (name, kind, articles), then the reason
in words. ``a`` accepts (merges the pair, keeping the record more articles mention), ``d``
dismisses (the two are different: logged, never suggested again), Enter shows the pair side
by side. The suggestions are computed in a thread worker holding the store lock
(``store.resolve.suggest``, with the dismissed pairs of the log left out) and again whenever
the store changes, so an accepted or dismissed row goes at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from store.resolve.suggest import Suggestion, settled_pairs, suggest
from tui import fix_flows
from tui.commands import screen_bindings
from tui.glyphs import glyphs
from tui.screens.entity import leave, store_lock
from tui.screens.following import FollowingScreen
from tui.screens.pair import PairScreen, Side
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, clean
from tui.widgets.virtual_list import VirtualList

SHOWN = 500
"""The most suggestions listed (the best ones; acting on them brings the next)."""


@dataclass(frozen=True, slots=True)
class Row:
    """A suggestion with what its line shows of the two records."""

    suggestion: Suggestion
    first: Side
    second: Side


def side_text(side: Side) -> Text:
    text = Text(clean(side.name), style="bold", end="")
    text.append(f" ({side.kind} {glyphs().dot} {side.count})", style=DIM_STYLE)
    return text


def row_text(row: Row) -> Text:
    """Two lines: ``score  A (kind · n)  =  B (kind · n)`` and the reason under it."""
    text = Text(f"{row.suggestion.score:3.0f}  ", end="")
    text.append_text(side_text(row.first))
    text.append("  =  ")
    text.append_text(side_text(row.second))
    text.append("\n     ")
    text.append(clean(row.suggestion.reason), style="italic")
    return text


def sides(store: Any, suggestion: Suggestion) -> tuple[Side, Side] | None:
    """The two records of a suggestion as the screen shows them (None: one is gone)."""
    out = []
    for id in (suggestion.first, suggestion.second):
        if suggestion.kind == "actor":
            actor = store.actor(id)
            if actor is None:
                return None
            out.append(Side(id, "actor", actor.name, fix_flows.kind_word(actor.kind), len(actor.articles)))
        else:
            agreement = store.agreement(id)
            if agreement is None:
                return None
            out.append(Side(id, "agreement", agreement.name, "agreement", len(agreement.articles)))
    return out[0], out[1]


class SuggestionList(VirtualList):
    """The suggested pairs, two lines each."""

    row_height: ClassVar[int] = 2

    def prompt(self, record: Row) -> Text:
        return row_text(record)


class SuggestionsScreen(FollowingScreen):
    """Likely duplicates to merge or dismiss."""

    CSS_PATH = "suggestions.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("a", "accept", "Merge"),
        Binding("d", "dismiss_pair", "Keep apart"),
        Binding("enter", "open_pair", "Compare"),
        *screen_bindings(),
    ]


    def compose(self) -> ComposeResult:
        yield Static("Finding likely duplicates...", id="suggestions-head", markup=False)
        yield SuggestionList(id="suggestion-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Suggestions"
        self.query_one(SuggestionList).focus()
        self.store_changed()


    @work(thread=True, exclusive=True, group="suggest")
    def read(self, store: Any) -> None:
        with store_lock(self.app):
            if store.closed:
                return
            found = suggest(store.actors(), store.agreements(), settled_pairs(store.corrections()))
            rows = []
            for suggestion in found:
                pair = sides(store, suggestion)
                if pair is not None:
                    rows.append(Row(suggestion, *pair))
                if len(rows) >= SHOWN:
                    break
        self.app.call_from_thread(self._show, rows, len(found))

    def _show(self, rows: list[Row], total: int) -> None:
        listing = self.query_one(SuggestionList)
        listing.replace((f"{r.suggestion.first} {r.suggestion.second}", r) for r in rows)
        head = self.query_one("#suggestions-head", Static)
        if not rows:
            head.update("No likely duplicates. Esc goes back.")
        else:
            more = f" (the best {len(rows)} shown)" if total > len(rows) else ""
            pairs = "pair" if total == 1 else "pairs"
            head.update(
                f"{total} likely duplicate {pairs}{more}. a merges a pair, d keeps it apart, "
                "Enter compares."
            )
        self.refresh_bindings()

    def _current(self) -> Row | None:
        listing = self.query_one(SuggestionList)
        key = listing.highlighted_id
        return listing.record(key) if key is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "dismiss_pair", "open_pair"):
            return True if self._current() is not None else None
        return True

    def action_accept(self) -> None:
        row = self._current()
        if row is not None:
            s = row.suggestion
            fix_flows.accept(self, s.kind, s.first, s.second)
            self._drop(row)

    def action_dismiss_pair(self) -> None:
        row = self._current()
        if row is not None:
            s = row.suggestion
            fix_flows.dismiss(self, s.kind, s.first, s.second)
            self._drop(row)

    def _drop(self, row: Row) -> None:
        """The row acted on leaves the list at once, the cursor on the next one; the list is
        found again once the store has the correction (a merge may settle other rows)."""
        listing = self.query_one(SuggestionList)
        key = f"{row.suggestion.first} {row.suggestion.second}"
        listing.replace((k, listing.record(k)) for k in listing.ids if k != key)

    def action_open_pair(self) -> None:
        row = self._current()
        if row is not None:
            self.app.push_screen(PairScreen(row.first, row.second, clean(row.suggestion.reason)),
                                 callback=self._pair_done)

    def _pair_done(self, answer: str | None) -> None:
        if answer == "accept":
            self.action_accept()
        elif answer == "dismiss":
            self.action_dismiss_pair()

    @on(VirtualList.Selected)
    def _selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.action_open_pair()

    def action_back(self) -> None:
        leave(self)
