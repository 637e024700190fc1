"""CSV tables and the network export: pandas reads the tables and joins them on their ids,
networkx reads the GraphML and GEXF with the expected nodes and edges, --force as for JSON."""

from __future__ import annotations

import csv
import json
from itertools import combinations
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from store.db.export import ExportExists
from store.db.export_csv import TABLES, write_csv
from store.db.export_graph import write_graph
from store.db.store import Store
from store.ingest import ingest
from tui.cli import main

CORPUS = Path(__file__).parent.parent / "parse" / "formats" / "corpus"


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [CORPUS / "pages", CORPUS / "exports", CORPUS / "feeds"])
    return db


def tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name[:-4]: pd.read_csv(folder / name, keep_default_na=False, na_values=[""]) for name in TABLES}


def test_csv_tables_load_and_join_on_their_ids(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    with Store.open(filled) as store:
        write_csv(store, out)
        n_articles, actors, agreements = len(store.articles()), store.actors(), store.agreements()
        n_mentions = sum(len(store.body(m.id).mentions) for m in store.articles())
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLES)
    t = tables(out)
    for name, header in TABLES.items():
        assert tuple(t[name[:-4]].columns) == header
    assert len(t["articles"]) == n_articles and len(t["actors"]) == len(actors)
    assert len(t["agreements"]) == len(agreements) and len(t["mentions"]) == n_mentions
    assert len(t["parties"]) == sum(len(g.parties) for g in agreements)
    assert len(t["roles"]) == sum(len(a.roles) for a in actors)
    # every link joins
    entities = pd.concat([t["actors"][["id"]], t["agreements"][["id"]]])
    m = t["mentions"].merge(t["articles"], left_on="article_id", right_on="id", validate="many_to_one")
    assert len(m) == n_mentions
    assert len(t["mentions"].merge(entities, left_on="entity_id", right_on="id")) == n_mentions
    p = t["parties"].merge(t["agreements"], left_on="agreement_id", right_on="id").merge(
        t["actors"], left_on="actor_id", right_on="id", suffixes=("_agreement", "_actor")
    )
    assert len(p) == len(t["parties"])
    assert ("Brazil-Argentina gas pipeline deal", "Brazil") in set(zip(p["name_agreement"], p["name_actor"], strict=True))
    r = t["roles"].merge(t["actors"], left_on="actor_id", right_on="id")
    assert len(r) == len(t["roles"])
    places = t["roles"]["affiliation_id"].dropna()
    assert places.isin(t["actors"]["id"]).all()
    assert ("Energy Minister", "Alexandre Silveira") in set(zip(r["title"], r["name"], strict=True))
    row = t["articles"].set_index("title").loc["Kenya, Tanzania agree on Lake Victoria patrols"]
    assert row["url"] == "https://coastalledger.example/2024/06/kenya-tanzania-patrols/"
    assert row["source"] == "Coastal Ledger" and row["published"] == "2024-06-19"


def test_csv_is_rfc_4180_utf8(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    with Store.open(filled) as store:
        write_csv(store, out)
    raw = (out / "articles.csv").read_bytes()
    assert raw.startswith(b"id,title,published,") and raw.endswith(b"\r\n")
    assert b'"Kenya, Tanzania agree on Lake Victoria patrols"' in raw  # a comma: quoted
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert all(len(row) == len(TABLES["articles.csv"]) for row in rows)
    assert any("The Harbour Times — World" in row for row in rows)  # UTF-8 kept


def test_csv_force_rules(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tables"
    with Store.open(filled) as store:
        write_csv(store, out)
        (out / "notes.txt").write_text("mine")
        before = (out / "actors.csv").read_bytes()
        (out / "actors.csv").write_text("old")
        with pytest.raises(ExportExists, match="articles.csv: already exists; use --force"):
            write_csv(store, out)
        assert (out / "actors.csv").read_text() == "old"  # nothing replaced without --force
        write_csv(store, out, force=True)
        assert (out / "actors.csv").read_bytes() == before
        assert (out / "notes.txt").read_text() == "mine"  # other files in the folder stay
        assert sorted(p.name for p in out.iterdir()) == sorted([*TABLES, "notes.txt"])
        a_file = tmp_path / "plain"
        a_file.write_text("x")
        with pytest.raises(ExportExists, match="is a file"):
            write_csv(store, a_file, force=True)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left behind
    dead = 2**22 + 17  # beyond any pid this machine hands out
    (tmp_path / f".tables.{dead}.tmp").mkdir()  # what a killed export left
    (out / f".actors.csv.{dead}.tmp").write_text("half")
    with Store.open(filled) as store:
        write_csv(store, out, force=True)
    assert not [p for p in [*tmp_path.iterdir(), *out.iterdir()] if p.name.startswith(".")]
    assert main(["--db", str(filled), "export", "--format", "csv"]) == 1
    assert "-o DIR" in capsys.readouterr().err
    assert main(["--db", str(filled), "export", "--format", "csv", "-o", str(tmp_path / "cli")]) == 0
    assert (tmp_path / "cli" / "mentions.csv").exists()


def test_graphml_opens_in_networkx_with_the_network(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "net.graphml"
    with Store.open(filled) as store:
        write_graph(store, out, "graphml")
        actors, agreements, articles = store.actors(), store.agreements(), store.articles()
    g = nx.read_graphml(out)
    assert set(g.nodes) == {a.id for a in actors} | {x.id for x in agreements}
    brazil = g.nodes["c-brazil"]
    assert (brazil["label"], brazil["kind"], brazil["code"], brazil["articles"]) == ("Brazil", "country", "BR", 1)
    deal = next(x for x in agreements if x.name == "Brazil-Argentina gas pipeline deal")
    assert g.nodes[deal.id]["kind"] == "agreement"

    def relations(a: str, b: str) -> dict[str, float]:
        return {d["relation"]: d["weight"] for d in g.get_edge_data(a, b, default={}).values()}

    assert relations("c-brazil", deal.id) == {"party_of": 1.0}
    assert relations("p-alexandre-silveira", "c-brazil") == {"holds_role_in": 1.0, "appears_with": 1.0}
    # appears_with weights count shared articles, computed here independently
    shared: dict[tuple[str, str], int] = {}
    for meta in articles:
        for pair in combinations(sorted(set(meta.actors)), 2):
            shared[pair] = shared.get(pair, 0) + 1
    got = {
        tuple(sorted((a, b))): d["weight"]
        for a, b, d in g.edges(data=True)
        if d["relation"] == "appears_with"
    }
    assert got == {pair: float(n) for pair, n in shared.items()}
    n_party = sum(1 for _, _, d in g.edges(data=True) if d["relation"] == "party_of")
    assert n_party == sum(len(set(x.parties)) for x in agreements)


def test_gexf_opens_in_networkx_with_the_same_network(filled: Path, tmp_path: Path) -> None:
    with Store.open(filled) as store:
        write_graph(store, tmp_path / "net.graphml", "graphml")
        write_graph(store, tmp_path / "net.gexf", "gexf")
        with pytest.raises(ExportExists, match="already exists"):
            write_graph(store, tmp_path / "net.gexf", "gexf")
        write_graph(store, tmp_path / "net.gexf", "gexf", force=True)
    a, b = nx.read_graphml(tmp_path / "net.graphml"), nx.read_gexf(tmp_path / "net.gexf")
    assert set(a.nodes) == set(b.nodes)
    assert b.nodes["c-brazil"]["kind"] == "country" and b.nodes["c-brazil"]["label"] == "Brazil"

    def edges(g: nx.MultiGraph) -> list[tuple[str, str, str, float]]:
        return sorted((*sorted((u, v)), d["relation"], d["weight"]) for u, v, d in g.edges(data=True))

    assert edges(a) == edges(b)


def test_cli_writes_every_format_with_the_force_rules(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("graphml", "gexf", "json"):
        out = tmp_path / f"all.{fmt}"
        assert main(["--db", str(filled), "export", "--format", fmt, "-o", str(out)]) == 0
        first = out.read_bytes()
        assert main(["--db", str(filled), "export", "--format", fmt, "-o", str(out)]) == 1
        assert "already exists; use --force" in capsys.readouterr().err
        assert main(["--db", str(filled), "export", "--format", fmt, "-o", str(out), "--force"]) == 0
        assert out.read_bytes() == first  # deterministic
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    urls = {a["title"]: a["url"] for a in data["articles"]}
    assert urls["Ghana joins West African power pool treaty"] == "https://coastalledger.example/2024/07/ghana-power-pool/"
    assert nx.read_graphml(tmp_path / "all.graphml").number_of_nodes() == len(data["actors"]) + len(data["agreements"])
    capsys.readouterr()
    assert main(["--db", str(filled), "export", "--format", "gexf"]) == 0  # to stdout
    assert capsys.readouterr().out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf ')


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_xml_keeps_odd_names_as_data(tmp_path: Path, fmt: str) -> None:
    from store.db.export_graph import Network, gexf_chunks, graphml_chunks

    name = 'A <b>&amp; "Co"\x0b\ufffe'
    net = Network(
        nodes={"o-x": {"label": name, "kind": "organization", "articles": 2},
               "g-y": {"label": "Pact & <Treaty>", "kind": "agreement", "year": 2024, "articles": 1}},
        edges={("party_of", "o-x", "g-y"): {"weight": 1.0}},
    )  # fmt: skip
    out = tmp_path / f"n.{fmt}"
    out.write_bytes(b"".join((graphml_chunks if fmt == "graphml" else gexf_chunks)(net)))
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert g.nodes["o-x"]["label"] == 'A <b>&amp; "Co"'
    assert g.nodes["g-y"]["label"] == "Pact & <Treaty>" and g.nodes["g-y"]["year"] == 2024
    assert [d["relation"] for _, _, d in g.edges(data=True)] == ["party_of"]
