"""What the entity views (actor, agreement) and the search screen share: labels and manners.

Small helpers: how a kind or a status reads, an article's date, the app's store lock (reads
must not interleave with a reload), and how Escape leaves a view.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any

from textual.binding import Binding
from textual.screen import Screen

from tui.widgets.labels import clean

KIND_LABELS: dict[str, str] = {
    "person": "person",
    "country": "country",
    "organization": "organisation",
}
SECTION_LIMIT = 200
"""The most lines one section lists (a country can be in thousands of articles)."""
FOLLOW_SECONDS = 1.0
"""How often an open view checks whether the store was reloaded under it."""
QUIET_BACK = Binding("left_square_bracket,alt+left", "app.history_back", "Back", show=False)
"""`[` still steps back in an entity view, but the footer shows only `esc Back` there."""


def status_label(status: str | None) -> str:
    """A status as words: ``in_force`` -> ``in force``."""
    return (status or "").replace("_", " ")


def article_date(meta: Any) -> str:
    """The article's publication date (YYYY-MM-DD) or ''."""
    published = getattr(meta, "published", None)
    return clean(published)[:10] if published else ""


def store_lock(app: Any) -> AbstractContextManager[Any]:
    """The app's store lock (reads must not interleave with a reload), or a no-op."""
    lock = getattr(app, "store_lock", None)
    return lock if lock is not None else nullcontext()


def leave(screen: Screen[Any]) -> None:
    """Escape from an entity view: a step back in the history, or close it when there is none."""
    history = getattr(screen.app, "history", None)
    if history is not None and not history.can_back:
        screen.dismiss()
    else:
        screen.app.back()  # type: ignore[attr-defined]


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
