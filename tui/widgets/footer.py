"""The explorer's footer: one line of key hints, drawn as one piece of text.

Textual's ``Footer`` composes a widget per key whenever the bindings change (every focus
move, every jump, every reload, every new screen): a dozen widgets mounted and styled each
time, half of what opening the matrix cost. This footer is one widget: it reads the screen's
active bindings when they change, redraws only when the hints differ, and keeps nothing of
the keys it showed before.

It fits its width: when the keys that apply do not fit on one line (80 columns, a list
focused, history to go back to, an agreement highlighted), the least needed hints make room
(``FOOTER_ORDER``), so "q Quit" is never cut; the help and the palette list every key. A
click on a hint presses its key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

FOOTER_ORDER: tuple[str, ...] = (
    "q", "question_mark", "slash", "escape", "1", "z", "e", "s", "enter", "*", "r", "m", "f",
    "S", "K", "R", "X",
)
"""Footer hints by how much they are needed: those at the end give way first when the line is
full (``*``: any key not named). The corrections after Merge show where a wide terminal has room."""


@dataclass(frozen=True, slots=True)
class Hint:
    """One key the footer names: the key, how it is shown, what it does, whether it can now."""

    key: str
    key_display: str
    description: str
    enabled: bool = True


def hint_width(hint: Hint) -> int:
    """Cells a hint takes: the key, a space and its description, a space after."""
    return len(hint.key_display) + (1 + len(hint.description) if hint.description else 0) + 1


def rank(hint: Hint) -> int:
    """How much the footer needs ``hint`` (lower: more)."""
    try:
        return FOOTER_ORDER.index(hint.key)
    except ValueError:
        return FOOTER_ORDER.index("*")


def fitting(hints: list[Hint], width: int) -> list[Hint]:
    """``hints`` in their order, less the least needed ones until they fit in ``width``."""
    kept = list(hints)
    for hint in sorted(hints, key=rank, reverse=True):
        if sum(map(hint_width, kept)) <= width:
            break
        kept.remove(hint)
    return kept


class Footer(Widget, can_focus=False):
    """The keys that apply now on this screen, on one line at its foot."""

    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--disabled {
            text-style: dim;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer--key",
        "footer--description",
        "footer--disabled",
    }

    def __init__(
        self, *, compact: bool = True, show_command_palette: bool = True, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.show_command_palette = show_command_palette
        self._hints: tuple[list[Hint], list[Hint]] = ([], [])

    # --- what it shows ----------------------------------------------------------------------

    def hints(self) -> tuple[list[Hint], list[Hint]]:
        """The hints of the screen's active bindings (one per action, the first key's) and,
        apart, the palette's (drawn at the right end)."""
        app = self.app
        bindings = self.screen.active_bindings
        shown: dict[str, Hint] = {}
        for active in bindings.values():
            binding = active.binding
            if binding.show and binding.action not in shown:
                shown[binding.action] = Hint(
                    binding.key, app.get_key_display(binding), binding.description, active.enabled
                )
        palette: list[Hint] = []
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            entry = bindings.get(app.COMMAND_PALETTE_BINDING)
            if entry is not None:
                binding = entry.binding
                palette.append(
                    Hint(binding.key, app.get_key_display(binding), binding.description, entry.enabled)
                )
        return list(shown.values()), palette

    def drawn(self) -> list[Hint]:
        """The hints on the line now (those that fit), the palette's last."""
        keys, palette = self._hints
        room = self.size.width or self.app.size.width
        return [*fitting(keys, room - sum(map(hint_width, palette))), *palette]

    def _update(self, screen: Screen[object] | None = None) -> None:
        """Read the bindings again; redraw only if the hints changed."""
        if not self.is_attached or (screen is not None and screen is not self.screen):
            return
        hints = self.hints()
        if hints != self._hints:
            self._hints = hints
            self.refresh()

    # --- Textual hooks ------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._update)
        self.call_after_refresh(self._update)  # once the screen's widgets (and checks) are up

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer--key", partial=True)
        text_style = self.get_component_rich_style("footer--description", partial=True)
        dim = self.get_component_rich_style("footer--disabled", partial=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        drawn = self.drawn()
        palette = set(self._hints[1])
        for hint in drawn:
            if hint in palette:  # at the right end
                pad = max(0, self.size.width - line.cell_len - hint_width(hint) + 1)
                line.append(" " * pad)
            extra = dim if not hint.enabled else None
            line.append(hint.key_display, key_style + extra if extra else key_style)
            if hint.description:
                line.append(" " + hint.description, text_style + extra if extra else text_style)
            line.append(" ")
        return line

    def on_click(self, event: events.Click) -> None:
        """A click on a hint presses its key."""
        at = 0
        for hint in self.drawn():
            at += hint_width(hint)
            if event.x < at:
                if hint.enabled:
                    self.app.simulate_key(hint.key)
                return
