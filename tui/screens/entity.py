"""What the entity views (actor, agreement) and the search screen share: labels and manners.

Small helpers: how a kind or a status reads, an article's date, the app's store lock (reads
must not interleave with a reload), and how Escape leaves a view; and `EntityScreen`, the
plumbing both entity views share (loading under the lock, following a reloaded store).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, ClassVar, cast

from textual.app import App
from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer
from textual.css.query import NoMatches
from textual.geometry import Region
from textual.screen import Screen

from tui.commands import screen_bindings
from tui.explorer import Explorer, explorer
from tui.fix_keys import Fixable, view_bindings
from tui.glyphs import glyphs
from tui.widgets.labels import clean
from tui.widgets.section_list import SectionList

KIND_LABELS: dict[str, str] = {
    "person": "person",
    "country": "country",
    "organization": "organisation",
}
SECTION_LIMIT = 200
"""The most lines one section lists (a country can be in thousands of articles)."""
FOLLOW_SECONDS = 1.0
"""How often an open view checks whether the store was reloaded under it."""
QUIET_BACK = Binding("left_square_bracket,alt+left", "app.history_back", "Back", show=False)
"""`[` still steps back in an entity view, but the footer shows only `esc Back` there."""


def status_label(status: str | None) -> str:
    """A status as words: ``in_force`` -> ``in force``."""
    return (status or "").replace("_", " ")


def article_date(meta: Any) -> str:
    """The article's publication date (YYYY-MM-DD) or ''."""
    published = getattr(meta, "published", None)
    return clean(published)[:10] if published else ""


def store_lock(app: App[Any]) -> AbstractContextManager[Any]:
    """The app's store lock: reads must not interleave with a reload."""
    return cast(Explorer, app).store_lock


def leave(screen: Screen[Any]) -> None:
    """Escape from an entity view: back to the view it came from, or to the main screen as a
    step of history of its own (as in a browser, ``[`` then reopens the view just closed)."""
    explorer(screen).leave_view()


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + glyphs().ellipsis


class EntityScreen(Fixable, Screen[None]):
    """A view of one store record in sections: loads it under the store lock, re-reads it when
    the store is reloaded (keeping the place and focus in each section). Subclasses fill
    `load`. Its correction keys (``tui.fix_keys``) act on the record it shows."""

    CSS_PATH = "entity.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [*screen_bindings(), *view_bindings()]

    def __init__(self, table: str = "actor") -> None:
        super().__init__()
        self._generation: int | None = None
        self.fix_table = table
        """What the view shows and its correction keys correct: an actor or an agreement."""

    @property
    def _store(self) -> Any:
        return explorer(self).store

    @property
    def _width(self) -> int:
        """How many characters one line of a section holds (borders, padding, scrollbar off)."""
        return max(40, self.app.size.width - 6)

    def load(self) -> None:
        """(Re)read the record from the store and fill every section."""
        raise NotImplementedError

    def fix_record(self) -> str | None:
        """The record shown, while it is in the store."""
        if getattr(self, self.fix_table, None) is None:
            return None
        return str(getattr(self, f"{self.fix_table}_id"))

    def after_delete(self, result: Any) -> None:
        if self.is_current:  # the record is gone: back to where it was opened from
            leave(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix" and parameters:
            return self.check_fix(str(parameters[0]))
        return True

    def on_mount(self) -> None:
        try:
            with store_lock(self.app):
                self.load()
        except NoMatches:  # closed again before it was ever shown (keys typed ahead)
            return
        self.set_interval(FOLLOW_SECONDS, self._follow_store)

    def reveal_highlight(self) -> None:
        """Scroll the column of sections so the focused section's highlighted line shows.

        A section scrolls its own lines, but it may sit partly below the fold of the column
        (under the evidence panel, say), hiding the line the keys act on. Textual 8 keeps the
        line index of each option in ``_index_to_line``/``_heights``; without them, nothing
        moves.
        """
        section = self.focused
        column = section.parent if section is not None else None
        if not isinstance(section, SectionList) or not isinstance(column, ScrollableContainer):
            return
        index = section.highlighted
        line = getattr(section, "_index_to_line", {}).get(index)
        if index is None or line is None:
            return
        height = getattr(section, "_heights", {}).get(index, 1)
        y = section.virtual_region.y + section.gutter.top + line - section.scroll_offset.y
        column.scroll_to_region(Region(0, y, 1, height), animate=False, immediate=True, force=True)

    def store_changed(self) -> None:
        """The app swapped in a new store (a correction, an ingest): re-read at once."""
        self._follow_store()

    def _follow_store(self) -> None:
        """Re-read the record when the store was reloaded, keeping the place in each section."""
        if getattr(self._store, "generation", None) == self._generation:
            return
        focused = self.focused.id if self.focused is not None else None
        places = {s.id: s.highlighted for s in self.query(SectionList)}
        with store_lock(self.app):
            self.load()
        for section in self.query(SectionList):
            if places.get(section.id) is not None and section.option_count:
                section.highlighted = min(places[section.id], section.option_count - 1)
            if section.id == focused:
                section.focus()
