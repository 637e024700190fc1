"""Offices on fresh news: a past holder keeps "former" in the office the text gives him
(rule former_office); a demonym after "post-" or "pre-" is a period (rule period_demonym);
a city that was only a former state's capital is a place (gazetteer)."""

from __future__ import annotations

from tests.extract_support import actor, run


def _titles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_a_former_office_keeps_former() -> None:
    ex = run("The deal was first negotiated under former President Rafael Correa of Ecuador in 2015.")
    assert _titles(ex, "Rafael Correa") == [("former President", "Ecuador")]


def test_former_after_the_country_possessive() -> None:
    ex = run("Chile's former Foreign Minister Heraldo Munoz said the treaty was fair.")
    assert _titles(ex, "Heraldo Munoz") == [("former Foreign Minister", "Chile")]


def test_a_sitting_office_has_no_former() -> None:
    ex = run("President Gabriel Boric of Chile said the former treaty was unfair.")
    assert _titles(ex, "Gabriel Boric") == [("President", "Chile")]


def test_a_period_demonym_names_no_state() -> None:
    ex = run("It was the biggest swap of prisoners in post-Soviet history, Kazakh officials said.")
    assert actor(ex, "Soviet Union", "country") is None
    assert actor(ex, "Kazakhstan", "country") is not None


def test_a_city_that_was_a_capital_only_of_a_former_state_is_a_place() -> None:
    ex = run("UN climate talks opened in Bonn on Monday, and Bonn hosted ministers from Chad.")
    assert actor(ex, "West Germany", "country") is None


def test_a_chief_executive_in_lower_case_is_an_office() -> None:
    ex = run("Glencore chief executive Gary Nagle said the Zambian copper deal was close.")
    assert _titles(ex, "Gary Nagle")[0][0] == "Glencore chief executive"


def test_a_portfolio_listed_with_commas_before_the_name() -> None:
    ex = run("It was signed by Peru's Minister of Energy, Mines and Hydrocarbons Rosa Quispe on Friday.")
    assert _titles(ex, "Rosa Quispe") == [("Minister of Energy, Mines and Hydrocarbons", "Peru")]


def test_a_list_of_countries_before_a_name_is_no_portfolio() -> None:
    ex = run("Leaders of Kenya, Uganda and Rwanda met President Paul Kagame in Kigali.")
    assert [t for t, _ in _titles(ex, "Paul Kagame")] == ["President"]


def test_a_patronym_keeps_the_given_name_before_it() -> None:
    ex = run("Mauritania's Minister of Economy, Finance and Planning Sid Ould Tah signed the loan.")
    assert _titles(ex, "Sid Ould Tah") == [("Minister of Economy, Finance and Planning", "Mauritania")]
