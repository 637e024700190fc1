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


def test_brussels_is_the_union_in_an_article_about_the_union() -> None:
    ex = run(
        "New Zealand said on Monday that its free trade agreement with the European Union would come into force on May 1.\n\n"
        "Wellington and Brussels signed the agreement in July 2023."
    )
    assert [set(g.parties) for g in ex.agreements] == [{"New Zealand", "European Union"}]


def test_brussels_is_belgium_where_belgium_is_named() -> None:
    ex = run(
        "Belgian ministers met European Union officials on Monday.\n\n"
        "Luxembourg and Brussels signed a border agreement in July 2023."
    )
    assert [set(g.parties) for g in ex.agreements] == [{"Luxembourg", "Belgium"}]


def test_a_firm_described_by_a_country_abbreviation_is_the_partner() -> None:
    ex = run("Japan's JERA signed a 20-year sales agreement with U.S. firm Cheniere on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"JERA", "Cheniere Energy"}]


def test_a_states_lending_arm_signs_for_itself() -> None:
    ex = run("Sri Lanka signed an amendment agreement with the Japan International Cooperation Agency on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Sri Lanka", "Japan International Cooperation Agency"}]
    ex = run("Kenya signed a loan agreement with China Development Bank on Monday.")
    assert [set(g.parties) for g in ex.agreements] == [{"Kenya", "China Development Bank"}]
