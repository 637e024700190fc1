"""An agreement made under a larger one is stored and exported with the larger one's id."""

from __future__ import annotations

import csv
from pathlib import Path

import orjson

from store.db.export import export_data
from store.db.export_csv import write_csv
from store.db.export_graph import network
from store.db.fold import Workspace, delete, fold
from store.db.schema import AGREEMENTS, agreement_from_dict, agreement_to_dict
from store.db.store import Store
from store.doctor import check
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.records import Agreement
from tests.conftest import build_article

_TEXT = [
    "Two French shipyards have sealed a $2.1 billion deal to build frigates for Greece, the ministry said.",
    "Signed in Athens on Friday, the contracts are the first piece of France's largest ever naval deal, "
    "agreed with Greece last month.",
]


def _filled(db_path: Path) -> None:
    article = build_article(_TEXT, published="2025-06-07")
    with Store.open(db_path, write=True) as store:
        store.add(article, extract(article, load_gazetteer()))
        store.commit()


def test_the_part_points_at_the_whole_in_the_json_export(db_path: Path) -> None:
    _filled(db_path)
    with Store.open(db_path) as store:
        data = export_data(store)
    by_name = {g["name"]: g for g in data["agreements"]}
    part, whole = by_name["France-Greece deal"], by_name["France-Greece naval deal"]
    assert part["id"] != whole["id"]
    assert part["part_of"] == whole["id"] and whole["part_of"] is None
    fact = next(f for f in part["facts"] if f["field"] == "part_of")
    assert fact["rule"] == "part_of_framework" and "first piece" in fact["text"]


def test_the_csv_agreements_table_has_the_part_of_column(db_path: Path, tmp_path: Path) -> None:
    _filled(db_path)
    out = tmp_path / "csv"
    with Store.open(db_path) as store:
        write_csv(store, out)
    with (out / "agreements.csv").open(newline="", encoding="utf-8") as f:
        rows = {r["name"]: r for r in csv.DictReader(f)}
    assert rows["France-Greece deal"]["part_of"] == rows["France-Greece naval deal"]["id"]
    assert rows["France-Greece naval deal"]["part_of"] == ""


def test_part_of_round_trips_and_older_records_read_none(db_path: Path) -> None:
    _filled(db_path)
    with Store.open(db_path) as store:
        part = next(g for g in store.agreements() if g.part_of)
    data = agreement_to_dict(part)
    assert agreement_from_dict(data).part_of == part.part_of
    del data["part_of"]
    assert agreement_from_dict(data).part_of is None


def test_the_network_links_the_part_to_the_whole(db_path: Path) -> None:
    _filled(db_path)
    with Store.open(db_path) as store:
        net = network(store)
        part = next(g for g in store.agreements() if g.part_of)
    assert ("part_of", part.id, part.part_of) in net.edges


def _workspace(records: list[Agreement]) -> Workspace:
    return Workspace({}, {g.id: g for g in records}, {}, lambda _id: None, lambda *_: "g-new")  # type: ignore[arg-type,return-value]


def test_a_fold_of_the_whole_keeps_the_part_pointing_at_the_record_kept() -> None:
    part = Agreement("g-part", "Part", part_of="g-whole")
    ws = _workspace([part, Agreement("g-whole", "Whole"), Agreement("g-other", "Other")])
    fold(ws, AGREEMENTS, ["g-other", "g-whole"], "g-other")
    assert part.part_of == "g-other" and (AGREEMENTS, "g-part") in ws.touched


def test_a_deleted_whole_leaves_the_part_standing_alone() -> None:
    part = Agreement("g-part", "Part", part_of="g-whole")
    ws = _workspace([part, Agreement("g-whole", "Whole")])
    delete(ws, AGREEMENTS, "g-whole")
    assert part.part_of is None


def test_folding_the_part_into_its_whole_drops_the_self_link() -> None:
    part = Agreement("g-part", "Part", part_of="g-whole")
    ws = _workspace([part, Agreement("g-whole", "Whole")])
    kept = fold(ws, AGREEMENTS, ["g-part", "g-whole"], "g-whole")
    assert kept.part_of is None


def test_doctor_names_a_part_of_pointing_at_no_agreement(db_path: Path) -> None:
    _filled(db_path)
    assert check(db_path) == []
    data = orjson.loads(db_path.read_bytes())
    part = next(g for g in data["agreements"].values() if g.get("part_of"))
    part["part_of"] = "g-gone"
    db_path.write_bytes(orjson.dumps(data))
    problems = check(db_path)
    assert len(problems) == 1 and "refers to missing larger agreement g-gone" in problems[0]
