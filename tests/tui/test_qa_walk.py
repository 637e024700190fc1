"""What an analyst trips over walking the explorer: a cursor they can see, a row kept in view."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui_support import seeded_store
from tui.app import PactscopeApp
from tui.widgets.actor_list import ActorList
from tui.widgets.article_list import ArticleList

SIZE = (80, 24)


async def settle(pilot) -> None:
    """Let the loading worker finish and its messages be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.slow
async def test_clearing_a_filter_keeps_the_found_row_in_view(tmp_path: Path) -> None:
    """A row found by filtering stays highlighted after Escape, and is scrolled to, not left
    below the pane's last visible row where the cursor cannot be seen."""
    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "f", *"kishida")
        actors = app.screen.query_one(ActorList)
        assert actors.highlighted_id is not None and "kishida" in actors.highlighted_id
        found = actors.highlighted_id
        await pilot.press("escape")
        await pilot.pause()
        assert actors.highlighted_id == found and app.focused is actors
        row = actors.highlighted
        assert row is not None and row * actors.row_height >= actors.size.height  # off the top page
        top = actors.scroll_offset.y
        assert top <= row * actors.row_height < top + actors.scrollable_content_region.height


def reversed_rows(app: PactscopeApp, widget) -> list[int]:
    """The rows of ``widget`` (0 = its first) holding a reversed cell, as a NO_COLOR
    terminal shows them (the app's line filters applied)."""
    region = widget.content_region
    rows = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        if not region.y <= y < region.bottom:
            continue
        for line_filter in app.get_line_filters():
            strip = strip.apply_filter(line_filter, app.screen.styles.background)
        x = 0
        for segment in strip:
            inside = region.x <= x < region.right - 1  # the scroll bar's thumb is reversed too
            if inside and segment.style and segment.style.reverse and segment.text.strip():
                rows.append(y - region.y)
                break
            x += len(segment.text)
    return rows


@pytest.mark.slow
async def test_the_focused_list_cursor_is_reversed_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under NO_COLOR the article titles are all bold, so a bold cursor row looked like every
    other: the focused cursor is reversed and can be seen on every row it reaches."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert app.focused is articles
        assert reversed_rows(app, articles) == [0]
        await pilot.press("j", "j")
        await pilot.pause()
        assert reversed_rows(app, articles) == [2]


def test_a_long_key_list_in_the_help_wraps_between_keys_not_inside_one() -> None:
    """'esc q ? f1' is wider than the key column: cut, it read 'esc q ? f' (a key 'f')."""
    from rich.console import Console

    from tui.help_layout import KEY_WIDTH, Section, render_sections

    keys = "esc q ? f1"
    assert len(keys) > KEY_WIDTH
    sections = [Section("This help", [(keys, "Close")]), Section("Other", [("x", "Y")])]
    for width in (60, 80, 120):
        console = Console(width=width, color_system=None, legacy_windows=False)
        with console.capture() as capture:
            console.print(render_sections(sections, width))
        words = capture.get().split()
        assert "f1" in words and "f" not in words and "f~" not in words, width
