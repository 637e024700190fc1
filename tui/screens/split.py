"""Choose what of a record goes to a new one: the articles whose mentions move to it.

Splitting an actor or agreement that extraction joined wrongly ("Kim" the minister and
"Kim" the general) means saying which articles speak of the other one. Each line is an
article (its title and the mentions it holds, plain ``Text``); space marks it, Enter splits
the marked ones off (at least one, and not all), Escape cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.selection_list import Selection

from tui.widgets.footer import Footer
from tui.widgets.labels import clean


class SplitList(SelectionList[str]):
    """The articles, space marking one; j/k move."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def render_line(self, y: int) -> Strip:
        """An unmarked article's box is empty: Textual draws an X in both states and tells them
        apart by colour alone, so without colour every article looked marked."""
        strip = super().render_line(y)
        index = self.scroll_offset.y + y
        if index >= self.option_count or self.get_option_at_index(index).value in self.selected:
            return strip
        segments = list(strip)
        if len(segments) > 1 and segments[1].text == ToggleButton.BUTTON_INNER:
            segments[1] = Segment(" ", segments[1].style)
            return Strip(segments, strip.cell_length)
        return strip

    def action_select(self) -> None:
        """Space marks or unmarks the highlighted article at once. (SelectionList's own
        toggle waits for a message, and an Enter typed right after it split before the mark.)"""
        if self.option_count:  # typed ahead of the first highlight: the first line
            self.toggle(self.get_option_at_index(self.highlighted or 0).value)


class SplitScreen(ModalScreen[list[str] | None]):
    """Mark the articles (``(id, label)``) that go to the new record."""

    CSS_PATH = "dialog.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "done", "Split off", priority=True),
        Binding("space", "mark", "Mark", show=False),  # typed before the list had the focus
    ]

    def __init__(self, title: str, articles: Sequence[tuple[str, Text | str]], about: Text | str = "") -> None:
        super().__init__()
        self._title = title
        self._articles = [(a, t if isinstance(t, Text) else Text(clean(t))) for a, t in articles]
        self._about = about if isinstance(about, Text) else Text(clean(about))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = self._title
            box.border_subtitle = "space: mark, Enter: split off, Esc: cancel"
            if self._about.plain:
                yield Static(self._about, classes="dialog-about", markup=False)
            yield SplitList(
                *(Selection(label, key) for key, label in self._articles),
                id="split-list",
                compact=True,
            )
            yield Static("", classes="dialog-error", id="split-error", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        articles = self.query_one(SplitList)
        articles.highlighted = 0  # space marks the first line at once
        articles.focus()

    def action_mark(self) -> None:
        self.query_one(SplitList).action_select()

    def action_done(self) -> None:
        chosen = list(self.query_one(SplitList).selected)
        if not chosen or len(chosen) == len(self._articles):
            self.query_one("#split-error", Static).update(
                Text("Mark some articles with space, not all of them.")
            )
            return
        self.dismiss(chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)
