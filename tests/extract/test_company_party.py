"""A firm named after its country is a party of its own; the state's own bodies stand for it."""

from __future__ import annotations

from tests.extract_support import run


def test_firms_named_after_countries_are_the_partners() -> None:
    ex = run("Korea Zinc and U.S. Steel said on Wednesday they had completed their partnership after a long fight.")
    assert [set(g.parties) for g in ex.agreements] == [{"Korea Zinc", "U.S. Steel"}]


def test_a_firm_opening_with_a_demonym_is_the_partner() -> None:
    ex = run("Japan signed a supply contract with Saudi Aramco on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Japan", "Saudi Aramco"}]


def test_a_central_bank_or_authority_of_a_state_stands_for_it() -> None:
    ex = run("Sri Lanka signed a currency swap agreement with Maldives Monetary Authority on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Sri Lanka", "Maldives"}]


def test_a_possessive_state_bureau_stands_for_the_state() -> None:
    ex = run("Nepal signed an MoU on cooperation against corruption with India's Central Bureau of Investigation on Friday.")
    assert all("Bureau" not in p for g in ex.agreements for p in g.parties)
