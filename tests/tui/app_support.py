"""Helpers for the explorer shell tests: the terminal size, waiting for workers, the view's text."""

from __future__ import annotations

from tui.app import PactscopeApp
from tui.widgets.article_view import ArticleView

SIZE = (80, 24)


async def settle(pilot) -> None:
    """Let the loading worker finish and its messages be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def view_text(app: PactscopeApp) -> str:
    return "\n".join(app.screen.query_one(ArticleView).plain_lines())
