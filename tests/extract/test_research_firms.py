"""Gazetteer names of research, rating and exchange firms and of companies whose names hold a
parenthesised country or a binational form are organisations of the text, never persons."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_research_firm_cited_as_a_source_is_an_organisation() -> None:
    ex = run("Chile's arms budget will reach $4bn by 2031, according to GlobalData.")
    assert actor(ex, "GlobalData", "organization") is not None


def test_a_rating_agency_is_an_organisation() -> None:
    ex = run("Moody's cut the rating of Ecuador after the talks with lenders stalled.")
    assert actor(ex, "Moody's", "organization") is not None


def test_a_company_name_with_a_parenthesised_country_is_whole() -> None:
    ex = run("The cargoes will be bought by GAIL (India) Ltd under the new supply deal with Oman.")
    org = actor(ex, "GAIL (India) Ltd", "organization")
    assert org is not None
    assert actor(ex, "GAIL", "person") is None


def test_a_state_concern_is_the_company_not_a_person() -> None:
    ex = run("State Concern Turkmengaz signed a supply contract with a Chinese buyer on Monday.")
    assert actor(ex, "Turkmengaz", "organization") is not None
    assert actor(ex, "State Concern Turkmengaz", "person") is None
