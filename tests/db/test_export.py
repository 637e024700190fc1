"""The JSON export: the scorer's shape, evidence fields, determinism, and -o/--force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.db.export import ExportExists, export_bytes, export_data, write_export
from store.db.store import Store
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.parse.article import parse_article
from tui.cli import main


@pytest.fixture
def filled(db_path: Path, make_pair) -> Path:
    a1, e1 = make_pair("a.txt")
    a2, e2 = make_pair("b.txt", extra=" Japan agreed.", published="2025-03-01", title="Later")
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.add(a2, e2)
        store.commit()
    return db_path


def test_export_shape(filled: Path) -> None:
    with Store.open(filled) as store:
        data = export_data(store)
    assert set(data) == {"articles", "actors", "agreements", "corrections"}
    article = data["articles"][0]
    for key in ("id", "file", "title", "dateline", "byline", "published", "source", "paragraphs"):
        assert key in article
    assert all(isinstance(p, str) for p in article["paragraphs"])
    assert article["paragraphs"][0].startswith("Japan and Australia")
    ids = {a["id"] for a in data["actors"]}
    article_ids = {a["id"] for a in data["articles"]}
    for actor in data["actors"]:
        assert actor["kind"] in ("person", "country", "organization")
        for key in ("name", "aliases", "code", "roles", "articles", "mentions", "quotes"):
            assert key in actor
        assert set(actor["articles"]) <= article_ids
        for role in actor["roles"]:
            assert {"title", "affiliation", "article", "sentence"} <= set(role)
            assert role["affiliation"] in ids
    (wong,) = [a for a in data["actors"] if a["name"] == "Penny Wong"]
    assert wong["roles"][0]["title"] == "Foreign Minister"
    assert wong["roles"][0]["text"].startswith("Foreign Minister Penny Wong")
    assert {m["text"] for m in wong["mentions"]} == {"Penny Wong"}
    (raa,) = data["agreements"]
    for key in (
        "id",
        "name",
        "unnamed",
        "aliases",
        "keywords",
        "parties",
        "year",
        "status",
        "value",
        "amount",
        "currency",
        "articles",
        "facts",
    ):
        assert key in raa
    assert set(raa["parties"]) <= ids and raa["year"] == 2023
    fact = next(f for f in raa["facts"] if f["field"] == "year")
    assert fact["value"] == 2023 and "2023" in fact["text"]


def test_export_is_deterministic(filled: Path) -> None:
    with Store.open(filled) as store:
        first = export_bytes(store)
    with Store.open(filled) as store:
        assert export_bytes(store) == first
    json.loads(first)


def test_output_file_is_never_overwritten_without_force(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    out.write_text("keep me")
    with Store.open(filled) as store:
        with pytest.raises(ExportExists, match="--force"):
            write_export(store, out)
        assert out.read_text() == "keep me"
        write_export(store, out, force=True)
    assert json.loads(out.read_text())["articles"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_export(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.json"
    assert main(["--db", str(filled), "export", "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert len(data["articles"]) == 2
    capsys.readouterr()
    assert main(["--db", str(filled), "export", "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0] and "--force" in err[0]
    assert main(["--db", str(filled), "export", "-o", str(out), "--force"]) == 0
    assert main(["--db", str(filled), "export"]) == 0
    assert json.loads(capsys.readouterr().out) == data


def test_export_file_is_the_full_path_and_keeps_its_base_name(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import shutil

    from tests.conftest import SEEDS

    seeds = sorted(SEEDS.iterdir())
    for folder, seed in (("one", seeds[0]), ("two", seeds[1])):  # same name, two texts
        (tmp_path / folder).mkdir()
        shutil.copy(seed, tmp_path / folder / "same.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db_path), "ingest", "one", "two"]) == 0  # paths as typed
    capsys.readouterr()
    assert main(["--db", str(db_path), "export"]) == 0
    files = sorted(a["file"] for a in json.loads(capsys.readouterr().out)["articles"])
    assert files == [str(tmp_path / "one" / "same.txt"), str(tmp_path / "two" / "same.txt")]
    # The scorer pairs an exported article with its gold file by the base name.
    assert [Path(f).name for f in files] == ["same.txt", "same.txt"]


def test_search_shows_titles_not_paths(db_path: Path, capsys) -> None:
    from tests.conftest import SEEDS

    assert main(["--db", str(db_path), "ingest", str(SEEDS)]) == 0
    with Store.open(db_path) as store:
        title = store.articles()[0].title
    capsys.readouterr()
    assert main(["--db", str(db_path), "search", title, "--json", "--limit", "50"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    articles = [h for h in hits if h["kind"] == "article"]
    assert articles and articles[0]["label"] == title
    assert not any(str(SEEDS) in h["label"] or ".txt" in h["label"] for h in hits)
    # The table names a sentence's article by its title, never by its file.
    assert main(["--db", str(db_path), "search", "t:security cooperation", "--limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "in: " in out and ".txt" not in out and str(SEEDS) not in out


def test_export_names_the_rule_of_each_mention_role_and_fact(db_path: Path, make_pair) -> None:
    art, ext = make_pair("r.txt")
    for hit in ext.actors:
        for s in hit.spans:
            s.rule = "title-before-name" if hit.kind == "person" else "country-name"
    wong = next(h for h in ext.actors if h.kind == "person")
    wong.roles[0].rule, wong.roles[0].affiliation_rule = "title-before-name", "country-before-office"
    ext.agreements[0].facts[0].rule = "year-in-sentence"
    with Store.open(db_path, write=True) as store:
        store.add(art, ext)
        store.commit()
    with Store.open(db_path) as store:
        data = export_data(store)
    person = next(a for a in data["actors"] if a["kind"] == "person")
    assert person["rules"] == ["title-before-name"]
    assert {m["rule"] for m in person["mentions"]} == {"title-before-name"}
    assert (person["roles"][0]["rule"], person["roles"][0]["affiliation_rule"]) == ("title-before-name", "country-before-office")
    facts = data["agreements"][0]["facts"]
    assert [f["rule"] for f in facts if f["field"] == "year"] == ["year-in-sentence"]


def test_an_article_without_headline_exports_a_null_title_and_keeps_its_label(db_path: Path) -> None:

    lede = (
        "Tonga and Fiji signed a fisheries pact on Monday that pools patrol boats and catch data for ten "
        "years, the first such accord between the two island states since 2012."
    )
    headless = parse_article(f"2024-05-06\n{lede}\n\nThe pact starts in July.\n", "headless.txt")
    titled = parse_article(f"Tonga and Fiji sign fisheries pact\n\n{lede}\n", "titled.txt")
    gazetteer = load_gazetteer()
    with Store.open(db_path, write=True) as store:
        for article in (headless, titled):
            store.add(article, extract(article, gazetteer))
        store.commit()
    with Store.open(db_path) as store:
        by_file = {m.file: m for m in store.articles()}
        assert by_file["headless.txt"].shown.startswith("Tonga and Fiji signed a fisheries pact on Monday")
        assert by_file["titled.txt"].shown == "Tonga and Fiji sign fisheries pact"
        data = {a["file"]: a for a in export_data(store)["articles"]}
    assert data["headless.txt"]["title"] is None
    assert data["headless.txt"]["paragraphs"][0] == lede  # the lede is body
    assert data["titled.txt"]["title"] == "Tonga and Fiji sign fisheries pact"
    assert data["titled.txt"]["paragraphs"] == [lede]  # the headline paragraph is not body
