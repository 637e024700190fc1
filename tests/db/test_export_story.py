"""The export carries each agreement's timeline and the contradictions between articles."""

from __future__ import annotations

import csv
from pathlib import Path

from store.db.export import export_data
from store.db.export_csv import write_csv
from store.db.store import Store
from store.records import Fact


def test_export_has_the_timeline_and_the_contradictions(db_path: Path, make_pair) -> None:
    a1, e1 = make_pair("a.txt", published="2025-01-02", title="Early")
    a2, e2 = make_pair(
        "b.txt", extra=" It was signed in 2022.", published="2025-03-01", title="Later"
    )
    e2.agreements[0].facts = [Fact("year", 2022, 1), Fact("status", "signed", 1)]
    with Store.open(db_path, write=True) as store:
        store.add(a2, e2)  # ingested first, dated later: the timeline goes by date
        store.add(a1, e1)
        store.commit()
    with Store.open(db_path) as store:
        (raa,) = export_data(store)["agreements"]
    timeline = raa["timeline"]
    assert [(e["article"], e["date"], e["title"]) for e in timeline] == [
        (a1.id, "2025-01-02", "Early"),
        (a2.id, "2025-03-01", "Later"),
    ]
    later = timeline[1]["statements"]
    assert [(s["field"], s["value"], s["sentence"]) for s in later] == [
        ("year", 2022, 1),
        ("status", "signed", 1),
    ]
    assert (
        later[0]["text"] == "Foreign Minister Penny Wong praised the deal. It was signed in 2022."
    )
    assert "rule" in later[0]
    (contradiction,) = raa["contradictions"]
    assert contradiction["kind"] == "year"
    assert contradiction["articles"] == [a1.id, a2.id]
    claims = [(c["value"], c["articles"]) for c in contradiction["claims"]]
    assert claims == [(2023, [a1.id]), (2022, [a2.id])]
    first = contradiction["claims"][0]["statements"][0]
    assert first["text"] == "Japan and Australia signed the Reciprocal Access Agreement in 2023."


def test_the_csv_agreements_table_names_the_contradictions(
    db_path: Path, make_pair, tmp_path: Path
) -> None:
    a1, e1 = make_pair("a.txt", published="2025-01-02", title="Early")
    a2, e2 = make_pair("b.txt", extra=" It was signed in 2022.", published="2025-03-01")
    e2.agreements[0].facts = [Fact("year", 2022, 1)]
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.add(a2, e2)
        store.commit()
        write_csv(store, tmp_path / "tables")
    with open(tmp_path / "tables" / "agreements.csv", encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["name"], row["contradictions"]) == ("Reciprocal Access Agreement", "year")
