"""Exports carry the corrections (the records as corrected, and the log), and
``--no-corrections`` gives the store as extraction made it; every format agrees."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import orjson
import pytest

from store.db.store import Store
from store.records import Correction
from tui.cli import main

OKAFOR, ERIKSEN, RAA = "p-amara-okafor", "p-lars-eriksen", "g-reciprocal-access-agreement"


@pytest.fixture
def corrected(store_at: Path) -> Path:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN), note="one person"))
        store.correct(Correction("set", (RAA,), {"field": "year", "value": 2023}, "treaty text"))
        store.correct(Correction("delete", ("c-japan",)))
    return store_at


def export(db: Path, fmt: str, out: Path, *extra: str) -> Path:
    assert main(["export", "--db", str(db), "--format", fmt, "-o", str(out), *extra]) == 0
    return out


def ids_in(data: dict) -> tuple[set[str], set[str]]:
    return {a["id"] for a in data["actors"]}, {g["id"] for g in data["agreements"]}


def test_json_carries_the_corrected_records_and_the_log(corrected: Path, tmp_path: Path) -> None:
    data = orjson.loads(export(corrected, "json", tmp_path / "all.json").read_bytes())
    actors, agreements = ids_in(data)
    assert ERIKSEN not in actors and OKAFOR in actors and "c-japan" not in actors
    (raa,) = [g for g in data["agreements"] if g["id"] == RAA]
    assert raa["year"] == 2023 and "c-japan" not in raa["parties"]
    log = data["corrections"]
    assert [(e["seq"], e["op"], e["state"], e["note"]) for e in log] == [
        (1, "merge", "active", "one person"),
        (2, "set", "active", "treaty text"),
        (3, "delete", "active", ""),
    ]
    assert log[0]["refs"][1] == {"table": "actors", "id": ERIKSEN, "kind": "person", "name": "Lars Eriksen"}
    for article in data["articles"]:  # every link points at a record of the export
        assert set(article["actors"]) <= actors and set(article["agreements"]) <= agreements
    (okafor,) = [a for a in data["actors"] if a["id"] == OKAFOR]
    assert "Lars Eriksen" in okafor["aliases"]
    plain = orjson.loads(export(corrected, "json", tmp_path / "plain.json", "--no-corrections").read_bytes())
    apart = [len(a["mentions"]) for a in plain["actors"] if a["id"] in (OKAFOR, ERIKSEN)]
    assert len(apart) == 2 and len(okafor["mentions"]) == sum(apart)  # his and the merged one's


def test_no_corrections_gives_the_extracted_store(corrected: Path, tmp_path: Path) -> None:
    plain = orjson.loads(export(corrected, "json", tmp_path / "plain.json", "--no-corrections").read_bytes())
    actors, _ = ids_in(plain)
    assert {OKAFOR, ERIKSEN, "c-japan"} <= actors
    (raa,) = [g for g in plain["agreements"] if g["id"] == RAA]
    assert raa["year"] == 2022 and "c-japan" in raa["parties"]
    assert plain["corrections"] == []
    with Store.open(corrected, write=True) as store:  # the same as undoing every correction
        while store.undo():
            pass
    undone = orjson.loads(export(corrected, "json", tmp_path / "undone.json").read_bytes())
    del undone["corrections"], plain["corrections"]
    assert undone == plain


def read_csv(folder: Path, name: str) -> list[dict[str, str]]:
    with open(folder / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("extra", [(), ("--no-corrections",)])
def test_csv_tables_join_with_and_without_corrections(
    corrected: Path, tmp_path: Path, extra: tuple[str, ...]
) -> None:
    folder = export(corrected, "csv", tmp_path / "tables", *extra)
    actors = {r["id"] for r in read_csv(folder, "actors.csv")}
    agreements = {r["id"] for r in read_csv(folder, "agreements.csv")}
    assert {r["entity_id"] for r in read_csv(folder, "mentions.csv")} <= actors | agreements
    assert {r["actor_id"] for r in read_csv(folder, "parties.csv")} <= actors
    assert {r["affiliation_id"] for r in read_csv(folder, "roles.csv")} - {""} <= actors
    log = read_csv(folder, "corrections.csv")
    if extra:
        assert ERIKSEN in actors and log == []
    else:
        assert ERIKSEN not in actors and "c-japan" not in actors
        assert [(r["seq"], r["op"], r["targets"]) for r in log] == [
            ("1", "merge", f"{OKAFOR}; {ERIKSEN}"),
            ("2", "set", RAA),
            ("3", "delete", "c-japan"),
        ]
        assert orjson.loads(log[1]["args"]) == {"field": "year", "value": 2023}


@pytest.mark.parametrize("extra", [(), ("--no-corrections",)])
def test_the_network_matches_the_records(corrected: Path, tmp_path: Path, extra: tuple[str, ...]) -> None:
    graph = nx.read_graphml(export(corrected, "graphml", tmp_path / "net.graphml", *extra))
    data = orjson.loads(export(corrected, "json", tmp_path / "all.json", *extra).read_bytes())
    actors, agreements = ids_in(data)
    assert set(graph.nodes) == actors | agreements
    assert (ERIKSEN in graph.nodes) == bool(extra)
