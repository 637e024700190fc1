"""The footer at 80 columns: every hint fits, and every key it offers runs the action it names
(no hint that does nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.tui.terminal_support import NAKATANI, plain, running
from tui.app import PactscopeApp

pytestmark = pytest.mark.slow  # whole explorer journeys in several terminal modes


STATES: dict[str, tuple[str, ...]] = {
    "articles": (),
    "article-text": ("enter",),
    "agreements": ("enter", "4"),
    "actors": ("2",),
    "actor-filter": ("2", "f"),
    "search": NAKATANI,
    "help": ("question_mark",),
    "actor": (*NAKATANI, "enter"),
    "agreement": ("enter", "4", "enter"),
}
"""Places in the explorer and the keys that reach them from a fresh start."""


def footer_keys(app: PactscopeApp) -> list[tuple[str, str]]:
    """(key, action) for every enabled hint the footer shows, as the Footer picks them."""
    shown: dict[str, str] = {}
    for key, active in app.screen.active_bindings.items():
        binding = active.binding
        if (binding.show or key == app.COMMAND_PALETTE_BINDING) and active.enabled:
            shown.setdefault(binding.action, key)
    return [(key, action) for action, key in shown.items()]


def footer_labels(app: PactscopeApp) -> list[str]:
    """The description of every hint the footer shows (enabled or not), in footer order."""
    labels: dict[object, str] = {}
    for active in app.screen.active_bindings.values():
        binding = active.binding
        if binding.show:  # a group of bindings ("tab 1-4 Pane") is one hint
            label = binding.group.description if binding.group else binding.description
            labels.setdefault(binding.group or binding.action, label)
    return [label for label in labels.values() if label]


def missing_from_footer(app: PactscopeApp) -> list[str]:
    """Hint labels that are not on the bottom row (in order, each after the previous), but
    those the footer lets give way when the line is full (``FOOTER_ORDER`` after ``*``: the
    help and the palette list them)."""
    from tui.widgets.footer import FOOTER_ORDER

    give_way = set(FOOTER_ORDER[FOOTER_ORDER.index("*") + 1 :])
    may_go = {
        a.binding.description for key, a in app.screen.active_bindings.items() if key in give_way
    }
    row = plain(app).splitlines()[-1]
    missing, at = [], 0
    for label in footer_labels(app):
        found = row.find(label, at)
        if found >= 0:
            at = found + len(label)
        elif label not in may_go:
            missing.append(label)
    return missing


@pytest.mark.parametrize("state", list(STATES))
async def test_footer_fits_and_its_keys_do_what_they_say(store_path: Path, state: str) -> None:
    """Every hint fits on the 80-column footer, and each hint's key, pressed where the hint
    is shown, reaches the hint's action (recorded, not run, so all start from one place)."""
    async with running(store_path, STATES[state]) as (app, pilot):
        cut = missing_from_footer(app)
        hints = footer_keys(app)
        assert hints, f"the footer offers nothing on {state}"
        ran: list[str] = []

        async def record(action: Any, *args: Any, **kwargs: Any) -> bool:
            ran.append(action if isinstance(action, str) else repr(action))
            return True

        app.run_action = record  # type: ignore[method-assign]
        failures = []
        for key, action in hints:
            ran.clear()
            await pilot.press(key)
            await pilot.pause()
            if not any(a == action or a.endswith("." + action) for a in ran):
                failures.append(f"{key!r} did not run {action!r} (ran {ran})")
    assert not cut, f"footer hints on {state} cut off at 80 columns: {cut}"
    assert not failures, f"footer hints on {state} that do nothing: {failures}"
