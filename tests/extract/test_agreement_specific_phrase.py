"""A particular agreement ("a cooperation agreement signed in 2018") takes the party phrase
subject of its sentence ("The two countries ...") as its parties (rule specific_phrase_subject),
and a mention so dated joins only an agreement of that year (rule signed_in_year)."""

from __future__ import annotations

from tests.extract_support import run


def test_the_two_countries_are_the_parties_of_a_dated_agreement() -> None:
    text = (
        "Peru and Chile will share the gas field. The two countries first agreed to develop the "
        "field jointly under an intergovernmental cooperation agreement signed in 2018."
    )
    (g,) = run(text).agreements
    assert sorted(g.parties) == ["Chile", "Peru"]
    assert g.year == 2018


def test_no_party_phrase_no_parties() -> None:
    text = "Peru and Chile will share the gas field. Officials agreed to develop it under a cooperation agreement signed in 2018."
    assert not run(text).agreements


def test_a_dated_mention_is_another_text_than_an_undated_one() -> None:
    text = (
        "Peru and Chile signed an agreement on the sale of gas on Monday. The two countries first "
        "agreed to develop the field jointly under an intergovernmental cooperation agreement signed in 2018."
    )
    found = run(text).agreements
    assert len(found) == 2
    assert sorted(g.year or 0 for g in found) == [0, 2018]


def test_a_mention_of_the_same_year_joins_it() -> None:
    text = "Peru and Chile signed a cooperation agreement in 2018. Officials said the cooperation agreement signed in 2018 works well."
    (g,) = run(text).agreements
    assert g.year == 2018
