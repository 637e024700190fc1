"""Money rules: amounts as written and parsed (money.py), the value a cue after a mention
gives (value_after_mention), and a deal's product designation in its noun phrase."""

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
        ("$3-billion stand-by loan", "$3-billion", 3e9, "USD"),
        ("A$10 billion", "A$10 billion", 1e10, "AUD"),
        ("€2.5bn for", "€2.5bn", 2.5e9, "EUR"),
        ("500 million yen", "500 million yen", 5e8, "JPY"),
        ("Rs 64,000 crore in all", "Rs 64,000 crore", 6.4e11, "INR"),
        ("eight billion dollars.", "eight billion dollars", 8e9, "USD"),
        ("USD 3 billion", "USD 3 billion", 3e9, "USD"),
        ("N$2,4 billion loan", "N$2,4 billion", 2.4e9, "NAD"),
        ("€7,25 million grant", "€7,25 million", 7.25e6, "EUR"),
        ("$12,500 grant", "$12,500", 12500.0, "USD"),
        ("40 mln USD loan", "40 mln USD", 4e7, "USD"),
        ("3 bln euros", "3 bln euros", 3e9, "EUR"),
        ("45-million-U.S.-dollar loan", "45-million-U.S.-dollar", 4.5e7, "USD"),
        ("Rs 1.5 lakh crore in all", "Rs 1.5 lakh crore", 1.5e12, "INR"),
        ("R12-billion loan", "R12-billion", 1.2e10, "ZAR"),
        ("R 350 million grant", "R 350 million", 3.5e8, "ZAR"),
        ("R$ 4 billion loan", "R$ 4 billion", 4e9, "BRL"),
        ("Rs 900 crore grant", "Rs 900 crore", 9e9, "INR"),
    ],
)
def test_money_as_written(text: str, written: str, amount: float, currency: str) -> None:
    assert parse_money(_state(), text) == (written, amount, currency)


def test_comma_decimal_value_before_its_noun() -> None:
    ex = run("Chile and Peru signed a N$4,6 billion port agreement in Lima on Friday.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert (g.value, g.amount) == ("N$4,6 billion", 4.6e9)


def test_hyphenated_dollar_compound_before_its_noun() -> None:
    ex = run("Chile and the World Bank signed a 45-million-U.S.-dollar loan agreement on Tuesday.")
    g = next(a for a in ex.agreements if a.value)
    assert (g.value, g.amount, g.currency) == ("45-million-U.S.-dollar", 4.5e7, "USD")


def test_value_in_a_relative_clause() -> None:
    ex = run(
        "Peru and Chile sealed an arms deal. The deal, which has a value of $410 million, covers "
        "six patrol boats."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert (g.value, g.amount, g.currency) == ("$410 million", 4.1e8, "USD")
    assert any(f.field == "value" and f.sentence == 1 for f in g.facts)


def test_valued_at_with_a_hedge() -> None:
    ex = run("Peru and Chile signed a port contract valued at about €90 million on Monday.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "€90 million"


def test_a_cue_without_money_gives_no_value() -> None:
    ex = run("Peru and Chile signed a port contract worth watching, officials said.")
    assert all(a.value is None for a in ex.agreements)


def test_product_designation_stays_in_the_noun_phrase() -> None:
    ex = run("Peru and Chile signed an F-16 contract in Lima.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Peru", "Chile"} and "F-16 contract" in g.keywords


def test_a_deal_expected_to_bring_an_amount() -> None:
    ex = run("Peru and Chile signed a trade deal in Lima. The deal is expected to bring €3 billion of investment.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "€3 billion" and g.currency == "EUR"


def test_an_approved_sale_valued_after_its_complement() -> None:
    text = (
        "France's defence ministry announced its approval of a sale of up to 12 patrol boats to "
        "Peru, valued at about €700 million, on Monday."
    )
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"France", "Peru"}
    assert (g.status, g.value, g.amount) == ("announced", "€700 million", 7e8)


def test_a_crore_deal_before_its_noun() -> None:
    ex = run("Nepal and Bhutan signed a Rs 4,000 crore hydropower deal in Thimphu.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert (g.value, g.amount, g.currency) == ("Rs 4,000 crore", 4e10, "INR")


def test_the_country_of_a_hyphened_dollar_compound_is_no_party() -> None:
    ex = run("Chile took a 90-million-U.S.-dollar concessional loan from the World Bank on Monday.")
    assert all("United States" not in a.parties for a in ex.agreements)
    assert "United States" not in {a.name for a in ex.actors}
