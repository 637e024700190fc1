"""Rules portfolio_not_name and portfolio_list_after_comma: a list of portfolios is one office."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def titles(ex, name):
    return [r.title for r in actor(ex, name).roles]


def test_portfolio_words_between_commas_are_no_person() -> None:
    ex = run("Minister of Housing, Urban Development and Water Rosa Vidal opened the plant.")
    assert names(ex, "person") == {"Rosa Vidal"}
    assert titles(ex, "Rosa Vidal") == ["Minister of Housing, Urban Development and Water"]


def test_listed_portfolios_after_the_name_stay_in_the_office() -> None:
    ex = run("Rosa Vidal, Minister of Housing, Urban Development and Water, opened the plant.")
    assert titles(ex, "Rosa Vidal") == ["Minister of Housing, Urban Development and Water"]
    ex = run("Rosa Vidal, Minister of Energy, Foreign Commerce and Mines, opened the plant.")
    assert titles(ex, "Rosa Vidal") == ["Minister of Energy, Foreign Commerce and Mines"]


def test_two_people_with_their_offices_stay_apart() -> None:
    ex = run("Rosa Vidal, Minister of Defence, and Ivo Marin, Minister of Finance, met donors.")
    assert titles(ex, "Rosa Vidal") == ["Minister of Defence"]
    assert titles(ex, "Ivo Marin") == ["Minister of Finance"]


def test_portfolio_after_an_owner_s_office_is_no_person() -> None:
    ex = run("In May, Ana Ruiz and Ivo Marin, Chile's Minister of Production, Foreign Commerce, Investment and Fisheries, signed it.")
    assert "Foreign Commerce" not in names(ex, "person")
    assert titles(ex, "Ivo Marin") == ["Minister of Production, Foreign Commerce, Investment and Fisheries"]


def test_portfolios_joined_before_the_office() -> None:
    """Rule portfolio_pair: "Energy and Mines Minister A" holds both portfolios."""
    ex = run("Energy and Mines Minister Rosa Vidal toured the site.")
    assert titles(ex, "Rosa Vidal") == ["Energy and Mines Minister"]
    ex = run("Ghana's Fisheries, Forestry and Housing Minister Kwame Osei toured the site.")
    assert [(r.title, r.affiliation) for r in actor(ex, "Kwame Osei").roles] == [("Fisheries, Forestry and Housing Minister", "Ghana")]


def test_a_portfolio_of_another_body_stays_out() -> None:
    ex = run("Officials of the Ministry of Trade and Foreign Minister Ivo Marin met donors.")
    assert titles(ex, "Ivo Marin") == ["Foreign Minister"]


def test_a_listed_portfolio_is_no_organisation() -> None:
    """Rule portfolio_goes_on, over a comma: "Water Resources" in a minister's list is no body."""
    ex = run("The pact was signed before Ghana's Minister for Energy, Water Resources and Irrigation Kofi Boateng.")
    assert "Water Resources" not in names(ex, "organization")
    assert titles(ex, "Kofi Boateng") == ["Minister for Energy, Water Resources and Irrigation"]


def test_a_portfolio_list_with_the_before_its_last_portfolio() -> None:
    ex = run("Forestry, Fisheries and the Environment Minister Barbara Creel said the money would flow.")
    assert [r.title for r in actor(ex, "Barbara Creel", "person").roles] == ["Forestry, Fisheries and the Environment Minister"]
    ex = run("He met the Minister of Trade and the Environment Minister Ama Boateng in Accra.")
    assert [r.title for r in actor(ex, "Ama Boateng", "person").roles] == ["Environment Minister"]
