"""Deals named by what is exchanged or packaged: a prisoner exchange or swap between two sides, an arms package (cues.json noun families); a sanctions package is none."""

from __future__ import annotations

from tests.extract_support import run


def test_an_agreed_prisoner_swap_is_a_deal_of_both_sides() -> None:
    ex = run("Talks went on.\n\nRussia and Ukraine agreed a prisoner swap brokered by the United Arab Emirates.")
    assert [(g.name, sorted(g.parties)) for g in ex.agreements] == [("Russia-Ukraine prisoner swap", ["Russia", "Ukraine"])]


def test_an_exchange_alone_is_no_deal() -> None:
    ex = run("Talks went on.\n\nRussia and Ukraine agreed an exchange of views on Monday.")
    assert all("exchange" not in g.name for g in ex.agreements)


def test_an_arms_package_between_two_states_is_a_deal() -> None:
    ex = run("Talks went on.\n\nThe United States announced a $110 billion arms package with Saudi Arabia in 2017.")
    assert [(g.name, g.value, g.year) for g in ex.agreements] == [("U.S.-Saudi Arabia arms package", "$110 billion", 2017)]


def test_a_sanctions_package_is_no_deal() -> None:
    assert run("Talks went on.\n\nThe EU adopted a new sanctions package against Russia.").agreements == []
