"""Values of many currencies and where news puts them: ISO codes after the amount, hyphenated
"3-billion-dollar", local signs ("N$", "KSh", "Dh"), an apposition after the agreement's
complement ("..., a $25 billion project") and a party's share ("with X committing ...")."""

from __future__ import annotations

import pytest

from store.extract.cues import cues_for
from store.extract.money import parse_money
from store.extract.state import State
from store.extract.tokens import build_doc
from tests.extract_support import article, gazetteer, run


def _state() -> State:
    gz = gazetteer()
    doc = build_doc(article("x."))
    return State(doc, gz, cues_for(gz), bytearray(doc.n), bytearray(doc.n))


@pytest.mark.parametrize(
    ("text", "written", "amount", "currency"),
    [
        ("N$75 million for", "N$75 million", 7.5e7, "NAD"),
        ("N40 billion loan", "N40 billion", 4e10, "NGN"),
        ("2-billion-dollar facility", "2-billion-dollar", 2e9, "USD"),
        ("90 billion koruna in all", "90 billion koruna", 9e10, "CZK"),
        ("7 billion AED over", "7 billion AED", 7e9, "AED"),
        ("KSh 4 billion", "KSh 4 billion", 4e9, "KES"),
        ("Dh 12 billion", "Dh 12 billion", 1.2e10, "AED"),
        ("NIS 800 million", "NIS 800 million", 8e8, "ILS"),
        ("Tk 300 crore", "Tk 300 crore", 3e9, "BDT"),
    ],
)
def test_currencies_of_many_countries(text: str, written: str, amount: float, currency: str) -> None:
    assert parse_money(_state(), text) == (written, amount, currency)


def test_a_year_is_no_money() -> None:
    assert parse_money(_state(), "in 2019 the") is None


def test_an_apposed_project_amount() -> None:
    ex = run(
        "Chad and Cameroon signed an agreement to build the Kribi oil terminal, a $2 billion "
        "project, on Monday."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert (g.value, g.amount, g.currency) == ("$2 billion", 2e9, "USD")


def test_an_apposed_noun_valued_at() -> None:
    ex = run(
        "Chile and Peru struck a deal on Friday for a state firm to build two bridges, a project "
        "valued at about 90 billion pesos."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value is not None and g.value.startswith("90 billion")


def test_a_party_committing_an_amount() -> None:
    ex = run("Ghana and Togo signed a coastal protection partnership, with Accra committing €40 million to it.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "€40 million" and g.currency == "EUR"


def test_a_clause_without_money_gives_no_value() -> None:
    ex = run("Ghana and Togo signed a coastal protection partnership, with Accra committing troops to it.")
    assert all(a.value is None for a in ex.agreements)


def test_a_value_after_the_day() -> None:
    ex = run("Chile and Peru signed a fisheries memorandum on Monday worth 30 million dollars.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "30 million dollars" and g.currency == "USD"


@pytest.mark.parametrize(
    "tail",
    ["for $90 million", "of $90 million", "at a cost of $90 million", "estimated at $90 million", "to the tune of $90 million"],
)
def test_value_cue_words(tail: str) -> None:
    ex = run(f"Chile and Peru signed a port contract {tail} on Monday.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "$90 million"


def test_for_without_money_gives_no_value() -> None:
    ex = run("Chile and Peru signed a port contract for two terminals on Monday.")
    assert all(a.value is None for a in ex.agreements)


def test_a_later_mention_with_the_amount_before_its_noun() -> None:
    ex = run("Chile and Peru signed a port contract. The $90 million contract covers two terminals.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "$90 million"
    assert any(f.field == "value" and f.rule == "money_before_noun" and f.sentence == 1 for f in g.facts)


def test_an_ambiguous_shilling_keeps_the_written_value() -> None:
    ex = run("Kenya and Uganda signed a pipeline contract worth Sh10 billion.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert (g.value, g.amount, g.currency) == ("Sh10 billion", 1e10, None)


def test_a_country_sign_before_the_dollar_is_money_not_a_party() -> None:
    ex = run("Tonga and Samoa signed a NZ$40 million fisheries contract in Apia.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Tonga", "Samoa"} and g.currency == "NZD"
    assert "New Zealand" not in {a.name for a in ex.actors}


def test_a_country_abbreviation_spaced_from_a_dollar_stays_a_country() -> None:
    ex = run("Tonga, Samoa and NZ signed a fisheries contract worth $40 million in Apia.")
    assert "New Zealand" in {a.name for a in ex.actors}


def test_a_value_after_an_aside_of_the_signing() -> None:
    (g,) = run("The Peru-Chile gas deal, inked in March, is worth $3 billion.").agreements
    assert (g.value, g.amount, g.currency) == ("$3 billion", 3e9, "USD")
    assert next(f for f in g.facts if f.field == "value").rule == "value_after_mention"


def test_money_after_an_aside_without_a_value_cue_is_no_value() -> None:
    (g,) = run("The Peru-Chile gas deal, inked in March, was criticised as Peru spent $3 billion on subsidies.").agreements
    assert g.value is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Peru signed a deal to buy 24 trainer jets from Chile for $300 million.", "$300 million"),
        ("Peru and Chile finalised a deal for 26 patrol boats worth Rs 6,300 crore.", "Rs 6,300 crore"),
        ("Peru and Chile reached an agreement on a $1.2 billion loan.", "$1.2 billion"),
    ],
)
def test_a_value_inside_the_clause_after_the_deal(sentence: str, value: str) -> None:
    (g,) = run(sentence).agreements
    assert g.value == value


def test_a_duration_after_for_is_no_value() -> None:
    (g,) = run("Peru and Chile signed a pact to patrol the border for 10 years.").agreements
    assert g.value is None


def test_an_agreement_on_a_thing_is_named_by_the_thing_not_by_its_article() -> None:
    (g,) = run("Peru and Chile reached an agreement on a free trade zone.").agreements
    assert g.name == "Peru-Chile free trade zone agreement"
