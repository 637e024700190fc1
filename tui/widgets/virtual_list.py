"""A line-based list for thousands of records: only the visible rows are ever rendered.

``OptionList`` measures every option up front (about 0.3 ms each), which is seconds for a
store of 10k articles. ``VirtualList`` keeps just ``(id, record)`` pairs, gives every row the
same height, and builds a row's ``Text`` (through the ``prompt`` hook) when it scrolls into
view, so filling or refreshing the list costs one pass over plain Python tuples.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.glyphs import glyphs

OPENS_TEXT = frozenset({"open_filter", "screen.filter"})
"""Actions of keys that open a text field the next letters are typed into."""


class VirtualList(ScrollView, can_focus=True):
    """Rows of ``row_height`` lines, one per record, keyed by the record's id."""

    row_height: ClassVar[int] = 1

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Open", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"virtual-list--cursor", "virtual-list--cursor-blurred"}


    highlighted: reactive[int | None] = reactive(None, always_update=True, repaint=False)
    """The cursor's row; moving it redraws the two rows it left and reached, not the list."""

    class RowMessage(Message):
        """About one row: the list, the record id and the row index."""

        def __init__(self, source: VirtualList, key: str, index: int) -> None:
            super().__init__()
            self.source = source
            self.key = key
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.source

    class Highlighted(RowMessage):
        """The cursor moved to another row."""

    class Selected(RowMessage):
        """Enter (or a click on the highlighted row) chose a row."""

    class Typed(Message):
        """A printable key nothing binds was typed on the list: a filter may take it."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._keys: list[str] = []
        self._records: list[Any] = []
        self._positions: dict[str, int] | None = {}
        """Each row's index by id, made at the first look after a ``replace`` (50,000 rows
        took tens of milliseconds the lists' first showing need not wait for)."""
        self._prompts: LRUCache[str, Text] = LRUCache(512)
        self._typed = False  # a letter was handed on as ``Typed``; the focus has not moved yet

    # --- data ----------------------------------------------------------------------------

    def prompt(self, record: Any) -> Text:
        """The row's text (lines beyond ``row_height`` are dropped); override in subclasses."""
        return Text(str(record))

    @property
    def option_count(self) -> int:
        return len(self._keys)

    @property
    def ids(self) -> list[str]:
        return list(self._keys)

    @property
    def highlighted_id(self) -> str | None:
        index = self.highlighted
        return self._keys[index] if index is not None and index < len(self._keys) else None

    @property
    def positions(self) -> dict[str, int]:
        """Each row's index by id."""
        if self._positions is None:
            self._positions = dict(zip(self._keys, range(len(self._keys)), strict=True))
        return self._positions

    def record(self, key: str) -> Any:
        return self._records[self.positions[key]]

    @property
    def highlighted_record(self) -> Any:
        """The highlighted row's record, or None (found by index: no look by id)."""
        index = self.highlighted
        return self._records[index] if index is not None and index < len(self._records) else None

    def prompt_of(self, key: str) -> Text:
        return self._prompt(self.positions[key])

    def replace(self, items: Iterable[tuple[str, Any]], keep: str | None = None) -> None:
        """Show ``(id, record)`` rows; keep ``keep`` (default: the current row's id) highlighted."""
        keep = keep if keep is not None else self.highlighted_id
        old = self.highlighted
        pairs = list(items)
        self._keys = [key for key, _ in pairs]
        self._records = [record for _, record in pairs]
        self._positions = None
        self._prompts.clear()
        self._update_virtual_size()
        if not self._keys:
            self.highlighted = None
        elif keep is not None and keep in self.positions:
            self.highlighted = self.positions[keep]
        else:
            self.highlighted = min(old or 0, len(self._keys) - 1)
        self.refresh()

    def redraw_rows(self) -> None:
        """Build every row's text again (what a row shows changed, not the rows)."""
        self._prompts.clear()
        self.refresh()

    def select_id(self, key: str) -> bool:
        """Move the cursor to ``key``'s row; False when it is not listed."""
        index = self.positions.get(key)
        if index is None:
            return False
        self.highlighted = index
        return True

    # --- cursor --------------------------------------------------------------------------

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self._keys:
            return None
        return max(0, min(value, len(self._keys) - 1))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "select":
            return True if self.highlighted is not None else None
        return True

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if (old is None) != (new is None):
            self.refresh_bindings()
        if new is not None:
            self._scroll_row_into_view(new)  # a scroll redraws what it shows
            self.post_message(self.Highlighted(self, self._keys[new], new))
        self._refresh_row(old)  # only the rows the cursor left and reached change
        self._refresh_row(new)

    def _refresh_row(self, index: int | None) -> None:
        if index is not None:
            self.refresh_lines(index * self.row_height, self.row_height)

    def _update_virtual_size(self) -> None:
        """Rows times height, padded so the list can scroll by whole rows to its end."""
        lines = len(self._keys) * self.row_height
        height = self.scrollable_content_region.height
        if lines > height > 0:
            lines += (-height) % self.row_height
        self.virtual_size = Size(self.size.width, lines)

    def scroll_cursor_into_view(self) -> None:
        """Scroll the least that shows the cursor's row (after the list was resized)."""
        if self.highlighted is not None:
            self._scroll_row_into_view(self.highlighted)

    def _scroll_row_into_view(self, index: int) -> None:
        """Scroll the least that shows the whole row, keeping the top on a row boundary."""
        rh = self.row_height
        height = max(rh, self.scrollable_content_region.height)
        top, y = index * rh, self.scroll_offset.y
        if top < y:
            y = top
        elif top + rh > y + height:
            y = -(-(top + rh - height) // rh) * rh
        else:
            return
        # forced: a list just refilled (a filter cleared) has no scroll bar laid out yet, and
        # Textual would ignore the scroll, leaving the kept row out of sight
        self.scroll_to(y=y, animate=False, immediate=True, force=True)

    def _move(self, delta: int) -> None:
        if self._keys:
            self.highlighted = (
                (self.highlighted or 0) + delta if self.highlighted is not None else 0
            )

    def action_cursor_down(self) -> None:
        self._move(+1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = len(self._keys) - 1

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height // self.row_height))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height // self.row_height))

    def action_select(self) -> None:
        key = self.highlighted_id
        if key is not None and self.highlighted is not None:
            self.post_message(self.Selected(self, key, self.highlighted))

    async def _on_click(self, event: events.Click) -> None:
        index = (event.y + self.scroll_offset.y) // self.row_height
        if 0 <= index < len(self._keys):
            if index == self.highlighted:
                self.action_select()
            self.highlighted = index

    def on_key(self, event: events.Key) -> None:
        """A printable key that no binding of the list, its screen or the app takes is the
        start of a filter (posted as ``Typed``); bound keys (j, k, q, 1-4...) keep their job."""
        if event.key == "enter" and self.highlighted is not None:
            # chosen here, as typed: left to the binding, it would be resolved only once the
            # key came back up to the app, against whatever a key typed after it (4) focused
            event.stop()
            event.prevent_default()
            self.action_select()
            return
        character = event.character
        if not event.is_printable or character is None or character.isspace():
            return
        active = self.screen.active_bindings.get(event.key)
        if active is not None and not self.typing_elsewhere():
            if active.binding.action in OPENS_TEXT:
                self._typing_now()  # the letters after ``f`` are the filter's
            return
        event.stop()
        event.prevent_default()
        self._typing_now()
        self.post_message(self.Typed(character))

    def _typing_now(self) -> None:
        """Take the keys already waiting (typed in the same read) as text, until the focus
        moves or they have been handled, whichever comes first."""
        if not self._typed:
            self._typed = True
            self.call_later(setattr, self, "_typed", False)

    def typing_elsewhere(self) -> bool:
        """Whether a text field this list opened is about to take the focus: until it has
        it, the keys typed after the first (all in one read over a slow link) are its text,
        not moves of the list (``j`` in "c:jap")."""
        return self._typed or bool(getattr(self.parent, "opening_filter", False))

    def on_focus(self) -> None:
        self._typed = False
        self._refresh_row(self.highlighted)  # the cursor row's style follows the focus

    def on_blur(self) -> None:
        self._typed = False
        self._refresh_row(self.highlighted)

    def on_resize(self) -> None:
        self._prompts.clear()  # a prompt may be fitted to the width (see ``prompt``)
        self._update_virtual_size()

    # --- rendering -------------------------------------------------------------------------

    def _prompt(self, index: int) -> Text:
        key = self._keys[index]
        text = self._prompts.get(key)
        if text is None:
            text = self.prompt(self._records[index])
            self._prompts[key] = text
        return text

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        line_no = self.scroll_offset.y + y
        index, offset = divmod(line_no, self.row_height)
        if index >= len(self._keys):
            return Strip.blank(width, base)
        lines = self._prompt(index).split("\n", allow_blank=True)
        line = lines[offset].copy() if offset < len(lines) else Text("")
        line.truncate(width, overflow="crop" if glyphs().ascii else "ellipsis", pad=True)
        style = base
        if index == self.highlighted:
            name = "virtual-list--cursor" if self.has_focus else "virtual-list--cursor-blurred"
            style = self.get_component_rich_style(name)
        segments = [
            Segment(s.text, style + s.style if s.style else style)
            for s in line.render(self.app.console)
        ]
        return Strip(segments, width).apply_offsets(0, line_no)
