"""Rule office_phrase_comma_name: an office written out between "the" (or a possessive) and the
comma before a name, ending before a place or an occasion."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(text: str, name: str) -> list[tuple[str | None, str | None]]:
    hit = actor(run(text), name, "person")
    assert hit is not None, name
    return [(r.title, r.affiliation) for r in hit.roles]


def test_long_lower_case_office_before_a_rank() -> None:
    text = "The delegation includes the regional director of naval planning, Rear Admiral Tomas Berg, and others."
    assert _roles(text, "Tomas Berg") == [("regional director of naval planning", None)]


def test_office_ends_before_a_place() -> None:
    text = "The party includes the naval attaché in Oslo, Colonel Tomas Berg, and two aides."
    assert _roles(text, "Tomas Berg") == [("naval attaché", None)]


def test_office_of_a_named_body_serves_that_body() -> None:
    text = "Opening the event, the Director of the Baltic Grid Secretariat, Tomas Berg, said it was good."
    assert _roles(text, "Tomas Berg") == [("Director of the Baltic Grid Secretariat", "Baltic Grid Secretariat")]


def test_possessive_owner_and_an_occasion_after_the_office() -> None:
    text = '"It is signed," Frelimo\'s chief negotiator at the talks, Tomas Berg, told reporters.'
    assert _roles(text, "Tomas Berg") == [("chief negotiator", "Mozambique")]  # the party's country (rule officer-home)


def test_words_that_are_no_office_give_no_role() -> None:
    text = "After the long talks in the capital, Tomas Berg said he was pleased."
    assert _roles(text, "Tomas Berg") == []


def test_portfolio_goes_on_after_and_with_its_country() -> None:
    text = "The deal was signed by Ivan Petrov, Minister of Economy and Infrastructure of the Republic of Bulgaria, on Monday."
    assert _roles(text, "Ivan Petrov") == [("Minister of Economy and Infrastructure of the Republic of Bulgaria", "Bulgaria")]
    text = "The deal was signed by Ivan Petrov, Minister of Economy and Trade, and Ana Lo, an aide."
    assert _roles(text, "Ivan Petrov")[0][0] == "Minister of Economy and Trade"


def test_a_name_after_and_is_the_next_person_not_the_portfolio() -> None:
    text = "The deal was signed by Ivan Petrov, Minister of Economy and Karl Berg, Minister of Energy."
    assert _roles(text, "Ivan Petrov") == [("Minister of Economy", None)]


def test_body_with_its_acronym_in_brackets_is_part_of_the_office() -> None:
    text = "The Kenya Ports Authority (KPA) spokesman Tom Odhiambo said the berths were ready."
    assert _roles(text, "Tom Odhiambo") == [("Kenya Ports Authority (KPA) spokesman", "Kenya")]


def test_office_after_a_common_owners_possessive_in_an_appositive() -> None:
    text = "General Tomas Berg, the government's chief negotiator and top aide to the king, signed the text."
    assert _roles(text, "Tomas Berg") == [("chief negotiator", None)]
    assert _roles('"We will see," said Tomas Berg, the party\'s candidate, on Monday.', "Tomas Berg") == []


def test_a_portfolio_after_and_before_of_a_country_is_no_person() -> None:
    ex = run("It was signed by Olena Shevchuk, Deputy Minister of Energy and Environmental Protection of Ukraine.")
    assert actor(ex, "Environmental Protection", "person") is None
    ex = run("Talks were held by Minister of Energy Tom Berg and Ana Lopez of Chile.")
    assert actor(ex, "Ana Lopez", "person") is not None


def test_a_second_office_with_its_portfolio_joins_the_first() -> None:
    text = "Together with Ivan Petrov, Deputy Prime Minister and Minister of Infrastructure and Regional Development, I signed."
    assert _roles(text, "Ivan Petrov")[0][0] == "Deputy Prime Minister and Minister of Infrastructure and Regional Development"
    text = "We met Ivan Petrov, Deputy Prime Minister and Minister of Energy Ana Lo, on Monday."
    assert _roles(text, "Ivan Petrov")[0][0] == "Deputy Prime Minister"
