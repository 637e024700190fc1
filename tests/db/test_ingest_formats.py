"""Ingesting pages, exports and feeds: header fields and URLs stored, one line per bad file or
record with exit status 1, nothing stored lost, pool and serial alike, records replaced one by one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import store.ingest as ingest_module
from store.db.schema import article_from_record, meta_from_dict
from store.db.store import Store
from store.ingest import ingest
from tests.conftest import SEEDS
from tui.cli import main

CORPUS = Path(__file__).parent.parent / "parse" / "formats" / "corpus"
BAD_LINES = 14  # broken files and records of the corpus, one line each


def test_corpus_ingests_with_one_line_per_bad_file_or_record(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "ingest", str(SEEDS)]) == 0
    with Store.open(db_path) as store:
        earlier = {m.id: store.body(m.id).text for m in store.articles()}
    capsys.readouterr()
    assert main(["--db", str(db_path), "ingest", str(CORPUS)]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if str(CORPUS) in line and not line.startswith("warning:")]
    assert "warning:" not in err  # every record named its title
    assert len(lines) == BAD_LINES, lines
    assert f"{CORPUS / 'exports' / 'newsdesk.jsonl'} record 3: no text" in err
    assert f"{CORPUS / 'feeds' / 'ledger.atom'} entry 3: no content or summary" in err
    assert f"{CORPUS / 'broken' / 'nav_only.html'}: no article text found in the page" in err
    assert "\x1b" not in err
    assert "added 15, unchanged 2, failed 14" in err  # the pair's .txt, and two cut-off feed copies
    with Store.open(db_path) as store:
        for article_id, text in earlier.items():
            assert store.body(article_id).text == text
        by_title = {m.title: m for m in store.articles()}
        page = by_title["Indonesia joins regional grain reserve pact"]
        assert (page.byline, page.published, page.source, page.url) == (
            "Rizal Hakim", "2023-11-02", "Wire Digest", "https://wiredigest.example/asia/indonesia-grain-reserve"
        )  # fmt: skip
        entry = by_title["Uganda and Rwanda sign rail link agreement"]
        assert entry.url == "https://coastalledger.example/2024/07/uganda-rwanda-rail/"
        record = by_title["Egypt and Jordan agree power link"]
        assert record.file == f"{CORPUS / 'exports' / 'newsdesk.jsonl'}#5" and record.url is None
        for meta in store.articles():
            body = store.body(meta.id).text
            assert "<" not in body.replace("<script>alert(1)</script>", "")  # escaped text in one page
            assert not any(ord(c) < 32 and c != "\n" for c in body)
    capsys.readouterr()
    assert main(["--db", str(db_path), "ingest", str(CORPUS)]) == 1
    assert "added 0, unchanged 17, failed 14" in capsys.readouterr().err


def test_pool_and_serial_agree_on_multi_record_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = []
    for jobs, threshold in ((1, 50), (2, 0)):
        monkeypatch.setattr(ingest_module, "POOL_THRESHOLD", threshold)
        with Store.open(tmp_path / f"jobs{jobs}" / "s.json", write=True) as store:
            report = ingest(store, [CORPUS], jobs=jobs)
            assert (report.added, len(report.failed)) == (15, BAD_LINES)
            results.append(
                (
                    sorted((m.id, m.file, m.url, m.source, tuple(m.actors)) for m in store.articles()),
                    sorted(report.failed),
                    [(g.id, g.parties, g.articles) for g in store.agreements()],
                )
            )
    assert results[0] == results[1]


def test_a_changed_record_replaces_only_its_own_article(db_path: Path, tmp_path: Path) -> None:
    export = tmp_path / "desk.jsonl"
    shutil.copy(CORPUS / "exports" / "newsdesk.jsonl", export)
    with Store.open(db_path, write=True) as store:
        assert ingest(store, [export]).added == 3
        before = {m.file: m.id for m in store.articles()}
    lines = export.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace("$1.2 billion", "$1.5 billion")
    export.write_text("\n".join(lines), encoding="utf-8")
    with Store.open(db_path, write=True) as store:
        report = ingest(store, [export])
        assert (report.added, report.unchanged) == (1, 2)
        after = {m.file: m.id for m in store.articles()}
    assert set(after) == set(before)
    changed = [f for f in after if after[f] != before[f]]
    assert changed == [f"{export}#2"]


def test_a_store_written_before_urls_reads_them_as_none() -> None:
    meta = meta_from_dict({"id": "a", "file": "a.txt", "title": "T", "body": [0, 10]})
    assert meta.url is None
    record = {
        "article": {"id": "a", "file": "a.txt", "title": "T", "dateline": None, "byline": None,
                    "published": None, "source": None},
        "body": {"id": "a", "text": "Hello.", "paragraphs": [["text", 0, 6]], "sentences": [[0, 0, 0, 6]]},
    }  # fmt: skip
    assert article_from_record(record).url is None


def test_a_repaired_copy_keeps_urls(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path, write=True) as store:
        ingest(store, [CORPUS / "feeds"])
        urls = {m.title: m.url for m in store.articles()}
    assert "https://coastalledger.example/2024/07/uganda-rwanda-rail/" in urls.values()
    out = tmp_path / "repaired.json"
    assert main(["--db", str(db_path), "doctor", "--repair", str(out)]) == 0
    with Store.open(out) as store:
        assert {m.title: m.url for m in store.articles()} == urls
