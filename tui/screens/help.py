"""The help screen: pactscope's own keys, grouped by where they apply, searchable with ``/``.

Built from the commands (``tui.commands``) and the `BINDINGS` of pactscope's own screens and
widgets, read from the classes so it stays true when a binding changes. Textual's internal
keys (editing a text line, selecting) are left out: they are the same in every Textual app.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.commands import ALL_COMMANDS, FIX_COMMANDS, PaletteCommand
from tui.fix_keys import actor_bindings, agreement_bindings, mark_binding
from tui.glyphs import glyphs
from tui.help_layout import Section, filter_sections, render_sections
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen
from tui.screens.matrix import MatrixScreen
from tui.screens.pair import PairScreen
from tui.screens.search import HitList, QueryInput, SearchScreen
from tui.screens.suggestions import SuggestionsScreen
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList, ArticlePane
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import FilterPane, ListFilter
from tui.widgets.footer import Footer
from tui.widgets.line_input import LineInput
from tui.widgets.matrix_grid import MatrixGrid
from tui.widgets.section_list import SectionList

MOVES = frozenset(
    {
        "cursor_down",
        "cursor_up",
        "first",
        "last",
        "page_down",
        "page_up",
        "scroll_down",
        "scroll_up",
        "scroll_home",
        "scroll_end",
        "select",
        "move",
        "page",
    }
)
"""Moving and opening work alike in every list and view: listed once, under "Moving"."""
EVERYWHERE = frozenset({"search", "undo", "redo", "suggestions", "corrections", "fix"})
"""Actions every full screen binds, listed once under "Everywhere"; and the corrections of a
record (``fix``), listed once under "Correcting" for every list and view that has them."""
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
    """Rows for bindings, moving keys left out: keys doing the same thing are joined."""
    grouped: dict[str, list[str]] = {}
    for binding in bindings:
        action = binding.action.split("(", 1)[0].split(".")[-1]
        if action in MOVES or action in EVERYWHERE:
            continue
        description = binding.description or action.replace("_", " ")
        keys = grouped.setdefault(description, [])
        shown = app.get_key_display(binding)
        if shown not in keys and not (keys and shown.startswith("alt+")):
            keys.append(shown)
    return [(" ".join(keys), description) for description, keys in grouped.items()]


def command_rows(app: App[Any], commands: Iterable[type[PaletteCommand]]) -> list[tuple[str, str]]:
    return [(command.keys(app).replace(" / ", " "), command.title) for command in commands]


FIX_ROWS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("mark",), "Mark to merge (lists)"),
    (("merge", "split"), "Merge, split"),
    (("rename", "delete"), "Rename, delete"),
    (("kind",), "Kind (actors)"),
    (("set",), "Status/year/value (agr.)"),
    (("add_party", "remove_party"), "Add, remove party (agr.)"),
)
"""The corrections of a record, as the help groups them (some only on actors or agreements)."""


def fix_rows(app: App[Any]) -> list[tuple[str, str]]:
    """The correction keys of the actors list, the agreements pane and both views, once."""
    keys = {getattr(c, "op", ""): c.keys(app) for c in FIX_COMMANDS}
    return [(" ".join(keys[op] for op in ops), words) for ops, words in FIX_ROWS]


def suggestion_rows(app: App[Any]) -> list[tuple[str, str]]:
    """The suggestions' keys and the pair comparison's, two to a row (the help fits two
    screens at 80x24)."""
    rows = dict(rows_of(app, [*own_bindings(SuggestionsScreen), *own_bindings(PairScreen)]))
    keys = {description: key for key, description in rows.items()}
    return [
        (f"{keys['Merge']} {keys['Keep apart']}", "Merge, keep apart"),
        (f"{keys['Compare']} {keys['Open left']} {keys['Open right']}", "Compare; open left, right"),
    ]


def help_sections(app: App[Any]) -> list[Section]:
    """pactscope's keys, by where they apply."""
    everywhere = [c for c in ALL_COMMANDS if c.scope in ("app", "screen") and c.title != "Quit"]
    main = [c for c in ALL_COMMANDS if c.scope == "main" and c.show]
    palette_only = [c for c in ALL_COMMANDS if c.scope == "palette" and not c.key]
    sections = [
        Section(
            "Everywhere",
            [
                *command_rows(app, everywhere),
                ("q ^q", "Quit (^q while typing)"),
                ("^p", "Every command by name"),
            ],
        ),
        Section(
            "Main screen",
            [
                ("esc", "Back"),
                ("tab", "Next pane"),
                ("1-4", "The four panes"),
                *command_rows(app, [c for c in main if c.footer != "Pane"]),
            ],
        ),
        Section(
            "Moving",
            [
                ("↓↑ j k", "Down, up (→← l h across)"),
                ("g G", "First, last (home, end)"),
                ("pgdn pgup", "Page down, up"),
                (glyphs().enter, "Open the line"),
            ],
        ),
        Section(
            "Every list",
            [
                *rows_of(app, own_bindings(FilterPane)),
                ("a letter", "Filter with that letter"),
                *rows_of(app, own_bindings(ListFilter)),
            ],
        ),
        Section(
            "Articles list",
            rows_of(app, [*own_bindings(ArticleList), *Binding.make_bindings(ArticlePane.BINDINGS)])
            + [("move", "Preview the article")],
        ),
        Section("Article text", rows_of(app, own_bindings(ArticleView))),
        Section("Agreements pane", rows_of(app, own_bindings(AgreementList))),
        Section(
            "Search",
            rows_of(
                app, [*own_bindings(QueryInput), *own_bindings(HitList), *own_bindings(SearchScreen)]
            )
            + [("p: c: o:", "Persons, countries, organisations"), ("a: t:", "Agreements, text")],
        ),
        Section(
            "Actor, agreement",
            rows_of(app, [*own_bindings(ActorScreen), *own_bindings(AgreementScreen)])
            + rows_of(app, own_bindings(SectionList)),
        ),
        Section("Correcting actors, agreements", fix_rows(app)),
        Section(
            "Matrix",
            rows_of(app, [*own_bindings(MatrixScreen), *own_bindings(MatrixGrid)])
            + [("c: a:", "Countries, agreements")],
        ),
        Section("Suggestions", suggestion_rows(app)),
        Section("Corrections history", [(glyphs().enter, "Open the record it names")]),
        Section("This help", rows_of(app, own_bindings(HelpScreen))),
    ]
    if palette_only:
        sections.append(Section("Palette only", command_rows(app, palette_only)))
    for section in sections:  # a key bound twice in one place (e.g. Esc) is listed once
        seen: set[tuple[str, str]] = set()
        section.rows = [r for r in section.rows if not (r in seen or seen.add(r))]
    # a key "Everywhere" lists (undo, redo...) is not listed again under each screen binding it
    everywhere_keys = {keys for keys, _ in sections[0].rows}
    for section in sections[1:]:
        section.rows = [r for r in section.rows if r[0] not in everywhere_keys]
    return shared_rows(sections, SHARED_FROM, "Corrections (lists and views)")


SHARED_FROM = ("Actors list", "Agreements pane", "Actor, agreement")
"""Sections whose common correction keys are listed once, in a section of their own."""
CORRECTION_WORDS = frozenset(
    b.description for b in (mark_binding(), *actor_bindings(), *agreement_bindings())
)
"""What the correction keys are called (``tui.fix_keys``)."""


def shared_rows(sections: list[Section], titles: tuple[str, ...], title: str) -> list[Section]:
    """Rows found in two or more of the sections named ``titles`` leave them for one new
    section ``title`` after the last of them: the help fits two screens at 80x24."""
    named = [s for s in sections if s.title in titles]
    counts: dict[tuple[str, str], int] = {}
    for section in named:
        for row in section.rows:
            counts[row] = counts.get(row, 0) + 1
    shared = [row for row, n in counts.items() if n > 1 and row[1] in CORRECTION_WORDS]
    if not shared:
        return sections
    for section in named:
        section.rows = [r for r in section.rows if r not in shared]
    at = max(sections.index(s) for s in named) + 1
    kept = [s for s in sections if s.rows or s.title not in titles]
    at = sum(1 for s in sections[:at] if s in kept)
    return [*kept[:at], Section(title, shared), *kept[at:]]


class HelpBody(VerticalScroll):
    """The scrolling help text, with vim keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]


class HelpFilter(LineInput):
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
        box = HelpFilter(placeholder=f"Find a key or a word{glyphs().ellipsis}", id="help-filter", compact=True)
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

    @property
    def shown(self) -> list[Section]:
        """The sections on screen now (all of them, or those the filter kept)."""
        return self._shown

    def _show(self, sections: list[Section]) -> None:
        self._shown = sections
        width = self.query_one(HelpBody).scrollable_content_region.width or self.app.size.width
        self.query_one("#help-text", Static).update(render_sections(sections, width))

    def on_resize(self) -> None:
        if hasattr(self, "_shown"):
            self._show(self._shown)

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
