"""The agreement view in the real explorer: parties, fields with evidence, the timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.db.store import Store
from tests.screens_support import build_store, open_view, screen_text, section_prompts
from tests.tui_support import seeded_store
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen
from tui.widgets.evidence import EvidencePanel


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "c" / "p.json")


def article_ids(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {meta.title.split(" ")[1]: meta.id for meta in store.articles()}  # Pact <word>


async def open_agreement(pilot: Any, agreement_id: str) -> AgreementScreen:
    return await open_view(pilot, "agreement", agreement_id, AgreementScreen)


def prompts(screen: AgreementScreen, section: str) -> list[str]:
    return section_prompts(screen, f"#agreement-{section}")


async def test_parties_fields_and_timeline(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_agreement(pilot, "g-reciprocal-access-agreement")
        assert "Reciprocal Access Agreement" in screen_text(app)
        assert prompts(screen, "parties") == ["Japan  country", "Australia  country"]
        assert prompts(screen, "fields") == [
            "Status  in force  ▸ evidence",
            "Year    2023  ▸ evidence",
            "Value   A$10 billion (10,000,000,000 AUD)  ▸ evidence",
        ]
        timeline = prompts(screen, "timeline")
        assert timeline == [
            "2024-03-01 · Test Wire · Pact [italic]signed",
            "  signed · year 2023 · parties Japan, Australia\n"
            "    “Japan and Australia signed the Reciprocal Access Agreement in 2023.”",
            "  value A$10 billion\n    “The pact [bold]is worth A$10 billion.”",
            "2024-08-15 · Test Wire · Pact in force",
            "  in force · parties Japan, Australia\n"
            "    “The Reciprocal Access Agreement entered into force with Japan and\n"
            "    Australia.”",
        ]
        assert "\x1b" not in "".join(timeline)
        assert screen.query_one("#agreement-timeline").border_title == "Timeline (2 articles)"
        assert not screen.query_one("#agreement-contradictions").display  # none to show
        assert "2 articles · 2024-03-01 to 2024-08-15 · the articles agree" in screen_text(app)


@pytest.mark.slow
async def test_evidence_on_demand_then_open_marks_the_sentence(db: Path) -> None:
    articles = article_ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_agreement(pilot, "g-reciprocal-access-agreement")
        panel = screen.query_one(EvidencePanel)
        assert panel.evidence is None and not panel.display  # nothing until asked
        await pilot.press("j", "e")  # the Year field
        await pilot.pause()
        assert panel.evidence is not None and panel.display
        assert (panel.evidence.field, panel.evidence.sentence) == ("Year", 0)
        assert (
            "“Japan and Australia signed the Reciprocal Access Agreement in 2023.”"
            in screen_text(app)
        )
        await pilot.press("enter")  # Enter on the row whose evidence is shown opens it
        await pilot.pause()
        assert app.history.current == Location(
            "article", articles["[italic]signed\x1b]0;pwned\x07"], 0
        )
        assert app.screen is app.main_screen
        assert app.main_screen.query_one("#article-view").marked == 0


@pytest.mark.slow
async def test_enter_shows_evidence_first_and_o_opens_directly(db: Path) -> None:
    articles = article_ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_agreement(pilot, "g-reciprocal-access-agreement")
        await pilot.press("G", "enter")  # the Value field: first Enter shows the evidence
        await pilot.pause()
        panel = screen.query_one(EvidencePanel)
        assert panel.evidence is not None and panel.evidence.field == "Value"
        assert panel.evidence.sentence == 2
        shown = screen_text(app)  # the evidence sentence: markup literal, escape stripped
        assert "“The pact [bold]is worth A$10 billion.”" in shown and "\x1b" not in shown
        assert app.screen is screen
        await pilot.press("k", "o")  # o opens the Year field's sentence without showing it
        await pilot.pause()
        assert app.history.current == Location(
            "article", articles["[italic]signed\x1b]0;pwned\x07"], 0
        )


@pytest.mark.slow
async def test_status_evidence_is_the_latest_article(db: Path) -> None:
    articles = article_ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_agreement(pilot, "g-reciprocal-access-agreement")
        await pilot.press("e")
        panel = screen.query_one(EvidencePanel)
        assert panel.evidence.article == articles["in"]
        assert "entered into force" in panel.evidence.sentence_text


@pytest.mark.slow
async def test_enter_on_a_party_opens_the_actor(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_agreement(pilot, "g-reciprocal-access-agreement")
        await pilot.press("tab", "j", "e")  # Parties: Australia, with its evidence
        evidence = app.screen.query_one(EvidencePanel).evidence
        assert (evidence.field, evidence.value, evidence.sentence) == ("Party", "Australia", 0)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.screen.actor.name == "Australia"


@pytest.mark.slow
async def test_seeds_reciprocal_access_agreement(tmp_path: Path) -> None:
    app = PactscopeApp(seeded_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        raa = next(g for g in app.store.agreements() if g.name == "Reciprocal Access Agreement")
        screen = await open_agreement(pilot, raa.id)
        parties = [p.split("  ")[0] for p in prompts(screen, "parties")]
        assert sorted(parties) == ["Australia", "Japan"]
        assert prompts(screen, "fields")[1].startswith("Year    2023")
        await pilot.press("j", "e")
        evidence = screen.query_one(EvidencePanel).evidence
        assert (
            "since the signing of the Reciprocal Access Agreement (RAA) in 2023"
            in evidence.sentence_text
        )
        await pilot.press("o")
        await pilot.pause()
        assert app.screen is app.main_screen
        view = app.main_screen.query_one("#article-view")
        assert view.marked == evidence.sentence
        assert app.history.current == Location("article", evidence.article, evidence.sentence)


@pytest.mark.slow
async def test_escape_hides_evidence_first_and_keys_dim_without_evidence(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_agreement(pilot, "g-reciprocal-access-agreement")
        assert screen.active_bindings["e"].enabled
        assert screen.active_bindings["escape"].binding.description == "Back"
        await pilot.press("e")
        await pilot.pause()
        # the footer says what Escape will do: hide the open panel, not leave the view
        assert screen.active_bindings["escape"].binding.description == "Hide"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.query_one(EvidencePanel).evidence is None
        assert screen.active_bindings["escape"].binding.description == "Back"
        await pilot.press("tab", "tab")  # the Timeline, on an article's line: no evidence there
        await pilot.pause()
        assert screen.focused is screen.query_one("#agreement-timeline")
        assert not screen.active_bindings["e"].enabled
        assert not screen.active_bindings["o"].enabled
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen


def test_evidence_marks_the_value_in_its_sentence() -> None:
    from tui.widgets.evidence import Evidence, evidence_text
    from tui.widgets.labels import MATCH_STYLE

    evidence = Evidence(
        "r1",
        "Value",
        "A$10 billion (10,000,000,000 AUD)",
        "a",
        2,
        "The pact [bold]is\x1b[5m worth A$10 billion.",
        "T",
        mark="A$10 billion",
    )
    text = evidence_text(evidence)
    marks = [text.plain[s.start : s.end] for s in text.spans if s.style == MATCH_STYLE]
    assert marks == ["A$10 billion"]
    assert "“The pact [bold]is worth A$10 billion.”" in text.plain
