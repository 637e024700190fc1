"""Two records side by side, to judge a suggested duplicate before merging or dismissing it.

Each column shows a record's name, kind, how many articles mention it, its other names and
(for persons) offices, and the first articles that mention it. ``a`` merges, ``d`` keeps
them apart, ``1`` / ``2`` open either record's own view, Escape goes back to the list. All
of it is store text, shown as plain ``Text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.explorer import explorer
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, clean

ARTICLES_SHOWN = 4
"""How many of a record's articles its column lists."""


@dataclass(frozen=True, slots=True)
class Side:
    """One record of a pair: its id, table (actor or agreement), name, kind and articles."""

    id: str
    table: str
    name: str
    kind: str
    count: int


def describe(store: Any, side: Side) -> Text:
    """A column: the record's name and facts, one per line, all plain text."""
    text = Text(clean(side.name), style="bold")
    plural = "s" if side.count != 1 else ""
    text.append(f"\n{side.kind} {glyphs().dot} {side.count} article{plural}", style=DIM_STYLE)
    record = store.actor(side.id) if side.table == "actor" else store.agreement(side.id)
    if record is None:
        text.append("\n(no longer in the store)")
        return text
    aliases = [clean(a) for a in record.aliases if clean(a)]
    if aliases:
        text.append(f"\nalso: {', '.join(aliases[:6])}")
    for role in getattr(record, "roles", [])[:3]:
        where = explorer_name(store, role.affiliation)
        text.append(f"\n{clean(role.title)}" + (f", {where}" if where else ""))
    if side.table == "agreement":
        facts = [clean(str(v)) for v in (record.status, record.year, record.value) if v]
        parties = [explorer_name(store, p) for p in record.parties[:5]]
        if facts:
            text.append("\n" + f" {glyphs().dot} ".join(facts).replace("_", " "))
        if parties:
            text.append("\nparties: " + ", ".join(parties))
    articles = list(record.articles)[:ARTICLES_SHOWN]
    for article_id in articles:
        meta = store.article(article_id)
        text.append(f"\n- {clean(meta.shown if meta else article_id)}", style="italic")
    return text


def explorer_name(store: Any, actor_id: str | None) -> str:
    if not actor_id:
        return ""
    actor = store.actor(actor_id)
    return clean(actor.name) if actor is not None else clean(actor_id)


class PairScreen(ModalScreen[str | None]):
    """A suggested pair side by side; answers ``accept``, ``dismiss`` or None."""

    CSS_PATH = "suggestions.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
        Binding("a", "answer('accept')", "Merge"),
        Binding("d", "answer('dismiss')", "Keep apart"),
        Binding("1", "open(0)", "Open left"),
        Binding("2", "open(1)", "Open right"),
    ]

    def __init__(self, first: Side, second: Side, reason: str) -> None:
        super().__init__()
        self._sides = (first, second)
        self._reason = reason

    def compose(self) -> ComposeResult:
        store = explorer(self).store
        with Vertical(id="pair-box") as box:
            box.border_title = "Same record?"
            yield Static(Text(self._reason, style="italic"), id="pair-reason", markup=False)
            with Horizontal(id="pair-columns"):
                for side in self._sides:
                    body = describe(store, side) if store is not None else Text(clean(side.name))
                    yield Static(body, classes="pair-side", markup=False)
        yield Footer(compact=True)

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)

    def action_open(self, index: int) -> None:
        side = self._sides[index]
        self.dismiss(None)
        explorer(self).go(Location("actor" if side.table == "actor" else "agreement", side.id))

    def action_close(self) -> None:
        self.dismiss(None)
