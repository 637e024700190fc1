"""An OptionList of records with vim keys that keeps its place: for short lists whose rows wrap.

Used for the agreements of one article or actor (a few rows of varying height). Long lists
(articles, actors) use ``VirtualList``, which never measures rows it does not show. Options
are identified by the record id, so a refresh after a reload keeps the highlighted record
(not the row number) under the cursor. Prompts are always ``rich.text.Text`` built by
``tui.safe``: nothing from the store is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

# Vim keys for an OptionList, kept out of the footer (the arrows and Home/End show there).
VIM_LIST_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "First", show=False),
    Binding("G", "last", "Last", show=False),
]


class RecordList(OptionList):
    """An OptionList of records keyed by id, with j/k/g/G and a stable highlight."""

    BINDINGS: ClassVar[list[BindingType]] = [*VIM_LIST_KEYS]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False, compact=True)

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def replace(self, items: Iterable[tuple[str, Text]], keep: str | None = None) -> None:
        """Show ``(id, prompt)`` rows; highlight ``keep`` (default: the current row's id)."""
        keep = keep if keep is not None else self.highlighted_id
        old_index = self.highlighted
        self.set_options(Option(prompt, id=key) for key, prompt in items)
        if not self.option_count:
            return
        if keep is not None:
            try:
                self.highlighted = self.get_option_index(keep)
                return
            except Exception:  # the record left the store
                pass
        self.highlighted = min(old_index or 0, self.option_count - 1)

    def select_id(self, key: str) -> bool:
        """Move the highlight to the row for ``key``; False when it is not listed."""
        try:
            self.highlighted = self.get_option_index(key)
        except Exception:
            return False
        return True
