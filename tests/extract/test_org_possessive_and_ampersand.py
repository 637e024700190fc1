"""Names a capitalised run breaks: a body named through a plural's possessive (rule
plural_possessive_name), a firm joined by "&" (rules ampersand_company, known_firm_ampersand)
and a body's portfolio joined by "&"."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_party_named_for_its_members_is_one_body() -> None:
    ex = run("Deputies of the Farmers' Party walked out before the vote on the trade pact with Peru.")
    assert actor(ex, "Farmers' Party", "organization") is not None


def test_an_irregular_plural_with_its_s_is_one_body() -> None:
    ex = run("Jane Roe, head of the Welsh Fishermen's Federation, criticised the quota deal.")
    assert actor(ex, "Welsh Fishermen's Federation", "organization") is not None


def test_a_countrys_possessive_is_no_body_name() -> None:
    ex = run("The Philippines' Coast Guard escorted the supply boats on Monday.")
    assert actor(ex, "Philippines' Coast Guard", "organization") is None


def test_a_possessive_before_a_lower_case_noun_is_no_name() -> None:
    ex = run("The Teachers' demands were heard by the minister on Friday.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_firm_joined_by_an_ampersand_before_its_business_word() -> None:
    ex = run("The contract went to Hanbit Engineering & Construction, the builder said.")
    assert actor(ex, "Hanbit Engineering & Construction", "organization") is not None


def test_a_known_firms_subsidiary_joined_by_an_ampersand_is_its_own_firm() -> None:
    ex = run("The consortium includes KEPCO Plant Service & Engineering and a local builder.")
    assert actor(ex, "KEPCO Plant Service & Engineering", "organization") is not None
    assert actor(ex, "KEPCO", "organization") is None


def test_a_ministrys_portfolio_joined_by_an_ampersand() -> None:
    ex = run("The Ministry of Trade & Industry in Nairobi signed the memorandum.")
    assert actor(ex, "Ministry of Trade & Industry", "organization") is not None
