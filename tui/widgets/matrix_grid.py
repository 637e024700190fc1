"""The matrix grid: a header line, a frozen label column, and only the visible cells drawn.

The grid keeps a cursor (row, column) and a window (first row, first column) and draws each
screen line from the ``Matrix`` on demand, so a 500 x 500 matrix costs what a screenful does.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from tui.glyphs import glyphs
from tui.matrix_model import Matrix

CELL_WIDTH = 12
LABEL_MIN, LABEL_MAX = 14, 30


def _cut(text: str, width: int) -> str:
    if len(text) <= width:
        return text.ljust(width)
    return text[: width - 1] + glyphs().ellipsis


class MatrixGrid(Widget, can_focus=True):
    """Rows by columns of a ``Matrix``; Enter posts ``Chosen`` for the cell under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1,0)", "Down", show=False),
        Binding("up,k", "move(-1,0)", "Up", show=False),
        Binding("right,l", "move(0,1)", "Right", show=False),
        Binding("left,h", "move(0,-1)", "Left", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "choose", "Open"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "matrix-grid--header",
        "matrix-grid--label",
        "matrix-grid--cursor",
        "matrix-grid--empty",
    }

    cursor: reactive[tuple[int, int]] = reactive((0, 0), always_update=True)

    class Chosen(Message):
        """Enter on a cell: the row and column ids (in the matrix's current orientation)."""

        def __init__(self, row: str, col: str) -> None:
            super().__init__()
            self.row = row
            self.col = col

    class Moved(Message):
        """The cursor moved: the screen says where it is."""

    def __init__(self, matrix: Matrix, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.matrix = matrix
        self.top = 0
        self.left = 0
        self._label_width: tuple[object, int] = (None, LABEL_MIN)
        self._styles: dict[str, Style] = {}

    # --- geometry ----------------------------------------------------------------------------

    @property
    def label_width(self) -> int:
        """The label column's width: the longest of the first rows' names, within bounds
        (kept for the rows and width it was measured for: every line drawn asks for it)."""
        rows, width = self.matrix.rows, self.size.width
        key = (id(rows), len(rows), width, self.matrix.flipped)
        if self._label_width[0] != key:
            names = self.matrix.row_axis.names
            longest = max((len(names[r]) for r in rows[:200]), default=LABEL_MIN)
            self._label_width = (key, max(LABEL_MIN, min(LABEL_MAX, longest + 1, width // 3)))
        return self._label_width[1]

    @property
    def visible_rows(self) -> int:
        return max(1, self.size.height - 1)

    @property
    def visible_cols(self) -> int:
        return max(1, (self.size.width - self.label_width) // CELL_WIDTH)

    def reset(self) -> None:
        """The matrix was filtered, sorted or flipped: back to the first cell."""
        self.top = self.left = 0
        self.cursor = (0, 0)

    def validate_cursor(self, value: tuple[int, int]) -> tuple[int, int]:
        row, col = value
        row = max(0, min(row, len(self.matrix.rows) - 1))
        col = max(0, min(col, len(self.matrix.cols) - 1))
        return (row, col)

    def watch_cursor(self, cursor: tuple[int, int]) -> None:
        row, col = cursor
        if row < self.top:
            self.top = row
        elif row >= self.top + self.visible_rows:
            self.top = row - self.visible_rows + 1
        if col < self.left:
            self.left = col
        elif col >= self.left + self.visible_cols:
            self.left = col - self.visible_cols + 1
        self.post_message(self.Moved())
        self.refresh()

    def current(self) -> tuple[str, str] | None:
        """The (row id, column id) under the cursor, or None for an empty matrix."""
        row, col = self.cursor
        if not self.matrix.rows or not self.matrix.cols:
            return None
        return self.matrix.rows[row], self.matrix.cols[col]

    # --- actions -----------------------------------------------------------------------------

    def action_move(self, rows: int, cols: int) -> None:
        row, col = self.cursor
        self.cursor = (row + rows, col + cols)

    def action_page(self, step: int) -> None:
        self.action_move(step * self.visible_rows, 0)

    def action_first(self) -> None:
        self.cursor = (0, self.cursor[1])

    def action_last(self) -> None:
        self.cursor = (len(self.matrix.rows) - 1, self.cursor[1])

    def action_choose(self) -> None:
        here = self.current()
        if here is not None:
            self.post_message(self.Chosen(*here))

    def on_resize(self) -> None:
        self.cursor = self.cursor  # keep the cursor inside the new window

    # --- drawing -----------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """A component's style, looked up once per change of styles (not once per cell)."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name)
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        matrix = self.matrix
        label_width = self.label_width
        cols = matrix.cols[self.left : self.left + self.visible_cols]
        base = self.rich_style
        if y == 0:
            head = self._style("matrix-grid--header")
            corner = "" if matrix.rows else "nothing to show"
            segments = [Segment(_cut(corner, label_width), head)]
            names = matrix.col_axis.names
            for n, col in enumerate(cols):
                style = head + self._style("matrix-grid--cursor") if (
                    self.left + n == self.cursor[1]
                ) else head
                segments.append(Segment(_cut(" " + names[col], CELL_WIDTH), style))
            return Strip(segments).extend_cell_length(width, base).crop(0, width)
        index = self.top + y - 1
        if index >= len(matrix.rows):
            return Strip.blank(width, base)
        row = matrix.rows[index]
        label_style = self._style("matrix-grid--label")
        if index == self.cursor[0]:
            label_style += self._style("matrix-grid--cursor")
        segments = [Segment(_cut(matrix.row_axis.names[row], label_width), label_style)]
        for n, col in enumerate(cols):
            cell = matrix.cell(row, col)
            text = " " + (cell.status if cell else glyphs().dot)
            style = base if cell else self._style("matrix-grid--empty")
            if index == self.cursor[0] and self.left + n == self.cursor[1]:
                style = style + self._style("matrix-grid--cursor")
            segments.append(Segment(_cut(text, CELL_WIDTH), style))
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def describe(self) -> Text:
        """The cell under the cursor in words, for the line under the grid."""
        here = self.current()
        if here is None:
            return Text("No country is a party to a stored agreement (or none matches).")
        row, col = here
        matrix = self.matrix
        row_name, col_name = matrix.row_axis.names[row], matrix.col_axis.names[col]
        cell = matrix.cell(row, col)
        sep = f" {glyphs().dot} "
        if cell is None:
            return Text(f"{row_name}{sep}{col_name}{sep}not a party", end="")
        return Text(f"{row_name}{sep}{col_name}{sep}{cell.status}", end="")
