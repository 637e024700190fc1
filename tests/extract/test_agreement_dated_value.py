"""Rules dated_value and money_verb_value: a value cue past a date phrase after a mention, and
the money an agreement as its sentence's subject commits or provides, are its value; the
committing participle after a signing gives one too; a year placed inside its month or year
("in early March 2024", "in mid-2024") dates the agreement."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Peru and Chile signed a fisheries agreement in 2019 worth $3 billion.", "$3 billion"),
        ("Peru and Chile signed a fisheries agreement in March worth $3 billion.", "$3 billion"),
        ("Peru and Chile signed a fisheries agreement in early March 2024, a package worth $3 billion.", "$3 billion"),
        ("Peru and Chile signed a fisheries agreement on 9 December 2024 valued at about €3 billion.", "€3 billion"),
        ("Peru and Chile signed a fisheries agreement last year worth 3 billion euros.", "3 billion euros"),
        ("Peru and Chile signed a fisheries agreement on Oct. 27 for 20 boats, worth 8 billion pounds.", "8 billion pounds"),
        ("Peru and Chile were expected to sign the Andes Agreement in September, a package worth $500 million.", "$500 million"),
    ],
)
def test_a_value_past_the_date_of_a_mention(sentence: str, value: str) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert g.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Andes Agreement commits Chile to $140 million over five years.", "$140 million"),
        ("The Andes Agreement, signed on 9 December 2024, commits Chile to A$140 million over five years.", "A$140 million"),
        ("The Andes Agreement will provide Bolivia with $200 million in budget support.", "$200 million"),
        ("The Andes Agreement will provide a total of A$200 million to Bolivia.", "A$200 million"),
        ("The Andes Agreement grants Peru some €50 million a year.", "€50 million"),
        ("The Andes Agreement gives Chile $2 billion.", "$2 billion"),
        ("The Andes Agreement provides A$75 million in loans.", "A$75 million"),
    ],
)
def test_the_money_an_agreement_commits_is_its_value(sentence: str, value: str) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert g.value == value


def test_a_commitment_that_is_no_money_gives_no_value() -> None:
    (g,) = run("The Andes Agreement commits Chile to defend Peru by 2030.", published="2025-03-03").agreements
    assert g.value is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile signed a port management agreement with Peru to run the terminal at Arica, committing $800 million to new cranes.",
        "Chile signed a concession agreement with Peru on Sunday, pledging about $800 million for the port.",
        "Chile and Peru signed a port deal in May, providing up to $800 million in loans.",
    ],
)
def test_what_the_signing_puts_in_is_the_value(sentence: str) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert g.value == "$800 million" and g.status == "signed"


def test_a_participle_without_money_gives_no_value() -> None:
    (g,) = run("Chile and Peru signed a port deal, investing heavily in the north.", published="2025-03-03").agreements
    assert g.value is None


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Peru and Chile signed a fisheries agreement in early March 2024.", 2024),
        ("Peru and Chile signed a fisheries agreement in mid-2024.", 2024),
        ("Peru and Chile signed a fisheries agreement in late 2019.", 2019),
        ("Peru and Chile signed a fisheries agreement in the summer of 2023.", 2023),
        ("The Andes Treaty was signed in the autumn of 2021.", 2021),
    ],
)
def test_a_year_inside_its_period(sentence: str, year: int | None) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert g.year == year
