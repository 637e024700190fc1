"""The five seeds against their gold answers: header fields, no boilerplate left, full coverage.

``norm`` and ``field_ok`` are the scorer port's (tests/scoring.py), so a pass here is a pass there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from store.parse.article import parse_article
from store.parse.reader import read_article_file
from tests.scoring import field_ok, norm

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "tests" / "gold").glob("*.json"))
HEADER_FIELDS = [
    ("title", False),
    ("dateline", True),
    ("byline", True),
    ("published", False),
    ("source", True),
]
"""Each header field with whether the scorer compares it fuzzily."""


def parsed_case(gold_file: Path, articles: Path) -> tuple[dict, object]:
    """A gold answer and the parse of the article it is for (which must read without warnings)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text, warnings = read_article_file(articles / gold["file"])
    assert warnings == []
    return gold, parse_article(text, gold["file"])


def body_text(article: object) -> str:
    """The parsed body, normalised as the scorer compares it."""
    kinds = [p.kind for p in article.paragraphs]
    return norm(" ".join(article.paragraph_text(i) for i, k in enumerate(kinds) if k != "headline"))


def test_norm_matches_the_scorer() -> None:
    assert norm("The Defence of Japan’s “Islands”") == "defense of japan islands"
    assert norm(None) == ""


@pytest.fixture(scope="module", params=[p.stem for p in GOLD])
def case(request: pytest.FixtureRequest) -> tuple[dict, object]:
    return parsed_case(ROOT / "tests" / "gold" / f"{request.param}.json", ROOT / "seeds")


def test_five_seeds_have_gold() -> None:
    assert len(GOLD) == 5


@pytest.mark.parametrize("name,fuzzy", HEADER_FIELDS)
def test_header_field(case: tuple[dict, object], name: str, fuzzy: bool) -> None:
    gold, article = case
    assert field_ok(getattr(article, name), gold[name], fuzzy), (getattr(article, name), gold[name])


def test_no_boilerplate_in_body(case: tuple[dict, object]) -> None:
    gold, article = case
    body = body_text(article)
    leaks = [line for line in gold["boilerplate"] if norm(line) and norm(line) in body]
    assert leaks == []


def test_body_covers_gold_sentences(case: tuple[dict, object]) -> None:
    gold, article = case
    body = body_text(article)
    missing = [s for s in gold["body_must_contain"] if norm(s) not in body]
    assert missing == []


def test_file_is_base_name_and_id_is_stable(case: tuple[dict, object]) -> None:
    gold, article = case
    assert article.file == gold["file"]
    assert article.warnings == []
    again = parse_article(read_article_file(ROOT / "seeds" / gold["file"])[0], "elsewhere/" + gold["file"])
    assert again.id == article.id and again.file == gold["file"]
    assert re.fullmatch(r"[0-9a-f]{16}", article.id)
