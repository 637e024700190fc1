"""The help's rows as data and as text: sections, filtering them, one or two columns, plain lines.

Kept apart from the help screen so the screen module holds the widgets and what gathers the keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Group
from rich.table import Table
from rich.text import Text

from store.text import fold

KEY_WIDTH = 9
TWO_COLUMNS = 70
"""From this width the help is set in two columns (it fits two screens at 80x24)."""


@dataclass
class Section:
    """One group of keys: a title and (keys, description) rows."""

    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)


def filter_sections(sections: list[Section], query: str) -> list[Section]:
    """The rows whose keys, description or section title hold ``query`` (folded)."""
    needle = fold(query.strip())
    if not needle:
        return sections
    out = []
    for section in sections:
        if needle in fold(section.title):
            out.append(section)
            continue
        rows = [r for r in section.rows if needle in fold(r[0]) or needle in fold(r[1])]
        if rows:
            out.append(Section(section.title, rows))
    return out


def _section_table(section: Section) -> Group:
    table = Table.grid(padding=(0, 1))
    # a key list wider than the column wraps between keys ('esc q ? f1' over two lines), never
    # cut inside one (a cut 'f1' read as the key 'f')
    table.add_column(width=KEY_WIDTH, overflow="fold", style="bold")
    table.add_column(ratio=1)
    for keys, description in section.rows:
        table.add_row(Text(keys), Text(description))
    return Group(Text(section.title, style="bold underline"), table)


def render_sections(sections: list[Section], width: int = 0) -> Group | Table:
    """A bold heading per section over a key column and a description column (wrapped lines
    stay indented under the description); two columns of sections from ``TWO_COLUMNS`` wide."""
    if not sections:
        return Group(Text("No key matches.", style="italic"))
    if width < TWO_COLUMNS or len(sections) < 2:
        return Group(*(_section_table(section) for section in sections))
    sizes = [len(section.rows) + 1 for section in sections]
    half, running, split = sum(sizes) / 2, 0, len(sections)
    for index, size in enumerate(sizes):
        if running + size / 2 > half:
            split = max(1, index)
            break
        running += size
    grid = Table.grid(padding=(0, 2), expand=True)
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    grid.add_row(
        Group(*(_section_table(s) for s in sections[:split])),
        Group(*(_section_table(s) for s in sections[split:])),
    )
    return grid


def plain_text(sections: list[Section]) -> str:
    """The help as plain lines (what a test or a reader searching it looks at)."""
    lines = []
    for section in sections:
        lines.append(section.title)
        lines.extend(f"  {keys:<{KEY_WIDTH}} {description}" for keys, description in section.rows)
    return "\n".join(lines)
