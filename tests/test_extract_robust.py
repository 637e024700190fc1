"""Extraction must not fail on text it has not seen: a rule that raises empties the article.

``extract`` turns an unexpected exception into an empty extraction, so an ingest goes on;
these tests call the rules directly, so a failure shows up here instead of as an article
with nothing in it.
"""

from __future__ import annotations

import pytest

from store.extract import _extract
from store.gazetteer import Gazetteer, load_gazetteer
from store.parse import parse_article


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
