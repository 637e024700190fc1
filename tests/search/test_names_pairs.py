"""The name pairs a grown index counts before making any row are those its rows then get."""

from __future__ import annotations

from store.search.names_grown import _forms, _pairs
from store.search.sentence_words import TermIds


def test_pairs_counted_without_numbering_words_match_the_rows() -> None:
    # accent variants share a term, a repeated form and a form of no word count nothing
    forms = ["Café Accord", "Cafe accord", "The Pact of the Pact", "", None, "— —", "Zürich Zurich pact"]
    rows = _forms(forms, TermIds())  # type: ignore[arg-type]
    assert _pairs(forms) == sum(len(set(tids)) for _, tids in rows) == 7  # type: ignore[arg-type]
