"""The help screen: every key of the explorer, grouped by where it applies.

Built from the `BINDINGS` of the app, its screens and the widgets on them (read from the
classes, so it stays true when a binding changes), plus the palette commands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static

from tui.commands import ALL_COMMANDS
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen
from tui.screens.search import HitList, QueryInput, SearchScreen
from tui.widgets.footer import Footer
from tui.widgets.section_list import SectionList

KEY_WIDTH = 18

WIDGET_TITLES: dict[str, str] = {
    "ArticleView": "Article text",
    "ArticleList": "Articles list",
    "ActorPane": "Actors filter",
    "ActorList": "Actors list",
    "AgreementList": "Agreements pane",
}
"""Friendlier group names for widgets of the main screen (others are named from the class)."""


@dataclass
class Section:
    """One group of keys: a title and (keys, description) rows."""

    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)


def own_bindings(cls: type[DOMNode], *, include_textual: bool = False) -> list[Binding]:
    """The bindings `cls` declares, through its bases; textual's own bases only if asked.

    A later class's bindings for a key replace an earlier class's, as Textual merges them;
    one class may hold two for a key (the first its `check_action` allows is the one used).
    """
    found: list[Binding] = []
    for base in reversed(cls.__mro__):
        if not (isinstance(base, type) and issubclass(base, DOMNode)):
            continue
        if base.__module__.startswith("textual.") and not include_textual:
            continue
        declared: list[BindingType] = base.__dict__.get("BINDINGS", [])
        bindings = list(Binding.make_bindings(declared))
        keys = {binding.key for binding in bindings}  # one class may bind a key twice
        found = [binding for binding in found if binding.key not in keys] + bindings
    return found


def app_level_bindings(app: App[Any]) -> list[Binding]:
    """The bindings the app itself holds, including the ones Textual adds (the palette key)."""
    held = getattr(app, "_bindings", None)
    if held is None:
        return [*own_bindings(type(app)), *own_bindings(App, include_textual=True)]
    return [binding for _, binding in held]


def rows_of(app: App[Any], bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """Rows for bindings: keys doing the same thing are joined (``down / j  Down``)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for binding in bindings:
        if binding.system and not binding.description:
            continue
        description = binding.description or binding.action.replace("_", " ")
        keys = grouped.setdefault((binding.action, description), [])
        shown = app.get_key_display(binding)
        if shown not in keys:  # the same key on two widgets of one place is listed once
            keys.append(shown)
    return [(" / ".join(keys), description) for (_, description), keys in grouped.items()]


def _humanise(name: str) -> str:
    words: list[str] = []
    for ch in name:
        if ch.isupper() and words:
            words.append(" ")
        words.append(ch.lower() if words else ch)
    return "".join(words)


def help_sections(app: App[Any]) -> list[Section]:
    """Every key of the app, by where it applies."""
    sections: list[Section] = []

    # Global: the app's own keys, the palette, and focus movement (every screen).
    global_bindings = app_level_bindings(app)
    global_bindings += [
        b for b in own_bindings(Screen, include_textual=True) if b.action.startswith("app.focus")
    ]
    sections.append(Section("Global", rows_of(app, global_bindings)))

    # The main screen and the widgets on it, as mounted now.
    main = app.screen_stack[0] if app.screen_stack else None
    if main is not None and not isinstance(main, (HelpScreen, ActorScreen, AgreementScreen)):
        sections.append(Section("Main screen", rows_of(app, own_bindings(type(main)))))
        seen: set[type] = set()
        for widget in main.query("*"):
            cls = type(widget)
            if cls in seen:
                continue
            seen.add(cls)
            rows = rows_of(app, own_bindings(cls))
            if rows:
                title = WIDGET_TITLES.get(cls.__name__, _humanise(cls.__name__))
                sections.append(Section(title, rows))

    list_bindings = [*own_bindings(OptionList, include_textual=True), *own_bindings(SectionList)]
    sections.append(Section("Lists (every list)", rows_of(app, list_bindings)))

    search = [*own_bindings(QueryInput), *own_bindings(HitList), *own_bindings(SearchScreen)]
    search_rows = rows_of(app, search)
    search_rows.append(
        ("p: c: o: a: t:", "Only persons, countries, organisations, agreements, text")
    )
    sections.append(Section("Search", search_rows))
    sections.append(Section("Actor view", rows_of(app, own_bindings(ActorScreen))))
    sections.append(Section("Agreement view", rows_of(app, own_bindings(AgreementScreen))))
    help_keys = [*own_bindings(HelpBody, include_textual=True), *own_bindings(HelpScreen)]
    sections.append(Section("This help", rows_of(app, help_keys)))
    sections.append(
        Section("Typing in a text box", rows_of(app, own_bindings(Input, include_textual=True)))
    )
    sections.append(
        Section(
            "Command palette (ctrl+p, then type)",
            [
                (command.keys(app) or "—", f"{command.title}: {command.help}")
                for command in ALL_COMMANDS
            ],
        )
    )
    return sections


def render_sections(sections: list[Section]) -> Text:
    """The help text: a bold heading per section, then aligned key / description rows."""
    out = Text(end="")
    for number, section in enumerate(sections):
        if number:
            out.append("\n\n")
        out.append(section.title, style="bold underline")
        for keys, description in section.rows:
            out.append("\n  ")
            out.append(f"{keys:<{KEY_WIDTH}}", style="bold")
            out.append(" ")
            out.append(description)
    return out


class HelpBody(VerticalScroll):
    """The scrolling help text, with vim keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    """Every key, scrollable; Escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close"),
    ]

    CSS_PATH = "help.tcss"

    def compose(self) -> ComposeResult:
        with HelpBody() as body:
            body.border_title = "Keys"
            body.border_subtitle = "↑↓ j k PgUp PgDn scroll · Esc closes"
            yield Static(id="help-text", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sections = help_sections(self.app)
        self.query_one("#help-text", Static).update(render_sections(self.sections))
        self.query_one(HelpBody).focus()

    def action_close(self) -> None:
        self.dismiss(None)
