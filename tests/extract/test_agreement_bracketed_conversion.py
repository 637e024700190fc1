"""Rule bracketed_conversion: an amount with its conversion in brackets before an agreement
noun ("a 4 billion kronor ($380 million) contract") is read as one amount, so the noun phrase's
parties, value and status come from the clause around it."""

from __future__ import annotations

from tests.extract_support import run


def test_a_sale_framed_by_a_converted_amount_has_its_seller_and_buyer() -> None:
    ex = run("Sweden agreed to sell six corvettes to Chile in a €400 million ($430 million) deal on Friday.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Sweden", "Chile"}
    assert g.status == "signed" and g.value.startswith("€400 million")


def test_a_bracket_that_holds_no_amount_is_not_skipped() -> None:
    ex = run("Sweden agreed to sell six corvettes to Chile in a (long delayed) deal.")
    assert all("Sweden" not in g.parties or "Chile" not in g.parties or g.value is None for g in ex.agreements)
