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
    assert _titles(ex, "Gary Nagle")[0][0] == "chief executive of Glencore"  # rule firm_title


def test_a_portfolio_listed_with_commas_before_the_name() -> None:
    ex = run("It was signed by Peru's Minister of Energy, Mines and Hydrocarbons Rosa Quispe on Friday.")
    assert _titles(ex, "Rosa Quispe") == [("Minister of Energy, Mines and Hydrocarbons", "Peru")]


def test_a_list_of_countries_before_a_name_is_no_portfolio() -> None:
    ex = run("Leaders of Kenya, Uganda and Rwanda met President Paul Kagame in Kigali.")
    assert [t for t, _ in _titles(ex, "Paul Kagame")] == ["President"]


def test_a_patronym_keeps_the_given_name_before_it() -> None:
    ex = run("Mauritania's Minister of Economy, Finance and Planning Sid Ould Tah signed the loan.")
    assert _titles(ex, "Sid Ould Tah") == [("Minister of Economy, Finance and Planning", "Mauritania")]


def test_a_portfolio_before_a_cabinet_secretary_is_part_of_the_office() -> None:
    ex = run("Kenya's Energy Cabinet Secretary Opiyo Wandayi said the pipeline deal was signed. Treasury Cabinet Secretary John Mbadi agreed.")
    assert _titles(ex, "Opiyo Wandayi") == [("Energy Cabinet Secretary", "Kenya")]
    assert _titles(ex, "John Mbadi")[0][0] == "Treasury Cabinet Secretary"


def test_an_office_set_off_before_a_ranked_name() -> None:
    ex = run("Nigeria's army chief, Lieutenant General Olufemi Oluyede, visited the border on Monday.")
    assert _titles(ex, "Olufemi Oluyede") == [("army chief", "Nigeria")]


def test_a_ranked_name_after_a_comma_without_an_office_has_none() -> None:
    ex = run("On Monday, General Olufemi Oluyede visited the border with Benin.")
    assert _titles(ex, "Olufemi Oluyede") == []


def test_a_name_of_a_country_after_by_is_a_person_of_that_country() -> None:
    ex = run("The fund's board is chaired by Lindiwe Dube of South Africa and Jose Lopez of Peru.")
    assert _titles(ex, "Lindiwe Dube") == [("", "South Africa")]
    assert _titles(ex, "Jose Lopez") == [("", "Peru")]


def test_an_office_wins_over_a_bare_country() -> None:
    ex = run("It was led by Lindiwe Dube of South Africa. Finance Minister Lindiwe Dube said so.")
    assert [t for t, _ in _titles(ex, "Lindiwe Dube")] == ["Finance Minister"]


def test_a_body_named_of_a_country_is_no_person() -> None:
    ex = run("The loan was approved by the Central Bank of Kenya and Standard Bank of South Africa.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_an_office_for_a_country_set_off_before_the_name() -> None:
    ex = run("The World Bank country director for Zambia, Achim Fock, said the loan was approved.")
    assert _titles(ex, "Achim Fock")[0][0] == "World Bank country director for Zambia"


def test_a_country_after_for_without_an_office_gives_none() -> None:
    ex = run("In a vote for Zambia, Achim Fock said the loan was approved.")
    assert all(t != "vote for Zambia" for t, _ in _titles(ex, "Achim Fock"))


def test_sultan_after_a_lower_case_office_is_a_given_name() -> None:
    ex = run("Masdar chairman Sultan Al Jaber opened the climate summit in Abu Dhabi on Monday.")
    assert actor(ex, "Sultan Al Jaber", "person") is not None
    assert _titles(ex, "Sultan Al Jaber")[0][0] == "Masdar chairman"


def test_a_reigning_sultan_keeps_his_style() -> None:
    ex = run("Oman's Sultan Haitham bin Tarik received the envoy in Muscat.")
    assert _titles(ex, "Haitham bin Tarik") == [("Sultan", "Oman")]


def test_service_chiefs_and_a_federal_councillor_are_offices() -> None:
    ex = run("Chief of Army Staff General Musa Bello and Chief of Naval Staff Admiral Ade Okon met.")
    assert [r.title for r in actor(ex, "Musa Bello", "person").roles] == ["Chief of Army Staff"]
    assert [r.title for r in actor(ex, "Ade Okon", "person").roles] == ["Chief of Naval Staff"]
    ex = run("Swiss Federal Councillor Hans Keller attended the signing in Bern.")
    assert [(r.title, r.affiliation) for r in actor(ex, "Hans Keller", "person").roles] == [("Federal Councillor", "Switzerland")]


def test_a_minister_delegate_is_one_office() -> None:
    ex = run("The accord was signed with Karim Alami, the Minister Delegate for Defence, in Rabat.")
    assert [r.title for r in actor(ex, "Karim Alami", "person").roles][0].startswith("Minister Delegate")
    assert actor(ex, "Delegate", "person") is None


def test_a_chair_and_a_founder_in_lower_case_are_offices() -> None:
    ex = run("Rebel panel chair Mohagher Baddal and movement founder Nurul Hakim met on Monday.")
    assert _titles(ex, "Mohagher Baddal")[0][0].endswith("chair")
    assert _titles(ex, "Nurul Hakim")[0][0].endswith("founder")


def test_a_commandant_in_lower_case_is_an_office() -> None:
    ex = run("Coast guard commandant Admiral Ronaldo Gavanes said the hotline would open in May.")
    assert _titles(ex, "Ronaldo Gavanes")[0][0].endswith("commandant")


def test_an_aide_set_off_after_his() -> None:
    ex = run("Peru's President Dina Quispe sent his chief foreign policy adviser, Mario Salcedo, to the talks.")
    assert _titles(ex, "Mario Salcedo") == [("chief foreign policy adviser", "Peru")]
    ex = run("He thanked his wife, Maria Salcedo, for her support.")
    p = actor(ex, "Maria Salcedo", "person")
    assert p is None or not any(r.title for r in p.roles)
