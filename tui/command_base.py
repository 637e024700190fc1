"""The base of the explorer's commands: what one command says about itself (``PaletteCommand``).

``tui.commands`` lists the commands and makes bindings and palette entries of them; this
module holds only the base class and the scopes, so command families kept in modules of their
own (``tui.fix_commands``) share it without importing the list back.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

Scope = Literal["app", "screen", "main", "list", "palette"]



class PaletteCommand:
    """One command. Subclasses set the class attributes; they are never instantiated."""

    title: ClassVar[str] = ""
    """The name in the palette (plain words, no markup)."""
    words: ClassVar[str] = ""
    """Other words the palette finds it by (``back`` finds "History back")."""
    help: ClassVar[str] = ""
    """One line saying what it does."""
    key: ClassVar[str] = ""
    """Textual key name(s), comma separated; empty for a palette-only command."""
    action: ClassVar[str] = ""
    """The action it runs, e.g. ``search`` or ``app.focus('article-list')``."""
    scope: ClassVar[Scope] = "app"
    """Where the binding lives: the app, every full screen (not the modal ones, which give
    the key a meaning of their own), the main screen, or the palette only."""
    where: ClassVar[str] = "Everywhere"
    """Where it applies, as the help screen groups it."""
    footer: ClassVar[str | None] = None
    """The footer hint (defaults to the title)."""
    show: ClassVar[bool] = True
    """Whether the footer shows it."""
    needs: ClassVar[str | None] = None
    """A CSS selector that must match on the current screen for the command to be offered."""
    priority: ClassVar[bool] = False
    """Whether the key is checked before the focused widget sees it (see ``Search``)."""
    group: ClassVar[Binding.Group | None] = None
    """Commands of one group share a footer hint."""
    key_display: ClassVar[str | None] = None
    """How the footer shows the key (``1-4`` for the four pane keys)."""

    @classmethod
    def binding(cls) -> Binding | None:
        """The key binding, or None for a palette-only command."""
        if not cls.key or cls.scope == "palette":
            return None
        return Binding(
            cls.key,
            cls.action,
            cls.footer or cls.title,
            show=cls.show,
            tooltip=cls.help,
            priority=cls.priority,
            group=cls.group,
            key_display=cls.key_display,
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
    def target(cls, screen: DOMNode) -> tuple[DOMNode, str]:
        """The node the action runs on and the action's name without its namespace."""
        name = cls.action.split("(", 1)[0]
        if name.startswith("screen."):
            return screen, name.removeprefix("screen.")
        return screen.app, name.removeprefix("app.")

    @classmethod
    def available(cls, screen: DOMNode) -> bool:
        """Whether the command makes sense now: its panes are on `screen` (the one under the
        palette) and the node that runs it does not currently disable it (Back with no
        history, Evidence with no agreement)."""
        if cls.needs is not None and not screen.query(cls.needs):
            return False
        node, name = cls.target(screen)
        if not hasattr(node, f"action_{name}"):
            return False
        return bool(node.check_action(name, ()))
