"""The explorer's commands: one class each, feeding the key binding, footer hint and palette entry.

A command names its title, help text, key(s), the action it runs and where it applies. The
app takes its `BINDINGS` from `app_bindings()`, the main screen from `main_bindings()`, the
command palette lists every command through `PactscopeCommands` (found by its name and its
other words), and the help screen reads the same list, so the four never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from tui.command_base import PaletteCommand, Scope
from tui.fix_commands import FIX_COMMANDS, Corrections, Redo, Suggestions, Undo


class Search(PaletteCommand):
    """A priority key: the search screen must be up before the keys typed after ``/`` are
    handed out. Over SSH they arrive in one read, and as an ordinary binding ``/`` reached
    the app only after the list had taken the query's letters as its own keys."""

    title = "Search"
    words = "find query"
    help = "Find actors, agreements, articles and sentences as you type"
    key = "slash"
    action = "app.search"
    scope = "screen"  # search, help and the palette are modal and give "/" their own meaning
    priority = True


class Help(PaletteCommand):
    title = "Help"
    words = "keys"
    help = "Every key of pactscope, by where it applies"
    key = "question_mark,f1"
    action = "help"


class Back(PaletteCommand):
    title = "Back"
    words = "history previous"
    help = "Go back to the view before (Esc does the same where it has nothing else to do)"
    key = "left_square_bracket,alt+left"
    action = "history_back"
    show = False  # the screens show Esc for it


class Forward(PaletteCommand):
    title = "Forward"
    words = "history next"
    help = "Go forward again after going back"
    key = "right_square_bracket,alt+right"
    action = "history_forward"
    footer = "Fwd"


class Matrix(PaletteCommand):
    title = "Matrix"
    words = "country agreement table grid"
    help = "Countries against agreements, each cell the status"
    key = "m"
    action = "matrix"


class Reload(PaletteCommand):
    title = "Reload"
    words = "refresh store"
    help = "Re-read the store now (it is also re-read on its own when it changes)"
    key = "r"
    action = "reload"


class Quit(PaletteCommand):
    title = "Quit"
    words = "exit leave"
    help = "Leave pactscope (ctrl+q works even while typing)"
    key = "q"
    action = "quit"


class FocusArticles(PaletteCommand):
    title = "Focus articles"
    words = "pane 1"
    help = "Move to the list of articles"
    key = "1"
    action = "app.focus('article-list')"
    scope = "main"
    where = "Main screen"
    footer = "Pane"
    priority = True  # also from a filter: digits move, they are never typed there
    key_display = "tab 1-4"  # one footer hint for the five keys that move between panes
    needs = "#article-list"


class FocusActors(FocusArticles):
    show = False  # the footer shows "tab 1-4" once
    key_display = None
    title = "Focus actors"
    words = "pane 2"
    help = "Move to the list of persons, countries and organisations"
    key = "2"
    action = "app.focus('actor-list')"
    needs = "#actor-list"


class FocusText(FocusArticles):
    show = False  # the footer shows "1-4" once
    key_display = None
    title = "Focus article text"
    words = "pane 3"
    help = "Move to the text of the open article"
    key = "3"
    action = "app.focus('article-view')"
    needs = "#article-view"


class FocusAgreements(FocusArticles):
    show = False  # the footer shows "1-4" once
    key_display = None
    title = "Focus agreements"
    words = "pane 4"
    help = "Move to the agreements of the open article or actor"
    key = "4"
    action = "app.focus('agreement-list')"
    needs = "#agreement-list"


class NextPane(PaletteCommand):
    title = "Next pane"
    words = "focus tab cycle"
    help = "Move to the next pane (shift+tab: the one before)"
    key = "tab"
    action = "app.focus_next"
    scope = "main"
    where = "Main screen"
    footer = "Pane"
    show = False  # the footer's "tab 1-4 Pane" hint (on the 1 key) names it
    needs = "#article-list"


class Zoom(PaletteCommand):
    title = "Zoom"
    words = "maximise maximize fill screen"
    help = "Let the focused pane fill the screen, or give the others back"
    key = "z"
    action = "screen.toggle_zoom"
    scope = "main"
    where = "Main screen"
    needs = "#article-list"


class Evidence(PaletteCommand):
    title = "Evidence"
    words = "source sentence agreement proof"
    help = "Open the next sentence stating a fact of the highlighted agreement"
    key = "e"
    action = "screen.next_evidence"
    scope = "main"
    where = "Main screen"
    needs = "#agreement-list"


class Filter(PaletteCommand):
    title = "Filter"
    words = "narrow find list"
    help = "Filter the focused list (typing a letter on a list does it too; Esc clears)"
    key = "f"
    action = "screen.filter"
    scope = "palette"  # the binding lives on each list pane
    where = "Main screen"
    needs = "#article-list"


class Sort(PaletteCommand):
    title = "Sort articles"
    words = "order date source title agreements"
    help = "Sort the articles by date, source, title or number of agreements (cycles)"
    key = "s"
    action = "screen.sort_articles"
    scope = "palette"  # the binding lives on the Articles pane
    where = "Main screen"
    footer = "Sort"
    needs = "#article-list"


class Copies(PaletteCommand):
    title = "Show copies"
    words = "duplicates syndicated expand fold"
    help = "Show or fold the copies of a story published by several sites"
    key = "space"
    action = "screen.toggle_copies"
    scope = "palette"  # the binding lives on the Articles list
    where = "Articles list"
    footer = "Copies"
    needs = "#article-list"


class ToggleDark(PaletteCommand):
    title = "Toggle light/dark"
    words = "theme colour color"
    help = "Switch between the light and the dark theme"
    action = "app.toggle_dark"
    scope = "palette"


ALL_COMMANDS: list[type[PaletteCommand]] = [
    Search,
    Help,
    Back,
    Forward,
    NextPane,
    FocusArticles,
    FocusActors,
    FocusText,
    FocusAgreements,
    Filter,
    Sort,
    Copies,
    Zoom,
    Evidence,
    Matrix,
    Reload,
    Undo,
    Redo,
    Suggestions,
    Corrections,
    *FIX_COMMANDS,
    Quit,
    ToggleDark,
]
"""Every command, in the order the palette and the help screen list them."""


def bindings_of(scope: Scope) -> list[Binding]:
    """The key bindings of the commands living at ``scope``."""
    found = (command.binding() for command in ALL_COMMANDS if command.scope == scope)
    return [binding for binding in found if binding is not None]


def app_bindings() -> list[Binding]:
    """The app's key bindings, one per app-wide command with a key."""
    return bindings_of("app")


def screen_bindings() -> list[Binding]:
    """The keys every full screen (main, actor, agreement, matrix) binds."""
    return bindings_of("screen")


def main_bindings() -> list[Binding]:
    """The main screen's key bindings (panes, zoom, evidence, filter, sort)."""
    return bindings_of("main")


def _display(command: type[PaletteCommand], app: App[Any], title: Content | None = None) -> Content:
    """The palette line: the (highlighted) title and, dimmed, its keys."""
    line = title if title is not None else Content(command.title)
    keys = command.keys(app)
    if keys:
        line = line + Content.from_rich_text(Text(f"  {keys}", style="dim"))
    return line


class PactscopeCommands(Provider):
    """The palette's pactscope section: every command available on the current screen."""

    def _commands(self) -> Iterator[type[PaletteCommand]]:
        for command in ALL_COMMANDS:
            if command.available(self.screen):
                yield command

    def _run(self, command: type[PaletteCommand]) -> Any:
        node, name = command.target(self.screen)
        arguments = command.action[len(command.action.split("(", 1)[0]) :]
        return partial(self.app.run_action, name + arguments, node)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(
                _display(command, self.app),
                self._run(command),
                text=command.title,
                help=escape(command.help),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            title = matcher.highlight(command.title)
            if score <= 0:  # found by one of its other words: ranked below a name match
                score = max((matcher.match(w) for w in command.words.split()), default=0) * 0.5
                title = Content(command.title)
            if score > 0:
                yield Hit(
                    score,
                    _display(command, self.app, title),
                    self._run(command),
                    text=command.title,
                    help=escape(command.help),
                )
