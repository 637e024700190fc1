"""The explorer's footer: Textual's, composed again only when what it shows changes.

Textual's ``Footer`` composes its keys afresh whenever the bindings change (every focus move,
every cursor move that enables or disables a key, every jump, every reload): a few dozen
widgets mounted and styled each time, tens of milliseconds on every step of the cursor. This
footer first compares what it would show (each shown key, its label, whether it is enabled)
with what it shows, and recomposes only when they differ.

It also drops the memory Textual's footer keeps of every key it ever showed: each key's
``compact`` is bound to the footer's through a watcher held in a list on the footer, cleaned
only when ``compact`` itself changes, which it never does here.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Footer as TextualFooter


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
        return (shown, palette)

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
        yield from super().compose()

    def _drop_closed_watchers(self) -> None:
        """Forget the ``compact`` watchers of keys that have been removed (closed)."""
        # Textual keeps reactive watchers in the "__watchers" dict of the watched object and
        # itself drops those of closing nodes, but only when the value changes.
        watchers = getattr(self, "__watchers", {}).get("compact")
        if watchers:
            watchers[:] = [(node, callback) for node, callback in watchers if not node._closing]
