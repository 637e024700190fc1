"""The held-out articles against their gold answers: header fields, no boilerplate left, full coverage.

The same checks as ``test_parse_gold.py`` (and its scorer-like ``norm``), on articles the parser's
rules were not written from.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.parse import parse_article
from store.reader import read_article_file
from tests.test_parse_gold import field_ok, norm

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "heldout"
GOLD = sorted((HELDOUT / "gold").glob("*.json"))


@pytest.fixture(scope="module", params=[p.stem for p in GOLD])
def case(request: pytest.FixtureRequest) -> tuple[dict, object]:
    gold = json.loads((HELDOUT / "gold" / f"{request.param}.json").read_text(encoding="utf-8"))
    text, warnings = read_article_file(HELDOUT / "articles" / gold["file"])
    assert warnings == []
    return gold, parse_article(text, gold["file"])


def test_ten_heldout_articles_have_gold() -> None:
    assert len(GOLD) == 10


@pytest.mark.parametrize(
    "name,fuzzy",
    [("title", False), ("dateline", True), ("byline", True), ("published", False), ("source", True)],
)
def test_header_field(case: tuple[dict, object], name: str, fuzzy: bool) -> None:
    gold, article = case
    assert field_ok(getattr(article, name), gold[name], fuzzy), (getattr(article, name), gold[name])


def _body(article: object) -> str:
    return norm(" ".join(article.paragraph_text(i) for i in range(len(article.paragraphs))))


def test_no_boilerplate_in_body(case: tuple[dict, object]) -> None:
    gold, article = case
    body = _body(article)
    assert [line for line in gold["boilerplate"] if norm(line) and norm(line) in body] == []


def test_body_covers_gold_sentences(case: tuple[dict, object]) -> None:
    gold, article = case
    body = _body(article)
    assert [s for s in gold["body_must_contain"] if norm(s) not in body] == []


def test_no_warnings(case: tuple[dict, object]) -> None:
    _, article = case
    assert article.warnings == []
