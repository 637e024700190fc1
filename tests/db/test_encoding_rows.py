"""The span rows written out in one comprehension are the rows ``span_row`` defines."""

from __future__ import annotations

from store.db.schema import span_row, span_rows
from store.records import Span


def test_span_rows_are_the_schema_rows() -> None:
    spans = [Span(0, 3, 9, "title-before-name"), Span(4, 120, 131), Span(7, 0, 2, "gazetteer")]
    assert span_rows(spans) == [span_row(s) for s in spans]
    assert span_rows([]) == []
