"""The explorer's footer: Textual's, without the memory it keeps of every key it ever showed.

Textual's ``Footer`` composes its keys afresh whenever the bindings change (every focus move,
every jump, every reload) and binds each key's ``compact`` to the footer's. A binding is a
watcher held in a list on the footer, and that list is only cleaned when ``compact`` itself
changes, which it never does here: every key ever shown would stay alive with its styles.
This footer drops the watchers of keys already removed each time it composes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """``textual.widgets.Footer`` that lets go of the keys it has removed."""

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
