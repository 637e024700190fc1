"""The Actors pane: every actor mentioned in at least one article, with its kind and count."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from store.records import Actor
from store.text import fold
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


def actor_prompt(actor: Actor, width: int = 0) -> Text:
    """One line: name, then kind and the number of articles mentioning the actor.

    Given the ``width`` of the list, a long name is shortened rather than the kind and
    count, which would otherwise be the part cut off.
    """
    count = len(actor.articles)
    name = one_line(actor.name)
    facts = f"  {kind_label(actor.kind)} {glyphs().dot} {count}"
    room = width - len(facts)
    if width and len(name) > room >= MIN_NAME:
        name = name[: room - 1].rstrip() + glyphs().ellipsis
    return line_text((name, ""), (facts, "italic"))


def match_key(actor: Actor) -> str:
    """What the filter searches: folded name, aliases and code, one per line."""
    names = [actor.name, *actor.aliases, actor.code or ""]
    return "\n".join(fold(one_line(n)) for n in names if n)


def mentioned(actors: Sequence[Actor]) -> list[Actor]:
    """The actors some article mentions: one named only by a gazetteer or a link is not
    listed (it would open onto empty sections)."""
    return [a for a in actors if any(a.articles.values())]


class ActorList(VirtualList):
    """The actors that match the filter; Enter opens one."""

    def prompt(self, record: Actor) -> Text:
        return actor_prompt(record, self.scrollable_content_region.width)


class ActorPane(FilterPane[Actor]):
    """Holds every mentioned actor; shows those matching the filter text."""

    placeholder = "Filter actors…"

    def make_list(self) -> VirtualList:
        return ActorList(id="actor-list")

    def match_key(self, record: Actor) -> str:
        return match_key(record)

    @property
    def actor_list(self) -> ActorList:
        return self.query_one(ActorList)

    def set_actors(self, actors: Sequence[Actor]) -> None:
        self.set_records(mentioned(actors))
