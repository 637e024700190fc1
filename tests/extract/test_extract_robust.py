"""Extraction must not fail on text it has not seen: a rule that raises empties the article.

``extract`` turns an unexpected exception into an empty extraction, so an ingest goes on;
these tests call the rules directly, so a failure shows up here instead of as an article
with nothing in it.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.extract import _extract
from store.extract.gazetteer import Gazetteer, load_gazetteer
from store.parse.article import parse_article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [
    *sorted((ROOT / "seeds").iterdir()),
    *sorted((ROOT / "tests" / "heldout" / "articles").iterdir()),
    *sorted((ROOT / "tests" / "articles").iterdir()),
]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    "text",
    [
        "The pact between France and Germany Quxley",  # a list running into the last word
        "Italy signed a defence pact with France and Germany Quxley",
    ],
)
def test_a_party_list_at_the_very_end_of_the_text(text: str, gazetteer: Gazetteer) -> None:
    extraction = _extract(parse_article(f"Title\n\n{text}", "x.txt"), gazetteer)
    assert {"France", "Germany"} <= {a.name for a in extraction.actors}


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_articles_cut_off_anywhere_still_extract(path: Path, gazetteer: Gazetteer) -> None:
    """A file cut short (a partial download, a truncated paste) ends mid-sentence."""
    words = path.read_text(encoding="utf-8", errors="replace").split(" ")
    rng = random.Random(path.name)
    for cut in sorted(rng.sample(range(1, len(words)), min(20, len(words) - 1))):
        text = " ".join(words[:cut])
        _extract(parse_article(text, path.name), gazetteer)  # raises on a rule bug
