"""A swap is a deal noun (cue set "noun_families"): "completed their biggest prisoner swap" is
an agreement between the two who made it, with no status said; a swap the text never ties to
parties makes none."""

from __future__ import annotations

from tests.extract_support import run


def test_a_prisoner_swap_between_two_countries_is_a_deal() -> None:
    ex = run("Chile and Peru completed their biggest prisoner swap in decades on Friday, freeing two reporters.")
    (g,) = ex.agreements
    assert g.unnamed and "swap" in g.name and set(g.parties) == {"Chile", "Peru"}
    assert g.status is None


def test_a_swap_of_no_parties_makes_nothing() -> None:
    assert run("Traders said the swap market was calm on Friday.").agreements == []
