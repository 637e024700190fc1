"""The seeds through the whole pipeline (parse -> extract -> resolve -> store -> export),
scored against their gold answers; and the scorer port itself on small hand-made exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.db.export import export_data
from store.db.store import Store
from store.ingest import ingest
from tests import scoring

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold"
SEEDS = REPO / "seeds"


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict:
    path = tmp_path_factory.mktemp("gold") / "pactscope.json"
    with Store.open(path, write=True) as store:
        report = ingest(store, [SEEDS], jobs=1)
        assert report.ok, report.failed
        data = export_data(store)
    return scoring.score(GOLD, json.loads(json.dumps(data)), verbose=True)


def test_entities(result: dict) -> None:
    problems = "\n".join(result["problems"])
    assert result["entity_f1"] >= 0.90, problems
    for kind, figures in result["kinds"].items():
        assert figures["f1"] >= 0.85, f"{kind}: {figures}\n{problems}"


def test_roles_affiliations_parties(result: dict) -> None:
    problems = "\n".join(result["problems"])
    assert result["role_accuracy"] >= 0.85, problems
    assert result["affiliation_accuracy"] >= 0.85, problems
    assert result["party_f1"] >= 0.85, problems


def test_cross_article_resolution(result: dict) -> None:
    assert result["cross_article_resolution"] >= 0.90, "\n".join(result["problems"])


def test_header_fields_and_body(result: dict) -> None:
    for name in ("title", "dateline", "byline", "published", "source"):
        assert result["fields"][name] == 1.0, (name, result["problems"])
    assert result["boilerplate_leak"] == 0.0
    assert result["body_coverage"] == 1.0


# --- the scorer port on hand-made exports ---------------------------------------------------


def _gold(tmp_path: Path) -> Path:
    gold = {
        "file": "a.txt",
        "title": "T",
        "dateline": None,
        "byline": None,
        "published": None,
        "source": None,
        "boilerplate": ["Leave a Reply"],
        "body_must_contain": ["Kyiv and Washington signed a deal."],
        "persons": [{"name": "Jane Doe", "aliases": ["Doe"], "role": "Foreign Minister", "affiliation": "Ukraine"}],
        "countries": [{"name": "Ukraine", "aliases": ["Kyiv"]}, {"name": "United States", "aliases": ["US"]}],
        "organizations": [],
        "agreements": [
            {
                "name": "U.S.-Ukraine minerals deal",
                "aliases": [],
                "unnamed": True,
                "keywords": ["minerals deal"],
                "parties": ["United States", "Ukraine"],
                "year": None,
                "status": "signed",
                "value": None,
            }
        ],
    }
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def _export() -> dict:
    return {
        "articles": [
            {
                "id": "A",
                "file": "/x/a.txt",
                "title": "T",
                "dateline": None,
                "byline": None,
                "published": None,
                "source": None,
                "paragraphs": ["Kyiv and Washington signed a deal."],
            }
        ],
        "actors": [
            {"id": "p1", "kind": "person", "name": "Jane Doe", "aliases": [], "roles": [{"title": "Foreign Minister", "affiliation": "c1"}], "articles": ["A"]},
            {"id": "c1", "kind": "country", "name": "Ukraine", "aliases": [], "roles": [], "articles": ["A"]},
            {"id": "c2", "kind": "country", "name": "United States", "aliases": ["U.S."], "roles": [], "articles": ["A"]},
        ],
        "agreements": [
            {"id": "g1", "name": "Ukraine-U.S. minerals deal", "aliases": [], "parties": ["c1", "c2"], "year": None, "status": "signed", "value": None, "articles": ["A"]}
        ],
    }


def test_scorer_perfect_export(tmp_path: Path) -> None:
    r = scoring.score(_gold(tmp_path), _export())
    assert r["entity_f1"] == 1.0
    assert r["role_accuracy"] == 1.0 and r["affiliation_accuracy"] == 1.0 and r["party_f1"] == 1.0
    assert r["boilerplate_leak"] == 0.0 and r["body_coverage"] == 1.0


def test_scorer_missing_and_extra(tmp_path: Path) -> None:
    export = _export()
    export["actors"] = [a for a in export["actors"] if a["id"] != "c2"]
    export["actors"].append({"id": "c3", "kind": "country", "name": "France", "aliases": [], "roles": [], "articles": ["A"]})
    r = scoring.score(_gold(tmp_path), export)
    countries = r["kinds"]["countries"]
    assert (countries["tp"], countries["fp"], countries["fn"]) == (1, 1, 1)
    assert countries["recall"] == 0.5 and r["entity_f1"] < 1.0


def test_scorer_name_forms_and_unnamed(tmp_path: Path) -> None:
    export = _export()
    export["actors"][0]["name"] = "Doe Jane"  # order does not matter
    export["agreements"][0]["name"] = "Kyiv-Washington pact"  # no keyword: no match
    r = scoring.score(_gold(tmp_path), export)
    assert r["kinds"]["persons"]["f1"] == 1.0
    assert r["kinds"]["agreements"]["tp"] == 0


def test_scorer_roles_and_leaks(tmp_path: Path) -> None:
    export = _export()
    export["actors"][0]["roles"] = [{"title": "Prime Minister", "affiliation": "c2"}]
    export["articles"][0]["paragraphs"].append("Leave a Reply")
    r = scoring.score(_gold(tmp_path), export)
    assert r["role_accuracy"] == 0.0 and r["affiliation_accuracy"] == 0.0
    assert r["boilerplate_leak"] == 1.0


def test_scorer_cross_article(tmp_path: Path) -> None:
    gold_dir = _gold(tmp_path)
    second = json.loads((gold_dir / "a.json").read_text())
    second["file"] = "b.txt"
    (gold_dir / "b.json").write_text(json.dumps(second))
    export = _export()
    export["articles"].append(dict(export["articles"][0], id="B", file="b.txt"))
    for record in export["actors"] + export["agreements"]:
        record["articles"] = ["A", "B"]
    assert scoring.score(gold_dir, export)["cross_article_resolution"] == 1.0
    split = dict(export["actors"][0], id="p2", articles=["B"])
    export["actors"][0]["articles"] = ["A"]
    export["actors"].append(split)
    assert scoring.score(gold_dir, export)["cross_article_resolution"] < 1.0
