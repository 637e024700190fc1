"""Writing corrections from the explorer: the app's side (a mixin of ``PactscopeApp``).

The explorer reads a read-only store; a correction is a write. It runs in a thread worker
that opens the store for writing (the writer lock: an ingest running elsewhere makes it wait
a little, then say who holds it), makes the correction, undo or redo in one commit, and
closes it again. Writes run one at a time, in the order asked. Then the app reloads at once
(not at the next poll), and every open view re-reads its record, so each pane shows the
change. Failures (a correction that cannot be made, a locked store, even a fault of the
program's own) are one line in a notification and the explorer stays open; nothing is half
done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.command import CommandPalette
from textual.screen import ModalScreen, Screen

from tui.fix_keys import fix_owner
from tui.navigation import Location
from tui.safe import one_line

if TYPE_CHECKING:
    from store.records import Correction

LOCK_WAIT = 3.0
"""Seconds a correction waits for another writer (an ingest) before saying who holds the store."""

Done = Callable[[Any], None]
"""Called on the UI thread with what the write returned, once it is committed."""


class CorrectionWriter:
    """Corrections, undo and redo for the app; it provides ``db_path``, ``_load``, ``_busy``,
    ``notify``, ``call_from_thread`` and ``screen_stack`` (``PactscopeApp`` does)."""

    db_path: Path
    _write_lock: threading.Lock
    _reload_again: bool

    def _writer_init(self) -> None:
        self._write_lock = threading.Lock()
        self._reload_again = False

    # --- asking ----------------------------------------------------------------------------

    def correct(self, correction: Correction, said: str, then: Done | None = None) -> None:
        """Make ``correction`` in the store; ``said`` is the notification once it is made."""
        self._write("correct", correction, said, then)

    def undo_correction(self) -> None:
        """Take back the newest correction still in force."""
        self._write("undo", None, "", None)

    def redo_correction(self) -> None:
        """Make the correction taken back last again."""
        self._write("redo", None, "", None)

    def action_undo(self) -> None:
        self.undo_correction()

    def action_suggestions(self) -> None:
        app: Any = self
        app.go(Location("suggestions", ""))

    def action_corrections(self) -> None:
        app: Any = self
        app.go(Location("corrections", ""))

    def correction_view(self, kind: str) -> Screen[None] | None:
        """The suggestions or corrections history screen, for a location of that kind (each
        module loaded when first opened, so the explorer starts without them)."""
        from tui.screens.history import HistoryScreen
        from tui.screens.suggestions import SuggestionsScreen

        if kind == "suggestions":
            return SuggestionsScreen()
        if kind == "corrections":
            return HistoryScreen()
        return None

    def action_fix(self, op: str) -> None:
        """A correction asked for by name (the palette): run by the list or view that owns it
        on the screen under the palette."""
        app: Any = self
        screens = [s for s in app.screen_stack if not isinstance(s, CommandPalette)]
        owner = fix_owner(screens[-1], op) if screens else None
        if owner is not None:
            owner.action_fix(op)

    def action_redo(self) -> None:
        self.redo_correction()

    # --- the write ---------------------------------------------------------------------------

    @work(thread=True, group="correct")
    def _write(self, what: str, correction: Correction | None, said: str, then: Done | None) -> None:
        from store.errors import StoreError
        from store.fixing import write_fix

        app: Any = self
        with self._write_lock:  # one write at a time, in the order asked
            try:  # the search index is brought up to the change too, as `pactscope fix` does
                fixed = write_fix(self.db_path, what, correction, wait=LOCK_WAIT)
            except (StoreError, OSError) as error:  # nothing was changed
                app.call_from_thread(self._failed, one_line(error), False)
                return
            except Exception as error:  # noqa: BLE001 - a fault of ours must not close the explorer
                app.call_from_thread(self._failed, f"{type(error).__name__}: {one_line(error)}", True)
                return
        app.call_from_thread(self._written, what, fixed.result, said, then)
        if fixed.index_warning:  # the correction holds; search finds it once the index is rebuilt
            app.call_from_thread(
                app.notify, one_line(fixed.index_warning), title="Correction", severity="warning",
                markup=False,
            )

    def _failed(self, reason: str, unexpected: bool) -> None:
        """One line saying why the write failed; after an unexpected failure the store is read
        again, so every pane shows what it holds (a commit is whole or absent, never half)."""
        app: Any = self
        if unexpected:
            reason = f"{reason} (reading the store again to show what it holds)"
        app.notify(reason, title="Correction", severity="error", markup=False)
        if unexpected:
            self.reload_now()

    def _written(self, what: str, result: Any, said: str, then: Done | None) -> None:
        app: Any = self
        if what != "correct":
            said = stepped(what, result)
        app.notify(said, title="Correction", markup=False, timeout=4)
        self.reload_now()
        if then is not None:
            then(result)

    def reload_now(self) -> None:
        """Re-read the store at once (a load under way is followed by one more)."""
        app: Any = self
        if app._busy():
            self._reload_again = True
        else:
            app._load(reloaded=False, force=True)

    def after_load(self) -> None:
        """A store was swapped in: a reload asked for meanwhile runs now, and every open view
        and correction screen re-reads what it shows."""
        app: Any = self
        if self._reload_again:
            self._reload_again = False
            app._load(reloaded=False, force=True)
        for screen in app.screen_stack:
            changed = getattr(screen, "store_changed", None)
            if changed is not None and not isinstance(screen, ModalScreen):
                changed()


def stepped(what: str, entry: Any) -> str:
    """What an undo or redo did, in words (the entry's number, operation and note)."""
    if entry is None:
        return "Nothing to undo." if what == "undo" else "Nothing to redo."
    verb = "Undid" if what == "undo" else "Redid"
    note = f" ({one_line(entry.correction.note)})" if entry.correction.note else ""
    return f"{verb} #{entry.seq} {entry.correction.op}{note}"
