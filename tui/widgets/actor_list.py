"""The Actors pane: every actor mentioned in at least one article, with its kind and count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import BindingType

from store.db.lists import ActorLine
from store.text import fold
from tui.fix_keys import Fixable, actor_bindings, mark_binding
from tui.glyphs import glyphs
from tui.safe import line_text, one_line
from tui.widgets.filter_pane import FilterPane
from tui.widgets.virtual_list import VirtualList

KIND_LABEL = {"person": "person", "country": "country", "organization": "organisation"}
"""How a kind reads everywhere in the explorer (one word for one thing)."""
MIN_NAME = 10
"""A name is never shortened below this; past it the kind and count give way instead."""


def kind_label(kind: str) -> str:
    return KIND_LABEL.get(kind, one_line(kind))


def actor_prompt(actor: ActorLine, width: int = 0) -> Text:
    """One line: name, then kind and the number of articles mentioning the actor.

    Given the ``width`` of the list, a long name is shortened rather than the kind and
    count, which would otherwise be the part cut off.
    """
    count = actor.count
    name = one_line(actor.name)
    facts = f"  {kind_label(actor.kind)} {glyphs().dot} {count}"
    room = width - len(facts)
    if width and len(name) > room >= MIN_NAME:
        name = name[: room - 1].rstrip() + glyphs().ellipsis
    return line_text((name, ""), (facts, "italic"))


def match_key(actor: ActorLine) -> str:
    """What the filter searches: folded name, aliases and code, one per line."""
    names = [actor.name, *actor.aliases, actor.code or ""]
    return "\n".join(fold(one_line(n)) for n in names if n)


ActorSet = tuple[list[ActorLine], list[tuple[str, Any]]]
"""The Actors pane's records, and its rows while no filter is set."""


def prepare_actors(actors: Sequence[ActorLine]) -> ActorSet:
    """The pane's data for ``actors`` (pure: a worker thread may make it)."""
    return list(actors), [(a.id, a) for a in actors]


class ActorList(VirtualList):
    """The actors that match the filter; Enter opens one. A row marked for merging (see
    ``ActorPane``) starts with ``*``."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.marked: dict[str, None] = {}
        """The ids marked for merging, in the order marked (the pane's keys mark them)."""

    def prompt(self, record: ActorLine) -> Text:
        marks = self.marked
        if not marks:
            return actor_prompt(record, self.scrollable_content_region.width)
        line = Text("* " if record.id in marks else "  ", style="bold", end="")
        line.append_text(actor_prompt(record, self.scrollable_content_region.width - 2))
        return line


class ActorPane(Fixable, FilterPane[ActorLine]):
    """Holds every mentioned actor; shows those matching the filter text. Its keys correct
    the highlighted actor (``tui.fix_keys``); space marks actors to merge."""

    BINDINGS: ClassVar[list[BindingType]] = [mark_binding(), *actor_bindings()]

    placeholder = "Filter actors…"
    fix_table = "actor"
    fix_marks = True

    def fix_record(self) -> str | None:
        return self.actor_list.highlighted_id

    def fix_marked(self) -> list[str]:
        return list(self.actor_list.marked)

    def toggle_mark(self, id: str) -> None:
        marks = self.actor_list.marked
        if id in marks:
            del marks[id]
        else:
            marks[id] = None
        self.actor_list.redraw_rows()

    def clear_marks(self) -> None:
        self.actor_list.marked.clear()
        self.actor_list.redraw_rows()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix" and parameters:
            return self.check_fix(str(parameters[0]))
        return True

    def make_list(self) -> VirtualList:
        return ActorList(id="actor-list")

    def match_key(self, record: ActorLine) -> str:
        return match_key(record)

    @property
    def actor_list(self) -> ActorList:
        return self.query_one(ActorList)

    def set_actors(self, actors: Sequence[ActorLine]) -> None:
        self.set_prepared(*prepare_actors(actors))

    def set_prepared_actors(self, prepared: ActorSet) -> None:
        """Show actors prepared beforehand (``prepare_actors``, in a worker)."""
        self.set_prepared(*prepared)
