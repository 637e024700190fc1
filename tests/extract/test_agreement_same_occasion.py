"""Rule also_signed_article_year, read from a sentence opening on the story's own occasion ("On
the same day,", "Alongside it,"; `occasion_openers` in `cues.json`): a further agreement signed
there with no year of its own is of the article's year; not one to come, one dated in its own
sentence, or one after a sentence dating an earlier year."""

from __future__ import annotations

import pytest

from tests.extract_support import run

_LEDE = (
    "Chile and Peru signed a port treaty in the coastal city of Arica on Monday, ending years of talks over fees.\n\n"
    "Officials from both countries praised the deal as a model for the rest of the Andean region and beyond.\n\n"
)


def _year(text: str, word: str) -> int | None:
    found = run(_LEDE + text, published="2024-05-02").agreements
    return next(g for g in found if word in g.name).year


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("On the same day, the two ministers signed a memorandum of understanding on fisheries.", "fisheries"),
        ("Alongside it, the two governments signed a memorandum on cross-border trade.", "trade"),
        ("At the same ceremony, Lima signed a loan agreement with Santiago for a metro line.", "loan"),
        ("On the same occasion, Lima signed a defence cooperation agreement with Santiago.", "defence"),
        ("Alongside the port treaty, Chile signed an energy agreement with Peru.", "energy"),
    ],
)
def test_same_occasion_is_the_article_year(text: str, word: str) -> None:
    assert _year(text, word) == 2024


def test_after_a_dated_sentence_no_year() -> None:
    text = "The talks began in 2019.\n\nOn the same day, the two sides signed a memorandum on coast guard training."
    assert _year(text, "coast guard") is None


def test_its_own_year_stays() -> None:
    text = "On the same day in 2015, the two sides signed a memorandum on mining."
    assert _year(text, "mining") == 2015


def test_a_signing_to_come_is_not_dated() -> None:
    text = "On the same day, Lima will sign a rail agreement with Santiago."
    assert _year(text, "rail") is None
