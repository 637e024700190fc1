"""The project's own regression articles (tests/heldout/, other subjects than the seeds) through
the whole pipeline, scored with the scorer port against their gold. They were used to find
rules, so they guard against regressions, not measure generalisation: the floors sit below
today's figures and are not raised to follow tuning (see tests/heldout/README.md).
The set is scored on its own: it is not one corpus with the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.db.export import export_data
from store.db.store import Store
from store.ingest import ingest
from tests import scoring

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"

# kind -> (precision floor, recall floor)
FLOORS = {
    "persons": (0.97, 0.97),
    "countries": (0.95, 0.97),
    "organizations": (0.95, 0.97),
    "agreements": (0.93, 0.93),
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("heldout") / "pactscope.json"
    with Store.open(path, write=True) as store:
        report = ingest(store, [HELDOUT / "articles"], jobs=1)
        assert report.ok, report.failed
        data = export_data(store)
    return scoring.score(HELDOUT / "gold", json.loads(json.dumps(data)), verbose=True)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_entity_floors(result: dict, kind: str) -> None:
    figures = result["kinds"][kind]
    p_floor, r_floor = FLOORS[kind]
    problems = "\n".join(result["problems"])
    assert figures["precision"] >= p_floor, f"{kind}: {figures}\n{problems}"
    assert figures["recall"] >= r_floor, f"{kind}: {figures}\n{problems}"


def test_overall_floors(result: dict) -> None:
    problems = "\n".join(result["problems"])
    assert result["entity_f1"] >= 0.95, problems
    assert result["role_accuracy"] >= 0.96, problems
    assert result["affiliation_accuracy"] >= 0.80, problems
    assert result["party_f1"] >= 0.87, problems
    assert result["cross_article_resolution"] >= 0.90, problems
