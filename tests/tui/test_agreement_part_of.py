"""The agreement view names the larger agreement a part was made under, and opens it."""

from __future__ import annotations

from pathlib import Path

from store.db.store import Store
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from tests.conftest import build_article
from tests.screens_support import open_view, section_prompts
from tui.app import PactscopeApp
from tui.screens.agreement import AgreementScreen

_TEXT = [
    "Two French shipyards have sealed a $2.1 billion deal to build frigates for Greece, the ministry said.",
    "Signed in Athens on Friday, the contracts are the first piece of France's largest ever naval deal, "
    "agreed with Greece last month.",
]


def _store(path: Path) -> tuple[str, str]:
    article = build_article(_TEXT, published="2025-06-07")
    with Store.open(path, write=True) as store:
        store.add(article, extract(article, load_gazetteer()))
        store.commit()
        part = next(g for g in store.agreements() if g.part_of)
        return part.id, part.part_of or ""


async def test_the_part_shows_and_opens_the_whole(tmp_path: Path) -> None:
    db = tmp_path / "s" / "p.json"
    part_id, whole_id = _store(db)
    app = PactscopeApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot, "agreement", part_id, AgreementScreen)
        fields = section_prompts(screen, "#agreement-fields")
        assert fields[-1].startswith("Part of France-Greece naval deal")
        said = section_prompts(screen, "#agreement-timeline")
        assert any("part of France-Greece naval deal" in line for line in said)
        fields_list = screen.query_one("#agreement-fields")
        fields_list.focus()
        fields_list.highlighted = len(fields) - 1
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AgreementScreen) and app.screen.agreement.id == whole_id
