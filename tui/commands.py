"""The explorer's commands: one class each, feeding the key binding, footer hint and palette entry.

A command names its title, help text, key(s) and the app action it runs. The app takes its
`BINDINGS` from `app_bindings()`, the command palette lists `ALL_COMMANDS` through
`PactscopeCommands`, and the help screen reads both, so the three never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape


class PaletteCommand:
    """One command. Subclasses set the class attributes; they are never instantiated."""

    title: ClassVar[str] = ""
    """The name in the palette (plain words, no markup)."""
    help: ClassVar[str] = ""
    """One line saying what it does."""
    key: ClassVar[str] = ""
    """Textual key name(s), comma separated; empty for a palette-only command."""
    action: ClassVar[str] = ""
    """The app action it runs, e.g. ``search`` or ``app.focus('article-list')``."""
    footer: ClassVar[str | None] = None
    """The footer hint (defaults to the title)."""
    show: ClassVar[bool] = True
    """Whether the footer shows it."""
    needs: ClassVar[str | None] = None
    """A CSS selector that must match on the current screen for the command to be offered."""
    priority: ClassVar[bool] = False
    """Whether the key is checked before the focused widget sees it (see ``Search``)."""

    @classmethod
    def binding(cls) -> Binding | None:
        """The key binding, or None for a palette-only command."""
        if not cls.key:
            return None
        return Binding(
            cls.key,
            cls.action,
            cls.footer or cls.title,
            show=cls.show,
            tooltip=cls.help,
            priority=cls.priority,
        )

    @classmethod
    def keys(cls, app: App[Any] | None = None) -> str:
        """The keys as a reader types them, e.g. ``/`` or ``[ / alt+←``."""
        if not cls.key:
            return ""
        shown = []
        for binding in Binding.make_bindings([Binding(cls.key, cls.action)]):
            shown.append(app.get_key_display(binding) if app is not None else binding.key)
        return " / ".join(shown)

    @classmethod
    def available(cls, screen: Any) -> bool:
        """Whether the command makes sense now: its panes are on `screen` (the one under the
        palette) and the app does not currently disable its action (e.g. Back with no history)."""
        try:
            if cls.needs is not None and not screen.query(cls.needs):
                return False
            name = cls.action.split("(", 1)[0].removeprefix("app.")
            return bool(screen.app.check_action(name, ()))
        except Exception:
            return False


class Search(PaletteCommand):
    """A priority key: the search screen must be up before the keys typed after ``/`` are
    handed out. Over SSH they arrive in one read, and as an ordinary binding ``/`` reached
    the app only after the list had taken the query's letters as its own keys."""

    title = "Search"
    help = "Find actors, agreements, articles and sentences as you type"
    key = "slash"
    action = "search"
    priority = True


class Help(PaletteCommand):
    title = "Help"
    help = "Every key of the explorer, by where it applies"
    key = "question_mark,f1"
    action = "help"


class Back(PaletteCommand):
    title = "Back"
    help = "Go back to where you were before the last jump"
    key = "left_square_bracket,alt+left"
    action = "history_back"


class Forward(PaletteCommand):
    title = "Forward"
    help = "Go forward again after going back"
    key = "right_square_bracket,alt+right"
    action = "history_forward"
    footer = "Fwd"


class Reload(PaletteCommand):
    title = "Reload"
    help = "Re-read the store (after an ingest in another terminal)"
    key = "r"
    action = "reload"
    show = False  # the store is re-read on its own when it changes; r is for the impatient


class Quit(PaletteCommand):
    title = "Quit"
    help = "Leave pactscope"
    key = "q"
    action = "quit"


class FocusArticles(PaletteCommand):
    title = "Focus articles"
    help = "Move to the list of articles"
    key = "1"
    action = "app.focus('article-list')"
    show = False
    needs = "#article-list"


class FocusActors(PaletteCommand):
    title = "Focus actors"
    help = "Move to the list of persons, countries and organisations"
    key = "2"
    action = "app.focus('actor-list')"
    show = False
    needs = "#actor-list"


class FocusText(PaletteCommand):
    title = "Focus article text"
    help = "Move to the text of the open article"
    key = "3"
    action = "app.focus('article-view')"
    show = False
    needs = "#article-view"


class FocusAgreements(PaletteCommand):
    title = "Focus agreements"
    help = "Move to the agreements of the open article or actor"
    key = "4"
    action = "app.focus('agreement-list')"
    show = False
    needs = "#agreement-list"


class ToggleDark(PaletteCommand):
    title = "Toggle light/dark"
    help = "Switch between the light and the dark theme"
    action = "app.toggle_dark"


ALL_COMMANDS: list[type[PaletteCommand]] = [
    Search,
    Help,
    Back,
    Forward,
    Reload,
    Quit,
    FocusArticles,
    FocusActors,
    FocusText,
    FocusAgreements,
    ToggleDark,
]
"""Every command, in the order the palette and the help screen list them."""


def app_bindings() -> list[Binding]:
    """The app's key bindings, one per command with a key."""
    return [b for b in (command.binding() for command in ALL_COMMANDS) if b is not None]


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
        return partial(self.app.run_action, command.action)

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
            if score > 0:
                yield Hit(
                    score,
                    _display(command, self.app, matcher.highlight(command.title)),
                    self._run(command),
                    text=command.title,
                    help=escape(command.help),
                )
