"""The shortcuts the fact rules take before their full reading: each must answer exactly as
the full reading would (money before its pattern, a year before its word-by-word test)."""

from __future__ import annotations

import pytest

from store.extract.cues import cues_for
from store.extract.fact_years import holds_year
from store.extract.money import parse_money
from store.extract.state import State
from store.extract.tokens import build_doc
from tests.extract_support import article, gazetteer


def _state() -> State:
    gz = gazetteer()
    doc = build_doc(article("x."))
    return State(doc, gz, cues_for(gz), bytearray(doc.n), bytearray(doc.n))


@pytest.mark.parametrize(
    "text",
    [
        "the deal covers ports",
        "for the new frigates",
        "Twelve million euros in aid",
        "a hundred million dollars",
        "one of the pacts",
        "HK$12bn loan",
        "US$ 5 million",
        "Rs64,000 crore",
        "\u20ac2.5bn",
        "\u00a34 billion",
        "2019 accord",
        "\u201cfour billion dollars\u201d",
        "",
    ],
)
def test_money_shortcut_agrees_with_the_pattern(text: str) -> None:
    state = _state()
    parse_money(state, "$1 billion")  # builds the pattern
    pattern = state.cues.derived["money"]
    assert (parse_money(state, text) is None) == (pattern.match(text) is None)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["signed", "in", "2019", "."], True),
        (["the", "\u201c", "pact", "\u201d", "took", "effect"], False),
        (["a", "$", "20", "billion", "deal"], False),
        (["signed", "in", "19\u0662\u0663"], True),  # "19" and two Arabic-Indic digits
        (["the", "1990s", "treaty"], False),
        ([], False),
    ],
)
def test_holds_year(words: list[str], expected: bool) -> None:
    assert holds_year(words) is expected
