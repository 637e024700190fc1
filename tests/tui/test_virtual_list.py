"""The line-based record list: whole-row scrolling, a stable cursor across refreshes, messages."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.virtual_list import VirtualList


class TwoLine(VirtualList):
    row_height = 2

    def prompt(self, record: int) -> Text:
        return Text(f"row {record}\nsecond [b]{record}[/b]")


class ListApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[str] = []

    def compose(self) -> ComposeResult:
        yield TwoLine()

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        self.chosen.append(message.key)


async def test_rows_scroll_by_whole_rows_and_render_lazily() -> None:
    app = ListApp()
    async with app.run_test(size=(20, 9)) as pilot:  # 9 lines: four and a half rows
        rows = app.query_one(TwoLine)
        rows.focus()
        rows.replace((f"k{i}", i) for i in range(10_000))
        await pilot.pause()
        assert rows.option_count == 10_000 and rows.highlighted == 0
        for _ in range(5):
            await pilot.press("j")
        assert rows.highlighted == 5
        assert rows.scroll_offset.y % 2 == 0  # the top row is never cut in half
        top = rows.scroll_offset.y // 2
        assert rows.render_line(0).text.startswith(f"row {top}")
        await pilot.press("G")
        assert rows.highlighted_id == "k9999"
        assert rows.scroll_offset.y % 2 == 0
        shown = [rows.render_line(y).text for y in range(9)]
        assert any(line.startswith("second [b]9999[/b]") for line in shown)  # markup literal
        assert len(rows._prompts) < 100  # only what was on screen was ever built
        await pilot.press("enter")
        assert app.chosen == ["k9999"]


async def test_refresh_keeps_the_highlighted_record() -> None:
    app = ListApp()
    async with app.run_test(size=(20, 9)) as pilot:
        rows = app.query_one(TwoLine)
        rows.replace((f"k{i}", i) for i in range(5))
        rows.select_id("k3")
        rows.replace([("new", 99)] + [(f"k{i}", i) for i in range(5)])
        await pilot.pause()
        assert rows.highlighted_id == "k3" and rows.highlighted == 4
        rows.replace((f"k{i}", i) for i in range(2))  # k3 is gone: stay near where it was
        assert rows.highlighted == 1
        rows.replace([])
        assert rows.highlighted is None and rows.highlighted_id is None
        await pilot.press("j", "enter")
        assert app.chosen == []


def test_actor_line_shortens_a_long_name_before_its_kind_and_count() -> None:
    from store.db.lists import actor_line
    from store.records import Actor
    from tui.widgets.actor_list import actor_prompt

    record = Actor("o-x", "organization", "Japanese Defense Ministry [b]x[/b]", articles={"a": 2})
    actor = actor_line(record)
    line = actor_prompt(actor, 28).plain
    assert len(line) <= 28 and line.endswith("organisation · 1") and "…" in line
    assert actor_prompt(actor).plain == "Japanese Defense Ministry [b]x[/b]  organisation · 1"
    assert actor_prompt(actor, 12).plain.startswith("Japanese Defense Ministry")  # too narrow


async def test_rows_are_built_again_for_a_new_width() -> None:
    class Wide(VirtualList):
        def prompt(self, record: int) -> Text:
            return Text(f"{record} at {self.scrollable_content_region.width}")

    class WideApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Wide()

    app = WideApp()
    async with app.run_test(size=(30, 5)) as pilot:
        rows = app.query_one(Wide)
        rows.replace([("k", 7)])
        await pilot.pause()
        assert rows.render_line(0).text.startswith("7 at 30")
        await pilot.resize_terminal(40, 5)
        await pilot.pause()
        assert rows.render_line(0).text.startswith("7 at 40")


async def test_rows_are_looked_up_by_id_only_once_asked_and_then_again_after_a_replace() -> None:
    app = ListApp()
    async with app.run_test(size=(20, 9)) as pilot:
        rows = app.query_one(TwoLine)
        rows.focus()
        rows.replace((f"k{i}", i) for i in range(1000))
        await pilot.press("j", "j")
        assert rows.highlighted_record == 2
        assert rows._positions is None  # moving and drawing asked no row by id
        assert rows.record("k7") == 7 and rows.select_id("k9")
        assert rows.highlighted_record == 9
        rows.replace([("new", -1), *((f"k{i}", i) for i in range(1000))])  # keeps k9
        assert rows.highlighted_id == "k9" and rows.record("new") == -1
        assert rows.highlighted == 10 and rows.record("k0") == 0
        rows.replace([])
        assert rows.highlighted_record is None and not rows.select_id("k9")
