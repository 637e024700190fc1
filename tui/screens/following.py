"""``FollowingScreen``: a full screen that reads the open store in a worker, and reads it again
only when the store has changed since (the app calls ``store_changed`` after every reload)."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from tui.explorer import explorer


class FollowingScreen(Screen[None]):
    """Reads the store once per generation; subclasses say what to read in ``read``."""

    def __init__(self) -> None:
        super().__init__()
        self._generation: int | None = None

    def store_changed(self) -> None:
        """Read again for the store now open (it changed, or the screen is first shown)."""
        store = explorer(self).store
        generation = getattr(store, "generation", None)
        if store is not None and generation != self._generation:
            self._generation = generation
            self.read(store)

    def read(self, store: Any) -> None:
        """Read what the screen shows from ``store`` (in a worker) and show it."""
        raise NotImplementedError
