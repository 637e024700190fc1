"""The help screen: pactscope's own keys, grouped by where they apply, searchable with ``/``.

Built from the commands (``tui.commands``) and the `BINDINGS` of pactscope's own screens and
widgets, read from the classes so it stays true when a binding changes. Textual's internal
keys (editing a text line, selecting) are left out: they are the same in every Textual app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from store.text import fold
from tui.commands import ALL_COMMANDS, PaletteCommand
from tui.glyphs import glyphs
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen
from tui.screens.matrix import MatrixFilter, MatrixScreen
from tui.screens.search import HitList, QueryInput, SearchScreen
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList, ArticlePane
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import FilterPane, ListFilter
from tui.widgets.footer import Footer
from tui.widgets.matrix_grid import MatrixGrid
from tui.widgets.section_list import SectionList
from tui.widgets.virtual_list import VirtualList

KEY_WIDTH = 16


@dataclass
class Section:
    """One group of keys: a title and (keys, description) rows."""

    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)


def own_bindings(cls: type[DOMNode]) -> list[Binding]:
    """The bindings `cls` declares through its bases, Textual's own classes left out.

    A later class's bindings for a key replace an earlier class's, as Textual merges them;
    one class may hold two for a key (the first its `check_action` allows is the one used).
    """
    found: list[Binding] = []
    for base in reversed(cls.__mro__):
        if not (isinstance(base, type) and issubclass(base, DOMNode)):
            continue
        if base.__module__.startswith("textual."):
            continue
        declared: list[BindingType] = base.__dict__.get("BINDINGS", [])
        bindings = list(Binding.make_bindings(declared))
        keys = {binding.key for binding in bindings}
        found = [binding for binding in found if binding.key not in keys] + bindings
    return found


def rows_of(app: App[Any], bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """Rows for bindings: keys doing the same thing are joined (``↓ / j  Down``)."""
    grouped: dict[str, list[str]] = {}
    for binding in bindings:
        description = binding.tooltip or binding.description or binding.action.replace("_", " ")
        keys = grouped.setdefault(description, [])
        shown = app.get_key_display(binding)
        if shown not in keys:
            keys.append(shown)
    return [(" ".join(keys), description) for description, keys in grouped.items()]


def command_rows(app: App[Any], commands: Iterable[type[PaletteCommand]]) -> list[tuple[str, str]]:
    return [(command.keys(app).replace(" / ", " "), command.help) for command in commands]


def help_sections(app: App[Any]) -> list[Section]:
    """pactscope's keys, by where they apply."""
    everywhere = [c for c in ALL_COMMANDS if c.scope == "app"]
    main = [c for c in ALL_COMMANDS if c.scope == "main"]
    palette_only = [c for c in ALL_COMMANDS if c.scope == "palette" and not c.key]
    sections = [
        Section(
            "Everywhere",
            [
                *command_rows(app, everywhere),
                ("^p", "Command palette: every command by name"),
                ("^q", "Quit, even while typing in a text line"),
            ],
        ),
        Section(
            "Main screen",
            [("esc", "Back, where nothing else takes Esc"), *command_rows(app, main)],
        ),
        Section(
            "Every list",
            [
                *rows_of(app, own_bindings(VirtualList)),
                *rows_of(app, own_bindings(FilterPane)),
                ("a letter", "Starts the filter with that letter (one not bound here)"),
            ],
        ),
        Section("A filter line", rows_of(app, own_bindings(ListFilter))),
        Section(
            "Articles list",
            rows_of(app, [*own_bindings(ArticleList), *own_bindings(ArticlePane)])
            + [("", "Moving the cursor shows the article in the text pane")],
        ),
        Section("Actors list", [("", "Moving the cursor shows the actor's agreements")]),
        Section("Article text", rows_of(app, own_bindings(ArticleView))),
        Section("Agreements pane", rows_of(app, own_bindings(AgreementList))),
        Section(
            "Search",
            rows_of(
                app, [*own_bindings(QueryInput), *own_bindings(HitList), *own_bindings(SearchScreen)]
            )
            + [("p: c: o: a: t:", "Only persons, countries, organisations, agreements, text")],
        ),
        Section(
            "Actor and agreement views",
            rows_of(app, [*own_bindings(ActorScreen), *own_bindings(AgreementScreen)])
            + rows_of(app, own_bindings(SectionList)),
        ),
        Section(
            "Matrix",
            rows_of(app, [*own_bindings(MatrixScreen), *own_bindings(MatrixGrid)])
            + rows_of(app, own_bindings(MatrixFilter))
            + [("c: a:", "In the filter: only countries, only agreements")],
        ),
        Section("This help", rows_of(app, own_bindings(HelpScreen))),
    ]
    if palette_only:
        sections.append(Section("Palette only (^p)", command_rows(app, palette_only)))
    for section in sections:  # a key bound twice in one place (e.g. Esc) is listed once
        seen: set[tuple[str, str]] = set()
        section.rows = [r for r in section.rows if not (r in seen or seen.add(r))]
    return sections


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


def render_sections(sections: list[Section]) -> Group:
    """A bold heading per section, then a key column and a description column whose wrapped
    lines stay indented under the description."""
    parts: list[Any] = []
    for section in sections:
        parts.append(Text(section.title, style="bold underline", end=""))
        table = Table.grid(padding=(0, 1))
        table.add_column(width=KEY_WIDTH, no_wrap=True, style="bold")
        table.add_column(ratio=1)
        for keys, description in section.rows:
            table.add_row(Text(keys), Text(description))
        parts.append(table)
    if not sections:
        parts.append(Text("No key matches.", style="italic"))
    return Group(*parts)


def plain_text(sections: list[Section]) -> str:
    """The help as plain lines (what a test or a reader searching it looks at)."""
    lines = []
    for section in sections:
        lines.append(section.title)
        lines.extend(f"  {keys:<{KEY_WIDTH}} {description}" for keys, description in section.rows)
    return "\n".join(lines)


class HelpBody(VerticalScroll):
    """The scrolling help text, with vim keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]


class HelpFilter(Input):
    """Narrows the help to the rows holding the text; Esc clears it and goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "Clear"),
        Binding("enter,down", "screen.focus_body", "Keys", show=False),
    ]

    def action_leave(self) -> None:
        self.value = ""
        self.display = False
        self.screen.query_one(HelpBody).focus()


class HelpScreen(ModalScreen[None]):
    """pactscope's keys, scrollable and searchable; Escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
        Binding("slash", "find", "Find"),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]

    CSS_PATH = "help.tcss"

    def compose(self) -> ComposeResult:
        box = HelpFilter(placeholder="Find a key or a word…", id="help-filter", compact=True)
        box.display = False
        yield box
        with HelpBody() as body:
            body.border_title = "Keys"
            body.border_subtitle = f"/ finds {glyphs().dot} Esc closes"
            yield Static(id="help-text", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sections = help_sections(self.app)
        self._show(self.sections)
        self.query_one(HelpBody).focus()

    def _show(self, sections: list[Section]) -> None:
        self.query_one("#help-text", Static).update(render_sections(sections))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._show(filter_sections(self.sections, event.value))

    def action_find(self) -> None:
        box = self.query_one(HelpFilter)
        box.display = True
        box.focus()

    def action_focus_body(self) -> None:
        self.query_one(HelpBody).focus()

    def action_scroll_down(self) -> None:
        self.query_one(HelpBody).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one(HelpBody).scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.query_one(HelpBody).scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one(HelpBody).scroll_page_up(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
