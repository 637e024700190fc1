"""A one-line input whose own keys (ctrl+u, ctrl+w, Enter, the arrows...) act in typing order.

Textual inserts a typed character at the input at once, but runs a bound key (ctrl+u clears
the line) only after its event has bubbled up to the app. Keys that arrive together, as
they do over SSH or from a fast typist ("ctrl+u" then a new name), were then applied out of
order: the name went in first and ctrl+u erased it. Here the input runs its own bindings
when their key reaches it, so every key acts where the user typed it.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class LineInput(Input):
    """``Input`` with its own (non-priority) bindings run in the order the keys came."""

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # Input's own handler (next in the class order) inserts it
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                # handled here: Input's handler and the app's binding check must not run it again
                event.stop()
                event.prevent_default()
                return
