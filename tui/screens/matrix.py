"""The matrix view: countries against agreements, each cell the party's status in it.

``t`` flips the axes, ``s`` cycles the order (by name, by most cells), typing or ``f`` opens a
filter that takes the search prefixes (``c:`` countries, ``a:`` agreements, a plain word
either). Enter opens the agreement; ``o`` opens the article stating that the country is a
party, at that sentence.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.commands import screen_bindings
from tui.explorer import Explorer, explorer
from tui.glyphs import glyphs
from tui.matrix_model import SORTS, build_matrix
from tui.navigation import Location
from tui.screens.main import MainScreen
from tui.widgets.footer import Footer
from tui.widgets.line_input import LineInput
from tui.widgets.matrix_grid import MatrixGrid


class MatrixFilter(LineInput):
    """The filter line: Esc clears it and goes back to the grid."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Clear"),
        Binding("down,enter", "screen.focus_grid", "Grid", show=False),
    ]

    def action_leave(self) -> None:
        self.value = ""
        self.screen.query_one(MatrixGrid).focus()


class MatrixScreen(Screen[None]):
    """Countries x agreements from the whole store."""

    CSS_PATH = "matrix.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("left_square_bracket,alt+left", "app.history_back", "Back", show=False),
        Binding("t", "flip", "Flip"),
        Binding("s", "sort", "Sort"),
        Binding("f", "filter", "Filter"),
        Binding("o", "open_evidence", "Article"),
        *screen_bindings(),
    ]

    _opening_filter = False
    """Set from opening the filter until it has the focus (see ``on_key``)."""

    @property
    def pactscope(self) -> Explorer:
        return explorer(self)

    def compose(self) -> ComposeResult:
        store = self.pactscope.store
        main = self.app.screen_stack[0] if self.app.screen_stack else None
        if store is None:
            self.matrix = build_matrix([], [])
        elif isinstance(main, MainScreen):
            self.matrix = main.matrix_of(store)  # built ahead while the reader read
        else:
            self.matrix = build_matrix(store.countries(), store.each_agreement())
        box = MatrixFilter(  # compact: a bordered input has no room for its text in one row
            placeholder=f"c:country a:agreement or words{glyphs().ellipsis}",
            id="matrix-filter",
            select_on_focus=False,
            compact=True,
        )
        box.display = False
        yield Static(id="matrix-head")
        yield box
        yield MatrixGrid(self.matrix, id="matrix-grid")
        yield Static(id="matrix-cell")
        yield Footer(compact=True, show_command_palette=False)  # 80 columns: ^p is in help

    def on_mount(self) -> None:
        self.query_one(MatrixGrid).focus()
        self._describe()

    def _describe(self) -> None:
        matrix = self.matrix
        rows = "agreements" if matrix.flipped else "countries"
        cols = "countries" if matrix.flipped else "agreements"
        dot = glyphs().dot
        head = f"Matrix {dot} {len(matrix.rows)} {rows} x {len(matrix.cols)} {cols} {dot} "
        head += f"by {matrix.sort}"
        self.query_one("#matrix-head", Static).update(Text(head, style="bold", end=""))
        self.query_one("#matrix-cell", Static).update(self.query_one(MatrixGrid).describe())

    @on(MatrixGrid.Moved)
    def _moved(self, event: MatrixGrid.Moved) -> None:
        event.stop()
        self.query_one("#matrix-cell", Static).update(self.query_one(MatrixGrid).describe())

    def _reapply(self) -> None:
        self.matrix.apply(self.query_one(MatrixFilter).value)
        self.query_one(MatrixGrid).reset()
        self._describe()

    @on(Input.Changed, "#matrix-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._reapply()

    def on_key(self, event: events.Key) -> None:
        """A letter nothing binds, typed on the grid, starts the filter with it; until the
        filter has the focus, the letters after it are its text too (``j`` in "c:jap")."""
        if not isinstance(self.focused, MatrixGrid) or not event.is_printable:
            return
        if event.character is None or event.character.isspace():
            return
        active = self.active_bindings.get(event.key)
        if active is not None and not self._opening_filter:
            if active.binding.action == "filter":
                self._opening_filter = True  # the letters after ``f`` are the filter's
            return
        event.stop()
        event.prevent_default()
        self.action_filter()
        self.query_one(MatrixFilter).insert_text_at_cursor(event.character)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._opening_filter = False

    # --- actions ------------------------------------------------------------------------------

    def action_focus_grid(self) -> None:
        self.query_one(MatrixGrid).focus()

    def action_filter(self) -> None:
        box = self.query_one(MatrixFilter)
        box.display = True
        if not box.has_focus:
            self._opening_filter = True
            box.focus()

    def action_flip(self) -> None:
        self.matrix.flipped = not self.matrix.flipped
        self._reapply()

    def action_sort(self) -> None:
        self.matrix.sort = SORTS[(SORTS.index(self.matrix.sort) + 1) % len(SORTS)]
        self._reapply()

    def _agreement_and_cell(self) -> tuple[str, str] | None:
        here = self.query_one(MatrixGrid).current()
        if here is None:
            return None
        row, col = here
        return (row, col) if self.matrix.flipped else (col, row)  # (agreement, country)

    @on(MatrixGrid.Chosen)
    def _chosen(self, event: MatrixGrid.Chosen) -> None:
        event.stop()
        found = self._agreement_and_cell()
        if found is not None:
            self.pactscope.go(Location("agreement", found[0], party=found[1]))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_evidence":
            found = self._agreement_and_cell()
            if found is None:
                return False
            return True if self.matrix.evidence(found[1], found[0]) else None
        return True

    def action_open_evidence(self) -> None:
        found = self._agreement_and_cell()
        stated = self.matrix.evidence(found[1], found[0]) if found else None
        if stated is not None:
            self.pactscope.go(Location("article", *stated))

    def action_back(self) -> None:
        self.pactscope.leave_view()
