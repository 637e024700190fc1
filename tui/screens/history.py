"""The corrections history: every correction of the store, newest first, with undo and redo.

Each row is two lines: the number, the time (UTC), the operation and the records it names,
and its state (``undone``); then its note, what it set, and the problem its last replay met
(a record no longer found after a re-ingest). ``u`` undoes the newest correction in force,
ctrl+r redoes the one undone last (they work everywhere; the list shows the result at once).
Enter opens the first record the row names, when it is still in the store.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from store.records import CorrectionEntry
from tui.commands import screen_bindings
from tui.explorer import explorer
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.screens.entity import leave, store_lock
from tui.screens.following import FollowingScreen
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, clean
from tui.widgets.virtual_list import VirtualList

TWO_PARTS = ("add-party", "remove-party")


def target_names(entry: CorrectionEntry, name_of: dict[str, str]) -> list[str]:
    """The names of the records a correction names: as they were when it was made."""
    names = []
    for n, id in enumerate(entry.correction.targets):
        ref = entry.refs[n] if n < len(entry.refs) else None
        names.append(clean(ref.name if ref is not None and ref.name else name_of.get(id, id)))
    return names


def what_it_did(entry: CorrectionEntry) -> str:
    """The arguments of a correction in words: ``status: signed``, ``new name: X``."""
    args = entry.correction.args
    op = entry.correction.op
    if op == "set":
        return f"{clean(args.get('field'))}: {clean(args.get('value')).replace('_', ' ')}"
    if op == "rename":
        return f"new name: {clean(args.get('name'))}"
    if op == "kind":
        return f"now a {clean(args.get('kind'))}"
    if op == "split":
        count = len(args.get("articles") or ()) + len(args.get("mentions") or ())
        return f"{count} off into {clean(args.get('name'))}"
    return ""


def entry_text(entry: CorrectionEntry, name_of: dict[str, str]) -> Text:
    """Two lines: ``#N  time  op  names  [undone]`` and the note, change and problem."""
    names = target_names(entry, name_of)
    joiner = (" -> " if glyphs().ascii else " → ") if entry.correction.op in TWO_PARTS else " + "
    if entry.correction.op in TWO_PARTS and len(names) == 2:
        names = [names[1], names[0]]  # the party, then the agreement
    at = clean(entry.at).replace("T", " ")[:16]  # to the minute, in UTC
    undone = entry.state == "undone"
    text = Text(f"#{entry.seq:<3} {at}  ", end="", style=DIM_STYLE if undone else "")
    text.append(f"{entry.correction.op} ", style="bold")
    text.append(joiner.join(names))
    state = "undone" if undone else "in force"
    details = [d for d in (what_it_did(entry), clean(entry.correction.note)) if d]
    if entry.problem:
        details.insert(0, f"problem: {clean(entry.problem)}")
    text.append("\n     ")
    text.append(state, style="italic" if undone else "")
    for detail in details:
        text.append(f" {glyphs().dot} ")
        text.append(detail, style="bold" if detail.startswith("problem:") else DIM_STYLE)
    return text


class HistoryList(VirtualList):
    """The corrections, two lines each."""

    row_height: ClassVar[int] = 2

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.names: dict[str, str] = {}

    def prompt(self, record: CorrectionEntry) -> Text:
        return entry_text(record, self.names)


class HistoryScreen(FollowingScreen):
    """Every correction of the store, with undo and redo."""

    CSS_PATH = "history.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("u", "app.undo", "Undo"),  # shown here, where their effect is listed
        Binding("ctrl+r", "app.redo", "Redo"),
        *(b for b in screen_bindings() if b.action not in ("app.undo", "app.redo")),
    ]


    def compose(self) -> ComposeResult:
        yield Static("Reading the corrections...", id="history-head", markup=False)
        yield HistoryList(id="history-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Corrections"
        self.query_one(HistoryList).focus()
        self.store_changed()


    @work(thread=True, exclusive=True, group="history")
    def read(self, store: Any) -> None:
        with store_lock(self.app):
            if store.closed:
                return
            entries = list(reversed(store.corrections()))
            ids = {t for e in entries for t in e.correction.targets}
            names = {}
            for id in ids:
                record = store.actor(id) or store.agreement(id)
                if record is not None:
                    names[id] = record.name
        self.app.call_from_thread(self._show, entries, names)

    def _show(self, entries: list[CorrectionEntry], names: dict[str, str]) -> None:
        listing = self.query_one(HistoryList)
        listing.names = names
        listing.replace((str(e.seq), e) for e in entries)
        active = sum(e.state == "active" for e in entries)
        head = self.query_one("#history-head", Static)
        if not entries:
            head.update("No corrections yet. Fix a record from its list or view (? lists the keys).")
        else:
            head.update(
                f"{len(entries)} corrections, {active} in force, newest first. "
                "u undoes, ctrl+r redoes."
            )

    @on(VirtualList.Selected)
    def _selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        listing = self.query_one(HistoryList)
        entry: CorrectionEntry = listing.record(event.key)
        store = explorer(self).store
        for id in entry.correction.targets:
            if store is not None and store.actor(id) is not None:
                explorer(self).go(Location("actor", id))
                return
            if store is not None and store.agreement(id) is not None:
                explorer(self).go(Location("agreement", id))
                return
        self.notify("Those records are no longer in the store.", markup=False)

    def action_back(self) -> None:
        leave(self)
