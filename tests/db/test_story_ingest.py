"""From files to the story: two articles that disagree on one accord's year and value,
ingested through the whole pipeline, come out of the export as one record with a timeline
and two contradictions."""

from __future__ import annotations

from pathlib import Path

from store.db.export import export_data
from store.db.store import Store
from store.ingest import ingest

EARLY = """Norway and Chile sign naval accord

By Staff Writer
Published: 2024-02-01

OSLO — Norway and Chile signed the Fjord Maritime Security Accord in 2021, officials said on Thursday.

The Fjord Maritime Security Accord is worth $2 billion over ten years, according to the ministry.
"""

LATER = """Chile reviews naval accord with Norway

By Staff Writer
Published: 2024-06-20

SANTIAGO — The Fjord Maritime Security Accord, signed by Norway and Chile in 2022, faces new questions.

Lawmakers said the Fjord Maritime Security Accord is worth $2.5 billion, more than first reported.
"""


def test_two_articles_that_disagree_make_one_story_with_its_contradictions(
    tmp_path: Path,
) -> None:
    (tmp_path / "later.txt").write_text(LATER, encoding="utf-8")  # ingested first
    (tmp_path / "early.txt").write_text(EARLY, encoding="utf-8")
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        report = ingest(store, [tmp_path / "later.txt", tmp_path / "early.txt"], jobs=1)
        store.commit()
        assert not report.failed
        (accord,) = [
            g
            for g in export_data(store)["agreements"]
            if g["name"] == "Fjord Maritime Security Accord"
        ]
    dates = [entry["date"] for entry in accord["timeline"]]
    assert dates == ["2024-02-01", "2024-06-20"]
    said = [
        {(s["field"], s["value"]) for s in entry["statements"] if s["field"] in ("year", "value")}
        for entry in accord["timeline"]
    ]
    assert said == [
        {("year", 2021), ("value", "$2 billion")},
        {("year", 2022), ("value", "$2.5 billion")},
    ]
    found = {c["kind"]: [claim["value"] for claim in c["claims"]] for c in accord["contradictions"]}
    assert found == {"year": [2021, 2022], "value": ["$2 billion", "$2.5 billion"]}
    year = next(c for c in accord["contradictions"] if c["kind"] == "year")
    assert "signed by Norway and Chile in 2022" in year["claims"][1]["statements"][0]["text"]
