"""A list with a filter line above it: typing on the list (or ``f``) opens the filter.

The filter line is hidden until it is wanted. A printable key the list and the screen do not
bind (say ``w``) opens it with that letter typed; ``f`` opens it empty. Esc clears it and goes
back to the list, Enter and Down go back keeping it. What the filter searches is each
record's folded match key (``match_key``), so "sao" finds "São Tomé".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input

from store.text import fold
from tui.glyphs import glyphs
from tui.widgets.line_input import LineInput
from tui.widgets.virtual_list import VirtualList


class Record(Protocol):
    """What a filtered list holds: a record with an id (an article, an actor)."""

    id: str


R = TypeVar("R", bound=Record)

PANE_KEYS = frozenset({"1", "2", "3", "4"})
"""The main screen's pane keys: a filter line lets them through."""
TYPED_KEYS = {"slash": "/"}
"""Printable keys whose character Textual's key_to_character does not find."""


class ListFilter(LineInput):
    """The filter line: Esc clears and leaves, Enter or Down goes to the list keeping it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,enter", "into_list", "List", show=False),
        Binding("escape", "clear_and_leave", "Clear"),
    ]

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        placeholder = placeholder.replace("…", glyphs().ellipsis)  # a console font has no …
        super().__init__(placeholder=placeholder, id=id, compact=True, select_on_focus=False)

    def check_consume_key(self, key: str, character: str | None) -> bool:
        """Typing ``/`` goes into the filter, so the footer must not offer ``/`` for search.

        Textual cannot name the character of the key ``slash`` and would leave that hint up.
        """
        if key in PANE_KEYS:
            return False  # 1-4 move to a pane, even from here (they are never typed)
        return super().check_consume_key(key, character or TYPED_KEYS.get(key))

    def action_into_list(self) -> None:
        pane = self.parent
        if isinstance(pane, FilterPane):
            pane.list.focus()

    def action_clear_and_leave(self) -> None:
        self.value = ""
        self.action_into_list()


class FilterPane(Vertical, Generic[R]):
    """Holds every record; its list shows those whose match key holds the filter text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "open_filter", "Filter"),
    ]

    placeholder: ClassVar[str] = "Filter…"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._records: list[R] = []
        self._keys: list[str] | None = None
        """The records' match keys, made when a filter is first typed (50k of them take a
        noticeable moment, which the lists need not wait for)."""
        self.opening_filter = False
        """Set from opening the filter line until it has the focus (see ``VirtualList``)."""

    # --- what subclasses say ---------------------------------------------------------------

    def make_list(self) -> VirtualList:
        """The list widget (built once, in ``compose``)."""
        raise NotImplementedError

    def match_key(self, record: R) -> str:
        """What the filter searches in ``record``: folded text, one field per line."""
        raise NotImplementedError

    def rows(self, shown: list[R]) -> list[tuple[str, Any]]:
        """The list's ``(id, row)`` pairs for the matching records (subclasses may group)."""
        return [(r.id, r) for r in shown]

    # --- composing and filling ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        box = ListFilter(self.placeholder, id=f"{self.id}-filter" if self.id else None)
        box.display = False
        yield box
        yield self.make_list()

    @property
    def filter_input(self) -> ListFilter:
        return self.query_one(ListFilter)

    @property
    def list(self) -> VirtualList:
        return self.query_one(VirtualList)

    @property
    def filter_text(self) -> str:
        return self.filter_input.value

    @property
    def record_count(self) -> int:
        """How many records the pane holds (matching the filter or not)."""
        return len(self._records)

    def set_records(self, records: Sequence[R], keep: str | None = None) -> None:
        self._records = list(records)
        self._keys = None
        self.apply_filter(keep=keep)

    def set_prepared(
        self, records: list[R], rows: list[tuple[str, Any]], keep: str | None = None
    ) -> None:
        """Like ``set_records`` with the unfiltered rows made beforehand (off the UI thread,
        for a large store); they are shown while no filter is set."""
        self._records = records
        self._keys = None
        if self.filter_text.strip():
            self.apply_filter(keep=keep)
            return
        self.list.replace(rows, keep)
        self.update_subtitle()

    def matching(self) -> list[R]:
        needle = fold(self.filter_text.strip())
        if not needle:
            return list(self._records)
        if self._keys is None:
            self._keys = [self.match_key(r) for r in self._records]
        return [r for r, key in zip(self._records, self._keys, strict=True) if needle in key]

    def apply_filter(self, keep: str | None = None, from_filter: bool = False) -> None:
        """Show the matching records. A new filter text keeps the highlighted record when it
        still matches and otherwise starts at the best (first) match, not at a stale row."""
        rows = self.rows(self.matching())
        keep = keep if keep is not None else self.list.highlighted_id
        if from_filter and rows and keep not in {key for key, _ in rows}:
            keep = rows[0][0]
        self.list.replace(rows, keep)
        self.update_subtitle()

    def update_subtitle(self) -> None:
        """Say what is shown in the pane's subtitle (the count, a sort order)."""
        shown = self.list.option_count
        total = len(self._records)
        text = f"{shown} of {total}" if self.filter_text.strip() else str(total)
        parent = self.parent
        if parent is not None and parent.has_class("pane"):
            parent.border_subtitle = text

    # --- opening and leaving the filter -----------------------------------------------------

    def action_open_filter(self, typed: str = "") -> None:
        box = self.filter_input
        box.display = True
        if typed:
            box.insert_text_at_cursor(typed)
        if not box.has_focus:
            self.opening_filter = True
            box.focus()

    @on(events.DescendantFocus)
    def _filter_focused(self, event: events.DescendantFocus) -> None:
        if event.widget is self.filter_input:
            self.opening_filter = False

    @on(events.DescendantBlur)
    def _maybe_hide(self, event: events.DescendantBlur) -> None:
        """An empty filter line closes when the focus leaves it."""
        if event.widget is self.filter_input and not self.filter_text:
            self.filter_input.display = False

    @on(VirtualList.Typed)
    def _typed_on_list(self, event: VirtualList.Typed) -> None:
        event.stop()
        self.action_open_filter(event.character)

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.apply_filter(from_filter=True)

    @on(Input.Submitted)
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.list.focus()
