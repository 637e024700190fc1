"""Correction keys beyond Merge show in the footer where a wide terminal has room, and give
way first where it has none, so the keys that move and quit are never cut."""

from __future__ import annotations

from tui.widgets.footer import Hint, fitting

ACTOR_LIST = [
    Hint("f", "f", "Filter"),
    Hint("M", "M", "Merge"),
    Hint("X", "X", "Split"),
    Hint("R", "R", "Rename"),
    Hint("K", "K", "Change kind"),
    Hint("slash", "/", "Search"),
    Hint("tab", "tab 1-4", "Pane"),
    Hint("z", "z", "Zoom"),
    Hint("e", "e", "Evidence"),
    Hint("question_mark", "?", "Help"),
    Hint("m", "m", "Matrix"),
    Hint("r", "r", "Reload"),
    Hint("q", "q", "Quit"),
]


def names(hints: list[Hint]) -> list[str]:
    return [h.description for h in hints]


def test_a_wide_footer_keeps_every_correction_key() -> None:
    assert names(fitting(ACTOR_LIST, 120)) == names(ACTOR_LIST)


def test_at_80_columns_the_corrections_after_merge_give_way_before_anything_else() -> None:
    kept = names(fitting(ACTOR_LIST, 80))
    assert "Merge" in kept and "Quit" in kept and "Zoom" in kept and "Search" in kept
    assert not {"Split", "Rename", "Change kind"} & set(kept)
    dropped = set(names(ACTOR_LIST)) - set(kept)
    assert dropped <= {"Split", "Rename", "Change kind", "Filter", "Matrix", "Reload"}
