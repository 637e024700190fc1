"""The agreement's story in the explorer: contradictions at the top, the timeline by date,
and Enter from either to the article at the sentence that says it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.db.store import Store
from store.records import AgreementHit, Extraction, Fact
from tests.conftest import build_article, span_of
from tests.screens_support import (
    DISPUTED_ID,
    build_disputed_store,
    open_view,
    screen_text,
    section_prompts,
)
from tui.app import PactscopeApp
from tui.navigation import Location
from tui.screens.agreement import AgreementScreen
from tui.widgets.evidence import EvidencePanel, evidence_text
from tui.widgets.labels import MATCH_STYLE
from tui.widgets.story_text import DISPUTED_STYLE


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_disputed_store(tmp_path / "d" / "p.json")


def article_ids(db: Path) -> dict[str, str]:
    with Store.open(db) as store:
        return {meta.title.split(" ")[1]: meta.id for meta in store.articles()}


async def open_pact(pilot: Any) -> AgreementScreen:
    return await open_view(pilot, "agreement", DISPUTED_ID, AgreementScreen)


@pytest.mark.slow
async def test_contradictions_come_first_with_each_side_and_its_articles(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_pact(pilot)
        assert section_prompts(screen, "#agreement-contradictions") == [
            "Year differs between 2 articles",
            "  2021  2024-02-01 · Test Wire · Pact [b]signed",
            "  2022  2024-06-20 · Test Wire · Pact revisited",
            "Value differs between 2 articles",
            "  $2 billion    2024-02-01 · Test Wire · Pact [b]signed",
            "  $2.5 billion  2024-06-20 · Test Wire · Pact revisited",
            "Parties differ between 3 articles",
            "  Norway, Chile  2024-02-01 · Test Wire · Pact [b]signed",
            "  Norway, Chile  2024-09-05 · Test Wire · Talks go on",
            "  Norway, Peru   2024-06-20 · Test Wire · Pact revisited",
            "Status goes back between 2 articles",
            "  signed             2024-02-01 · Test Wire · Pact [b]signed",
            "  under negotiation  2024-09-05 · Test Wire · Talks go on",
        ]
        section = screen.query_one("#agreement-contradictions")
        assert screen.focused is section and section.border_title == "Contradictions (4)"
        shown = screen_text(app)
        assert "5 articles · 2024-02-01 to 2024-09-05 · ! 4 contradictions" in shown
        assert "Year differs between 2 articles" in shown and "\x1b" not in shown
        assert section_prompts(screen, "#agreement-fields") == [
            "Status  under negotiation  ▸ evidence  ! articles disagree",
            "Year    2021  ▸ evidence  ! articles disagree",
            "Value   $2 billion (2,000,000,000 USD)  ▸ evidence  ! articles disagree",
        ]
        assert section_prompts(screen, "#agreement-parties") == [
            "Norway  country",
            "Chile  country  ! not in every article's list",
            "Peru  country  ! not in every article's list",
        ]


async def test_timeline_by_date_marks_what_is_disputed(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_pact(pilot)
        timeline = screen.query_one("#agreement-timeline")
        assert timeline.border_title == "Timeline (5 articles)"
        lines = section_prompts(screen, "#agreement-timeline")
        heads = [line for line in lines if not line.startswith(" ")]
        assert heads == [
            "2024-02-01 · Test Wire · Pact [b]signed",
            "2024-04-10 · Test Wire · Peru joins",
            "2024-06-20 · Test Wire · Pact revisited",
            "2024-09-05 · Test Wire · Talks go on",
            "undated · Test Wire · Harbour notes\n"
            "  mentions it, says nothing of its status, year, value or parties",
        ]
        assert lines[1] == (
            "  signed! · year 2021! · parties Norway, Chile!  (year-after-verb)\n"
            "    “Norway and Chile signed the Harbour Security Pact in 2021.”"
        )
        assert lines[4] == (
            "  parties Norway, Chile, Peru\n"
            "    “Peru joined Norway and Chile in the Harbour Security Pact.”"
        )
        assert lines[7] == (
            "  value $2.5 billion!\n"
            "    “Officials valued the Harbour Security Pact at $2.5 billion\n"
            "    [red]today.”"
        )
        # disputed values are bold as well as marked, Norway (in every list) is not
        prompt = timeline.get_option_at_index(1).prompt
        bold = [prompt.plain[s.start : s.end] for s in prompt.spans if s.style == DISPUTED_STYLE]
        assert bold == ["signed!", "2021!", "Chile!"]


@pytest.mark.slow
async def test_enter_on_a_side_shows_its_sentence_then_opens_the_article(db: Path) -> None:
    articles = article_ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_pact(pilot)
        await pilot.press("j", "enter")  # the 2022 side of the year disagreement
        await pilot.pause()
        panel = screen.query_one(EvidencePanel)
        assert (panel.evidence.field, panel.evidence.value) == ("Year", "2022")
        assert panel.evidence.article == articles["revisited"]
        shown = screen_text(app)
        assert "signed by Norway and Peru in 2022" in shown
        assert "— Pact revisited · 2024-06-20 · rule year-after-verb" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert app.history.current == Location("article", articles["revisited"], 0)
        assert app.main_screen.query_one("#article-view").marked == 0


@pytest.mark.slow
async def test_timeline_enter_opens_an_article_or_shows_a_sentence(db: Path) -> None:
    articles = article_ids(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_pact(pilot)
        await pilot.press("shift+tab")  # Contradictions -> (wraps to) Timeline
        await pilot.pause()
        assert screen.focused is screen.query_one("#agreement-timeline")
        assert not screen.active_bindings["e"].enabled  # an article's line has no evidence
        await pilot.press("j", "j", "enter")  # the value sentence of the first article
        await pilot.pause()
        evidence = screen.query_one(EvidencePanel).evidence
        assert (evidence.field, evidence.value) == ("Says", "value $2 billion")
        assert evidence.sentence == 1
        text = evidence_text(evidence)
        marks = [text.plain[s.start : s.end] for s in text.spans if s.style == MATCH_STYLE]
        assert marks == ["$2 billion"]
        await pilot.press("o")
        await pilot.pause()
        assert app.history.current == Location("article", articles["[b]signed\x1b[31m"], 1)
        screen = await open_pact(pilot)
        await pilot.press("shift+tab", "G", "enter")  # the undated article: Enter opens it
        await pilot.pause()
        assert app.history.current == Location("article", articles["notes"], None)


@pytest.mark.slow
async def test_a_side_given_by_many_articles_lists_a_few_then_counts_the_rest(
    tmp_path: Path,
) -> None:
    db = tmp_path / "many.json"
    with Store.open(db, write=True) as store:
        for n, year in enumerate([2019, 2019, 2019, 2019, 2019, 2020]):
            art = build_article(
                [f"Report {n}: the Lake Accord was signed in {year}."],
                file=f"m{n}.txt",
                title=f"Report {n}",
                published=f"2024-01-{n + 10}",
            )
            accord = AgreementHit(
                name="Lake Accord",
                year=year,
                facts=[Fact("year", year, 0)],
                spans=[span_of(art, "Lake Accord")],
            )
            store.add(art, Extraction(article_id=art.id, agreements=[accord]))
        store.commit()
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_view(pilot, "agreement", "g-lake-accord", AgreementScreen)
        assert section_prompts(screen, "#agreement-contradictions") == [
            "Year differs between 6 articles",
            "  2019  2024-01-10 · Test Wire · Report 0",
            "  2019  2024-01-11 · Test Wire · Report 1",
            "  2019  2024-01-12 · Test Wire · Report 2",
            "    … and 2 more articles",
            "  2020  2024-01-15 · Test Wire · Report 5",
        ]
        assert screen.query_one("#agreement-timeline").border_title == "Timeline (6 articles)"


async def test_the_highlighted_line_stays_in_view_when_the_evidence_panel_opens(db: Path) -> None:
    app = PactscopeApp(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_pact(pilot)
        await pilot.press("shift+tab", *["j"] * 6, "e")  # the 2022 sentence of "Pact revisited"
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one(EvidencePanel).evidence.value == "year 2022 · parties Norway, Peru"
        assert "  year 2022! · parties Norway, Peru!" in screen_text(app)
        await pilot.press("j", "j", "j")  # further down, under the open panel
        await pilot.pause()
        await pilot.pause()
        assert "  under negotiation! · parties Norway, Chile!" in screen_text(app)
