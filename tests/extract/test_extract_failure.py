"""A rule that fails on one article costs that article's actors, with a warning naming why."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.extract.pipeline as extraction
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.parse.article import parse_article

TEXT = "Peace talks\n\nKenya and Uganda signed a border treaty on Monday in Nairobi.\n"


def test_a_failing_rule_leaves_a_warning_and_an_empty_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(state: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(extraction, "find_persons", broken)
    article = parse_article(TEXT, "talks.txt")
    result = extract(article, load_gazetteer())
    assert result.actors == [] and result.agreements == []
    assert any("extraction stopped (IndexError" in w for w in article.warnings)


def test_an_ingest_names_the_file_whose_extraction_failed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from store.ingest import process_file

    def broken(state: object) -> None:
        raise KeyError("x")

    monkeypatch.setattr(extraction, "find_persons", broken)
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    outcome = process_file(path)
    assert outcome[0] == "ok"
    assert any("talks.txt" in note and "extraction stopped" in note for note in outcome[3])
