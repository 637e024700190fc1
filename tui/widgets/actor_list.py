"""The Actors pane: a filter Input over the list of every actor with its kind and article count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input

from store.records import Actor
from store.text import fold
from tui.safe import line_text, one_line
from tui.widgets.virtual_list import VirtualList

TYPED_KEYS = {"slash": "/"}
"""Printable keys whose character Textual's key_to_character does not find."""

KIND_LABEL = {"person": "person", "country": "country", "organization": "org"}
MIN_NAME = 10
"""A name is never shortened below this; past it the kind and count give way instead."""


def actor_prompt(actor: Actor, width: int = 0) -> Text:
    """One line: name, then kind and the number of articles mentioning the actor.

    Given the ``width`` of the list, a long name is shortened rather than the kind and
    count, which would otherwise be the part cut off.
    """
    count = len(actor.articles)
    name = one_line(actor.name)
    facts = f"  {one_line(KIND_LABEL.get(actor.kind, actor.kind))} · {count}"
    room = width - len(facts)
    if width and len(name) > room >= MIN_NAME:
        name = name[: room - 1].rstrip() + "…"
    return line_text((name, ""), (facts, "italic"))


def match_key(actor: Actor) -> str:
    """What the filter searches: folded name, aliases and code, one per line."""
    names = [actor.name, *actor.aliases, actor.code or ""]
    return "\n".join(fold(one_line(n)) for n in names if n)


class ActorList(VirtualList):
    """The actors that match the filter; Up on the first row returns to the filter."""

    def prompt(self, record: Actor) -> Text:
        return actor_prompt(record, self.scrollable_content_region.width)

    def action_cursor_up(self) -> None:
        if not self.highlighted:
            filter_input = self.parent.query_one(ActorFilter) if self.parent else None
            if filter_input is not None:
                filter_input.focus()
                return
        super().action_cursor_up()


class ActorFilter(Input):
    """Filter-as-you-type; Down or Enter moves into the list, Escape clears."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "into_list", "List", show=False),
        Binding("escape", "clear_or_leave", "Clear", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Filter actors…", id=id, compact=True)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Typing ``/`` goes into the filter, so the footer must not offer ``/`` for search.

        Textual cannot name the character of the key ``slash`` and would leave that hint up.
        """
        return super().check_consume_key(key, character or TYPED_KEYS.get(key))

    def action_into_list(self) -> None:
        if self.parent is not None:
            self.parent.query_one(ActorList).focus()

    def action_clear_or_leave(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.action_into_list()


class ActorPane(Vertical):
    """Holds every actor; shows those matching the filter text."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._actors: list[tuple[Actor, str]] = []

    def compose(self) -> ComposeResult:
        yield ActorFilter(id="actor-filter")
        yield ActorList(id="actor-list")

    @property
    def actor_list(self) -> ActorList:
        return self.query_one(ActorList)

    def set_actors(self, actors: Sequence[Actor]) -> None:
        self._actors = [(a, match_key(a)) for a in actors]
        self._apply_filter()

    @on(Input.Changed, "#actor-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._apply_filter(from_filter=True)

    @on(Input.Submitted, "#actor-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.actor_list.focus()

    def _apply_filter(self, from_filter: bool = False) -> None:
        """Show the matching actors. A new filter text keeps the highlighted actor when it
        still matches and otherwise starts at the best (first) match, not at a stale row."""
        needle = fold(self.query_one(ActorFilter).value.strip())
        shown = (
            [a for a, key in self._actors if needle in key]
            if needle
            else [a for a, _ in self._actors]
        )
        keep = self.actor_list.highlighted_id
        if from_filter and shown and keep not in {a.id for a in shown}:
            keep = shown[0].id
        self.actor_list.replace(((a.id, a) for a in shown), keep)
        self.border_subtitle = (
            f"{len(shown)} of {len(self._actors)}" if needle else f"{len(self._actors)}"
        )
