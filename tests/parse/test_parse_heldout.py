"""The held-out articles against their gold answers: header fields, no boilerplate left, full coverage.

The same checks as ``test_parse_gold.py`` (with the scorer port's ``norm``), on articles the parser's
rules were not written from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.test_parse_gold import HEADER_FIELDS, body_text, parsed_case
from tests.scoring import field_ok, norm

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "heldout"
GOLD = sorted((HELDOUT / "gold").glob("*.json"))


@pytest.fixture(scope="module", params=[p.stem for p in GOLD])
def case(request: pytest.FixtureRequest) -> tuple[dict, object]:
    return parsed_case(HELDOUT / "gold" / f"{request.param}.json", HELDOUT / "articles")


def test_ten_heldout_articles_have_gold() -> None:
    assert len(GOLD) == 10


@pytest.mark.parametrize("name,fuzzy", HEADER_FIELDS)
def test_header_field(case: tuple[dict, object], name: str, fuzzy: bool) -> None:
    gold, article = case
    assert field_ok(getattr(article, name), gold[name], fuzzy), (getattr(article, name), gold[name])


def test_no_boilerplate_in_body(case: tuple[dict, object]) -> None:
    gold, article = case
    body = body_text(article)
    assert [line for line in gold["boilerplate"] if norm(line) and norm(line) in body] == []


def test_body_covers_gold_sentences(case: tuple[dict, object]) -> None:
    gold, article = case
    body = body_text(article)
    assert [s for s in gold["body_must_contain"] if norm(s) not in body] == []


def test_no_warnings(case: tuple[dict, object]) -> None:
    _, article = case
    assert article.warnings == []
