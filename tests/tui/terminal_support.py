"""The explorer at 80x24 on a plain terminal, driven by Pilot, and what its screen shows."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from rich.style import Style

from tui.app import PactscopeApp

SIZE = (80, 24)
NAKATANI = ("slash", *"nakatni")
"""Open search and type a misspelt name, as a reader would."""


async def settle(pilot: Any) -> None:
    """Let workers (store load, index, search) finish and their messages be handled."""
    for _ in range(5):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if all(worker.is_finished for worker in pilot.app.workers):
            return


@asynccontextmanager
async def running(store_path: Path, keys: Sequence[str] = ()):
    """The explorer at 80x24 with the store loaded, after pressing ``keys``."""
    app = PactscopeApp(store_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.store is not None and app.search_index is not None, "the store did not load"
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        yield app, pilot


def cells(app: PactscopeApp) -> list[list[tuple[str, Style]]]:
    """The screen as rows of (character, style), as the driver would write it."""
    update: Any = app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens, simplify=True
    )
    rows: list[list[tuple[str, Style]]] = []
    for strips in update.strips:
        row: list[tuple[str, Style]] = []
        for strip in strips:
            for segment in strip:
                if not segment.control:
                    row.extend((ch, segment.style or Style()) for ch in segment.text)
        rows.append(row)
    return rows


def plain(app: PactscopeApp) -> str:
    return "\n".join("".join(ch for ch, _ in row) for row in cells(app))


async def press(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
        assert pilot.app.focused is not None, f"no widget has the focus after {key!r}"
