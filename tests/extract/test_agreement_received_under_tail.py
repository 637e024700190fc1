"""Rule received_under with a tail: "budget support of $100 million over four years under the
treaty" and "will provide $100 million in budget support under the treaty" give the treaty its
value; an amount whose tail is another clause ("on roads before talks") does not."""

from __future__ import annotations

from tests.extract_support import run

_SIGNED = "Chile and Peru signed a fisheries treaty on Monday. "


def _value(text: str) -> tuple[str | None, set[str]]:
    (g,) = run(_SIGNED + text, published="2024-01-01").agreements
    return g.value, {f.rule for f in g.facts if f.field == "value"}


def test_support_of_an_amount_over_years_under_the_treaty() -> None:
    assert _value("Peru will get budget support of $100 million over four years under the treaty.") == ("$100 million", {"received_under"})


def test_an_amount_in_support_under_the_treaty() -> None:
    assert _value("Chile will provide $100 million in budget support under the treaty.") == ("$100 million", {"received_under"})


def test_an_amount_of_another_clause_is_not_taken() -> None:
    assert _value("Chile spent $100 million on roads before talks under the treaty began.")[0] is None
