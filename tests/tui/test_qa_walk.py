"""What an analyst trips over walking the explorer: a cursor they can see, a row kept in view."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.app_support import SIZE, settle
from tests.tui_support import seeded_store
from tui.app import PactscopeApp
from tui.widgets.actor_list import ActorList
from tui.widgets.article_list import ArticleList


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


def reversed_rows(app: PactscopeApp, widget, attribute: str = "reverse") -> list[int]:
    """The rows of ``widget`` (0 = its first) holding a reversed (or ``attribute``) cell, as
    a NO_COLOR terminal shows them (the app's line filters applied)."""
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
            if inside and segment.style and getattr(segment.style, attribute) and segment.text.strip():
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


@pytest.mark.slow
async def test_escape_in_the_merge_dialog_keeps_the_marks_and_digits_are_shown(tmp_path: Path) -> None:
    """Escape in a dialog changes nothing: the records marked for a merge stay marked, to
    merge them after all. The dialog says 'a digit: choose', so each option shows its digit."""
    from tests.screens_support import screen_text
    from tests.tui.fix_support import build_fix_store
    from tui.screens.choice import ChoiceScreen

    app = PactscopeApp(build_fix_store(tmp_path / "s" / "p.json"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        listing = app.main_screen.query_one("#actor-list")
        for name in ("Jonathan Okafor", "Jon Okafor"):
            listing.select_id(next(a.id for a in app.store.actors() if a.name == name))
            await pilot.pause()
            await pilot.press("space")
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        text = screen_text(app)
        assert "1 Jonathan Okafor" in text and "2 Jon Okafor" in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert "* Jon Okafor" in screen_text(app) and "* Jonathan Okafor" in screen_text(app)
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)  # still the two marked, not a picker


@pytest.mark.slow
async def test_a_long_name_in_the_agreements_title_is_cut_with_the_console_glyph(tmp_path: Path) -> None:
    """On the Linux console the Agreements pane's title cuts a long actor name with '~', not
    with the '…' Textual uses, which the console font lacks."""
    from tests.screens_support import screen_text
    from tui.glyphs import use

    use(True)
    try:
        app = PactscopeApp(seeded_store(tmp_path))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("2")
            actors = app.screen.query_one(ActorList)
            long = next(a for a in app.store.actors() if len(a.name) > 20)
            actors.select_id(long.id)
            await pilot.pause()
            title = next(line for line in screen_text(app).splitlines() if "Agreements" in line)
            assert "…" not in title and "~" in title and long.name[:10] in title
            assert title.endswith("~ ─┐"), title  # cut where Textual would, not sooner
    finally:
        use(False)


@pytest.mark.slow
async def test_the_split_dialog_shows_which_articles_are_marked_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual draws an X in every box and tells marked from unmarked by colour alone: under
    NO_COLOR every article looked marked. An unmarked box is empty."""
    from tests.screens_support import screen_text
    from tests.tui.fix_support import build_fix_store
    from tui.navigation import Location
    from tui.screens.split import SplitScreen

    monkeypatch.setenv("NO_COLOR", "1")
    app = PactscopeApp(build_fix_store(tmp_path / "s" / "p.json"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        peru = next(a.id for a in app.store.actors() if a.name == "Peru")
        app.go(Location("actor", peru))
        await pilot.pause()
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, SplitScreen)

        def boxes() -> list[str]:
            return [line.split("▐", 1)[1][:2] for line in screen_text(app).splitlines() if "▐" in line]

        assert len(boxes()) >= 2 and all(box == " ▌" for box in boxes())
        await pilot.press("space")
        await pilot.pause()
        assert boxes()[0] == "X▌" and all(box == " ▌" for box in boxes()[1:])


@pytest.mark.slow
async def test_the_highlighted_agreement_is_in_view_after_zoom_and_back(tmp_path: Path) -> None:
    """Zoomed, the agreements pane shows every line from the top; given back its small share,
    it kept that top and left the highlighted agreement below its last row."""
    from tui.widgets.agreement_list import AgreementList

    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await pilot.pause()
        agreements = app.screen.query_one(AgreementList)
        agreements.highlighted = agreements.option_count - 1
        await pilot.pause()
        seen_before = agreements.scroll_offset.y
        assert seen_before > 0  # the last agreement is below the pane's first rows
        await pilot.press("z")
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        await pilot.pause(0.2)
        assert agreements.scroll_offset.y == seen_before


@pytest.mark.slow
async def test_the_option_under_the_cursor_of_a_dialog_is_underlined_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under NO_COLOR a dialog's cursor was bold only: which of 'Delete it' and 'Keep it'
    Enter would pick was hard to see. It is underlined too (Textual turns an option list's
    reverse into colours, which NO_COLOR drops), and moves with the cursor."""
    from tui.screens.choice import ChoiceList, ChoiceScreen

    monkeypatch.setenv("NO_COLOR", "1")
    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "delete")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        choices = app.screen.query_one(ChoiceList)
        assert choices.highlighted == 1  # Keep it
        assert reversed_rows(app, choices, "underline") == [1]
        await pilot.press("k")
        await pilot.pause()
        assert reversed_rows(app, choices, "underline") == [0]
        await pilot.press("escape")


@pytest.mark.slow
async def test_the_agreements_cursor_is_underlined_without_colour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The agreement names are bold on every row, so a bold cursor hid in the pane under
    NO_COLOR: the focused cursor's lines are underlined, and only theirs."""
    from tui.widgets.agreement_list import AgreementList

    monkeypatch.setenv("NO_COLOR", "1")
    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await pilot.pause()
        agreements = app.screen.query_one(AgreementList)
        assert agreements.highlighted == 0
        underlined = reversed_rows(app, agreements, "underline")
        assert underlined and underlined == list(range(len(underlined)))  # the first option's lines
        assert len(underlined) < agreements.content_region.height
