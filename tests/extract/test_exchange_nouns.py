"""A prisoner exchange or swap between two sides is a deal of theirs (cues.json noun families)."""

from __future__ import annotations

from tests.extract_support import run


def test_an_agreed_prisoner_swap_is_a_deal_of_both_sides() -> None:
    ex = run("Talks went on.\n\nRussia and Ukraine agreed a prisoner swap brokered by the United Arab Emirates.")
    assert [(g.name, sorted(g.parties)) for g in ex.agreements] == [("Russia-Ukraine prisoner swap", ["Russia", "Ukraine"])]


def test_an_exchange_alone_is_no_deal() -> None:
    ex = run("Talks went on.\n\nRussia and Ukraine agreed an exchange of views on Monday.")
    assert all("exchange" not in g.name for g in ex.agreements)
