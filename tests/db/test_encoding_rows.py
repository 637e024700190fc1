"""The rows the worker's encoder makes by hand are the rows ``schema`` defines."""

from __future__ import annotations

from store.db.encoding import _span_rows
from store.db.schema import span_row
from store.records import Span


def test_span_rows_are_the_schema_rows() -> None:
    spans = [Span(0, 3, 9, "title-before-name"), Span(4, 120, 131), Span(7, 0, 2, "gazetteer")]
    assert _span_rows(spans) == [span_row(s) for s in spans]
    assert _span_rows([]) == []
