"""The explorer's footer: Textual's, composed again only when what it shows changes.

Textual's ``Footer`` composes its keys afresh whenever the bindings change (every focus move,
every cursor move that enables or disables a key, every jump, every reload): a few dozen
widgets mounted and styled each time, tens of milliseconds on every step of the cursor. This
footer first compares what it would show (each shown key, its label, whether it is enabled)
with what it shows, and recomposes only when they differ.

It also drops the memory Textual's footer keeps of every key it ever showed: each key's
``compact`` is bound to the footer's through a watcher held in a list on the footer, cleaned
only when ``compact`` itself changes, which it never does here.

And it fits its width: when the keys that apply do not fit on one line (80 columns, a list
focused, history to go back to, an agreement highlighted), the least needed hints make room
(``FOOTER_ORDER``), so "q Quit" is never cut; the help and the palette list every key.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

FOOTER_ORDER: tuple[str, ...] = (
    "q", "question_mark", "slash", "escape", "1", "z", "e", "s", "enter", "*", "r", "m", "f",
)
"""Footer hints by how much they are needed: those at the end give way first when the line is
full (``*``: any key not named)."""


def hint_width(key: FooterKey) -> int:
    """Cells a compact footer hint takes: the key, a space and its description, a margin."""
    return len(key.key_display) + (1 + len(key.description) if key.description else 0) + 1


def rank(key: FooterKey) -> int:
    """How much the footer needs ``key`` (lower: more)."""
    try:
        return FOOTER_ORDER.index(key.key)
    except ValueError:
        return FOOTER_ORDER.index("*")


def fitting(keys: list[FooterKey], width: int) -> list[FooterKey]:
    """``keys`` in their order, less the least needed ones until they fit in ``width``."""
    kept = list(keys)
    for key in sorted(keys, key=rank, reverse=True):
        if sum(map(hint_width, kept)) <= width:
            break
        kept.remove(key)
    return kept


class Footer(TextualFooter):
    """``textual.widgets.Footer`` that recomposes only on a change and lets go of old keys."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[Any, ...] | None = None

    def shown_keys(self) -> tuple[Any, ...]:
        """What the footer draws from the screen's bindings now, as a comparable value."""
        app = self.app
        shown = tuple(
            (binding.key, app.get_key_display(binding), binding.description, binding.action)
            + (binding.group, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        palette = None
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            entry = self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
            palette = entry[1:] if entry is not None else None
        return (shown, palette, self.app.size.width)

    async def recompose(self) -> None:
        """Compose again, unless the keys to show are those shown."""
        if not self.is_attached or self._pruning:
            return
        shown = self.shown_keys()
        if shown == self._shown and self.children:
            return
        self._shown = shown
        await super().recompose()

    def compose(self) -> ComposeResult:
        self._drop_closed_watchers()
        widgets: list[Widget] = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey) and not w.has_class("-command-palette")]
        others = sum(hint_width(w) for w in widgets if isinstance(w, FooterKey) and w not in keys)
        kept = set(fitting(keys, self.app.size.width - others))
        yield from (w for w in widgets if w in kept or w not in keys)

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)  # nothing happens unless what fits changed

    def _drop_closed_watchers(self) -> None:
        """Forget the ``compact`` watchers of keys that have been removed (closed)."""
        # Textual keeps reactive watchers in the "__watchers" dict of the watched object and
        # itself drops those of closing nodes, but only when the value changes.
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers if not node._closing]
