"""Screenshots of the explorer at 80x24 on the bundled seeds, compared with the accepted SVGs.

Every snapshot starts from the seeds ingested into a fresh store in tmp_path (the store path
is never on screen; the seeds are copied to a fixed folder first), waits for the loading
worker and the search index before the picture is taken, and drives the app with keys as a
reader would. Regenerate after a deliberate change:

    .venv/bin/python -m pytest tests/tui/test_snapshots.py --snapshot-update

then look at the SVGs (tests/tui/__snapshots__/test_snapshots/) before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import textual

from store.db.store import Store
from tests.screens_support import DISPUTED_ID, build_disputed_store
from tui.app import PactscopeApp
from tui.navigation import Location

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

SIZE = (80, 24)
SNAPSHOT_TEXTUAL = "8.2.8"
"""The Textual version the SVGs in tests/tui/__snapshots__ were made with (pinned in pyproject)."""


def test_snapshots_match_the_pinned_textual() -> None:
    assert textual.__version__ == SNAPSHOT_TEXTUAL, (
        f"Textual {textual.__version__} is installed but the snapshots were made with "
        f"{SNAPSHOT_TEXTUAL}: regenerate them (pytest tests/tui/test_snapshots.py --snapshot-update), "
        "check the SVGs by eye, and update SNAPSHOT_TEXTUAL when Textual is upgraded."
    )


async def settle(pilot) -> None:
    """Wait until every worker (store load, index, search) is done and its messages handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def loaded(pilot) -> None:
    await settle(pilot)
    app = pilot.app
    assert app.store is not None, "the store did not load"
    assert app.search_index is not None, "the search index did not load"


async def type_search(pilot, query: str) -> None:
    await loaded(pilot)
    await pilot.press("slash")
    await pilot.press(*query)
    await settle(pilot)


FIXED_SEEDS = Path("/tmp/pactscope-snapshots/seeds")
"""Where the seeds are copied before ingest: the store keeps each file's absolute path and the
article list can show it, so it must not depend on the checkout or the temporary folder."""


def fixed_seeds() -> Path:
    """The seeds at FIXED_SEEDS, each file replaced atomically when missing or different."""
    FIXED_SEEDS.mkdir(parents=True, exist_ok=True)
    seeds = sorted(p for p in SEEDS.iterdir() if p.is_file())
    for seed in seeds:
        target = FIXED_SEEDS / seed.name
        data = seed.read_bytes()
        if not target.exists() or target.read_bytes() != data:
            partial = target.with_name(f".{seed.name}.{os.getpid()}")
            partial.write_bytes(data)
            os.replace(partial, target)
    extra = {p.name for p in FIXED_SEEDS.iterdir()} - {p.name for p in seeds}
    assert not extra, f"unexpected files in {FIXED_SEEDS}: {sorted(extra)}"
    return FIXED_SEEDS


RENDERING_ENV = ("TEXTUAL_THEME", "TEXTUAL_FILTERS", "TEXTUAL_DIM_FACTOR", "TEXTUAL_ANIMATIONS")
"""Read by Textual when imported: they change every picture, so the snapshots need them unset."""


@pytest.fixture
def seeded_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PactscopeApp:
    """The explorer on a fresh store (in tmp_path) holding the seeds, with default rendering."""
    changed = [name for name in RENDERING_ENV if os.environ.get(name)]
    if changed:
        pytest.skip(f"snapshots are made with Textual's default rendering; unset {changed}")
    monkeypatch.delenv("NO_COLOR", raising=False)
    try:
        from store.ingest import ingest
    except ImportError as error:
        pytest.skip(f"ingest unavailable: {error}")
    path = tmp_path / "store.json"
    with Store.open(path, write=True) as store:
        report = ingest(store, [fixed_seeds()], jobs=1)
        store.commit()
    assert not report.failed, report.failed
    return PactscopeApp(path)


def test_main_screen(snap_compare, seeded_app: PactscopeApp) -> None:
    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=loaded)


@pytest.mark.slow
def test_main_screen_article_open(snap_compare, seeded_app: PactscopeApp) -> None:
    async def open_first(pilot) -> None:
        await loaded(pilot)
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=open_first)


@pytest.mark.slow
def test_search_with_a_typo(snap_compare, seeded_app: PactscopeApp) -> None:
    async def search(pilot) -> None:
        await type_search(pilot, "nakatni")

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=search)


@pytest.mark.slow
def test_help_screen(snap_compare, seeded_app: PactscopeApp) -> None:
    async def helped(pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=helped)


@pytest.mark.slow
def test_actor_view_from_search(snap_compare, seeded_app: PactscopeApp) -> None:
    async def actor(pilot) -> None:
        await type_search(pilot, "nakatni")
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.history.current == Location("actor", "p-gen-nakatani")

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=actor)


@pytest.mark.slow
def test_agreement_view(snap_compare, seeded_app: PactscopeApp) -> None:
    async def agreement(pilot) -> None:
        await loaded(pilot)
        app = pilot.app
        ids = [a.id for a in app.store.agreements() if a.name == "Reciprocal Access Agreement"]
        assert ids, "the seeds no longer yield the Reciprocal Access Agreement"
        app.go(Location("agreement", ids[0]))
        await settle(pilot)

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=agreement)


@pytest.fixture
def disputed_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PactscopeApp:
    """The explorer on a hand-built store of one pact that five articles disagree about."""
    changed = [name for name in RENDERING_ENV if os.environ.get(name)]
    if changed:
        pytest.skip(f"snapshots are made with Textual's default rendering; unset {changed}")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return PactscopeApp(build_disputed_store(tmp_path / "disputed.json"))


@pytest.mark.slow
def test_agreement_story_with_contradictions(snap_compare, disputed_app: PactscopeApp) -> None:
    async def story(pilot) -> None:
        await loaded(pilot)
        pilot.app.go(Location("agreement", DISPUTED_ID))
        await settle(pilot)

    assert snap_compare(disputed_app, terminal_size=SIZE, run_before=story)


@pytest.mark.slow
def test_agreement_story_timeline(snap_compare, disputed_app: PactscopeApp) -> None:
    async def timeline(pilot) -> None:
        await loaded(pilot)
        pilot.app.go(Location("agreement", DISPUTED_ID))
        await settle(pilot)
        await pilot.press("shift+tab", "j", "j", "e")
        await settle(pilot)

    assert snap_compare(disputed_app, terminal_size=SIZE, run_before=timeline)


def test_main_screen_agreements_zoomed(snap_compare, seeded_app: PactscopeApp) -> None:
    async def zoomed(pilot) -> None:
        await loaded(pilot)
        await pilot.press("enter", "4", "z")
        await loaded(pilot)

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=zoomed)


def test_matrix_screen(snap_compare, seeded_app: PactscopeApp) -> None:
    async def matrix(pilot) -> None:
        await loaded(pilot)
        await pilot.press("m", "j", "l")
        await loaded(pilot)

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=matrix)


def test_article_list_filtered(snap_compare, seeded_app: PactscopeApp) -> None:
    async def filtered(pilot) -> None:
        await loaded(pilot)
        await pilot.press(*"defen")  # d is no key of the list: it opens the filter
        await loaded(pilot)

    assert snap_compare(seeded_app, terminal_size=SIZE, run_before=filtered)
