"""What screens and widgets may ask of the running explorer, typed, without importing the app.

``tui.app`` imports the screens; a screen that imported ``tui.app`` back would close a circle.
Screens reach the app through ``explorer(node)`` instead, typed as the ``Explorer`` protocol,
which ``PactscopeApp`` satisfies.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol, cast

from textual.dom import DOMNode

from tui.navigation import History, Location

if TYPE_CHECKING:
    from store.db.store import Store
    from store.records import Correction
    from store.search.query import SearchIndex


class Explorer(Protocol):
    """The explorer app as its screens see it: the store, its lock, the index, navigation."""

    store: Store | None
    """The store the panes read; swapped (never changed in place) by a reload."""
    store_lock: AbstractContextManager[bool]
    """Held while the store is swapped: a read in a worker thread holds it to finish on the
    store it started with."""
    search_index: SearchIndex | None
    history: History

    def start(self) -> None: ...

    def read_article(self, article_id: str) -> object:
        """Read the article in a worker; the main screen gets ``ArticleRead``."""
        ...

    def actor_name(self, actor_id: str) -> str: ...

    def go(self, location: Location) -> None: ...

    def back(self) -> None: ...

    def forward(self) -> None: ...

    def main_resumed(self) -> None: ...

    def leave_view(self) -> None: ...

    def refresh_bindings(self) -> None: ...

    def correct(
        self, correction: Correction, said: str, then: Callable[[Any], None] | None = None
    ) -> None:
        """Make a correction in the store (in a worker); ``said`` is shown once it is made."""
        ...


def explorer(node: DOMNode) -> Explorer:
    """The running explorer app of ``node`` (a screen or widget), typed."""
    return cast(Explorer, node.app)
