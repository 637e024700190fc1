"""A correction whose write fails in an unforeseen way (a fault of the program's own, or the
search index refresh after the commit) is one line in the explorer, which stays open; what
the store holds is what it shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import store.fixing
from store.db.store import Store
from tests.tui.fix_support import agreement_id, build_fix_store, settle
from tui.app import PactscopeApp

pytestmark = pytest.mark.slow  # a whole explorer journey: a write and a reload
SIZE = (80, 24)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_fix_store(tmp_path / "s" / "p.json")


async def set_status(pilot: Any, note: str) -> None:
    """On the Agreements pane: S, status, signed, a note, Enter; then let the write end."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("4", "S")
    await pilot.pause()
    await pilot.press("1")  # status
    await pilot.pause()
    await pilot.press("1")  # signed
    await pilot.pause()
    await pilot.press("ctrl+u", *note)
    await pilot.press("enter")
    await settle(pilot, rounds=120)


def messages(app: PactscopeApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def status_of(db: Path, name: str) -> str | None:
    with Store.open(db) as store:
        return store.agreement(agreement_id(store, name)).status


async def test_an_unforeseen_fault_in_the_write_is_one_line_and_the_app_stays(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise ValueError("mmap closed or\ninvalid")

    monkeypatch.setattr(store.fixing, "write_fix", broken)
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await set_status(pilot, "the ministry's notice")
        assert app.is_running and app.return_code is None
        said = [m for m in messages(app) if "ValueError" in m]
        assert len(said) == 1 and "\n" not in said[0], messages(app)
        assert "mmap closed or invalid" in said[0]
    assert status_of(db, "Lima Fisheries Accord") is None  # nothing was written


async def test_a_failed_index_refresh_keeps_the_correction_and_the_app(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise ValueError("mmap closed or invalid")

    monkeypatch.setattr(store.fixing, "ensure_index", broken)
    app = PactscopeApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await set_status(pilot, "the ministry's notice")
        assert app.is_running and app.return_code is None
        assert any("status set to signed" in m for m in messages(app)), messages(app)
        assert any("search index not refreshed" in m for m in messages(app)), messages(app)
        assert app.store is not None
        assert any(g.status == "signed" for g in app.store.agreements())  # reloaded
    with Store.open(db) as st:
        assert st.corrections()[-1].correction.note == "the ministry's notice"
