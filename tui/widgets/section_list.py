"""A keyboard list for the entity views: an `OptionList` that never parses markup, with vim keys.

Each entity view (actor, agreement) is a column of these, one per section, Tab moving
between them. Options carry an id the owning screen maps back to what Enter opens.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.glyphs import glyphs
from tui.widgets.lists import VIM_LIST_KEYS


class SectionList(OptionList):
    """One titled section of an entity view; Enter posts `OptionList.OptionSelected`."""

    BINDINGS: ClassVar[list[BindingType]] = [*VIM_LIST_KEYS, Binding("enter", "select", "Open")]

    def __init__(
        self, title: str, *, empty: str = "none", hide_empty: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id, markup=False)
        self.title = title
        self.border_title = title
        self._empty = empty
        self._hide_empty = hide_empty

    def fill(self, options: list[Option], more: int = 0) -> None:
        """Replace the options; the title counts them, `more` says how many were left out,
        and an empty section shows one disabled 'none' line (or hides, with `hide_empty`)."""
        self.clear_options()
        self.display = bool(options) or not self._hide_empty
        total = sum(1 for o in options if not o.disabled) + more
        self.border_title = f"{self.title} ({total})" if total else self.title
        if options:
            self.add_options(options)
            if more:
                self.add_option(Option(Text(f"{glyphs().ellipsis} and {more} more", style="italic"), disabled=True))
            self.action_first()
        else:
            self.add_option(Option(Text(self._empty, style="italic"), disabled=True))

    @property
    def selected_id(self) -> str | None:
        """The id of the highlighted option, if it is a real (enabled) one."""
        option = self.highlighted_option
        if option is None or option.disabled:
            return None
        return option.id
