"""The country x agreement matrix: cells from the store, prefixes, flip, sort, Enter, size."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from store.records import Actor, Agreement, StoredFact
from tests.tui_support import crafted_store
from tui.app import PactscopeApp
from tui.matrix_model import build_matrix, parse_query
from tui.screens.matrix import MatrixScreen
from tui.widgets.matrix_grid import MatrixGrid


def big(n: int) -> tuple[list[Actor], list[Agreement]]:
    """``n`` countries and ``n`` agreements, each agreement with three country parties."""
    countries = [Actor(f"c-{i}", "country", f"Country {i:03}", articles={"a": 1}) for i in range(n)]
    deals = [
        Agreement(
            f"g-{j}",
            f"Pact {j:03}",
            parties=[f"c-{(j + k * 7) % n}" for k in range(3)],
            status="signed",
            facts=[StoredFact("party", f"c-{j % n}", "a", 0)],
        )
        for j in range(n)
    ]
    return countries, deals


def test_cells_hold_the_status_and_where_the_party_is_stated() -> None:
    countries, deals = big(20)
    matrix = build_matrix(countries, deals)
    assert len(matrix.rows) == 20 and len(matrix.cols) == 20
    cell = matrix.cell("c-0", "g-0")
    assert cell is not None and cell.status == "signed"
    assert matrix.evidence("c-0", "g-0") == ("a", 0)
    assert matrix.evidence("c-7", "g-0") is None  # a party no sentence states
    assert matrix.cell("c-1", "g-0") is None


def test_prefixes_narrow_each_side_and_flip_swaps_them() -> None:
    matrix = build_matrix(*big(20))
    assert parse_query("c:jap a:trade pact") == {
        "country": ["jap"],
        "agreement": ["trade"],
        "": ["pact"],
    }
    matrix.apply("c:country 007")
    assert [matrix.countries.names[r] for r in matrix.rows] == ["Country 007"]
    assert all(matrix.cell("c-7", col) for col in matrix.cols)
    matrix.apply("a:pact 003")
    assert matrix.cols == ["g-3"]
    matrix.flipped = True
    matrix.apply("a:pact 003")
    assert matrix.rows == ["g-3"] and matrix.cell("g-3", matrix.cols[0]) is not None


def test_sorting_by_count_puts_the_fullest_first() -> None:
    countries, deals = big(10)
    deals.append(Agreement("g-x", "All", parties=[c.id for c in countries], status="signed"))
    matrix = build_matrix(countries, deals)
    matrix.flipped = True
    matrix.sort = "count"
    matrix.apply()
    assert matrix.rows[0] == "g-x"


def test_a_500_by_500_matrix_renders_only_what_shows() -> None:
    countries, deals = big(500)
    start = time.perf_counter()
    matrix = build_matrix(countries, deals)
    built = time.perf_counter() - start
    grid = MatrixGrid(matrix)
    assert len(matrix.rows) == 500 and len(matrix.cols) == 500
    assert built < 2.0  # generous: bench/ measures the real figure
    assert grid.visible_cols >= 1


@pytest.mark.slow
async def test_the_screen_opens_flips_filters_and_enter_opens_the_agreement(
    tmp_path: Path,
) -> None:
    app = PactscopeApp(crafted_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        built = app.main_screen.matrix  # built ahead, in a worker, once the store loaded
        assert built is not None and built[0] == app.store.generation
        await pilot.press("m")
        await pilot.pause()
        screen: Any = app.screen
        assert screen.matrix is not built[1] and screen.matrix.cells is built[1].cells
        assert isinstance(screen, MatrixScreen)
        grid = screen.query_one(MatrixGrid)
        assert set(screen.matrix.rows) == {"c-atlantis", "c-lemuria"}
        assert screen.matrix.cols == ["g-pacific-accord"]
        header = grid.render_line(0).text
        assert "Pacific Ac" in header
        first = grid.render_line(1).text
        assert "Atlantis" in first and ("signed" in first or "under revi" in first)
        await pilot.press("t")
        assert screen.matrix.rows == ["g-pacific-accord"]
        await pilot.press(*"c:lem")
        assert screen.matrix.cols == ["c-lemuria"]
        await pilot.press("escape", "enter")  # Esc clears the filter, back on the grid
        await app.workers.wait_for_complete()
        await pilot.pause()
        # the agreement opens at the party's line, with the sentence naming it a party shown
        current = app.history.current
        assert current is not None and (current.kind, current.id) == ("agreement", "g-pacific-accord")
        party = current.party
        assert party in {"c-atlantis", "c-lemuria"}
        evidence = app.screen.query_one("EvidencePanel").evidence
        assert evidence is not None and evidence.article == "a1" and evidence.sentence == 0
        assert evidence.field == "Party" and evidence.value.lower() == party.removeprefix("c-")
        await pilot.press("escape")  # hides the evidence panel first
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)  # Esc returns to the view it came from
        await pilot.press("o")
        await pilot.pause()
        current = app.history.current
        assert current is not None and current.kind == "article" and current.sentence == 0
