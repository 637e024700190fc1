"""The value a pronoun gives right after an agreement's sentence (value_in_next_sentence)."""

from __future__ import annotations

from tests.extract_support import run


def test_it_is_worth_in_the_next_sentence() -> None:
    ex = run("Peru signed a port contract with Chile on Monday. It is worth $90 million, the ministry said.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert (g.value, g.amount, g.currency) == ("$90 million", 9e7, "USD")
    assert any(f.field == "value" and f.rule == "value_in_next_sentence" and f.sentence == 1 for f in g.facts)


def test_it_was_valued_at_with_a_hedge() -> None:
    ex = run("Kenya and Ghana signed a rail agreement in Accra. It was valued at about €400 million.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.value == "€400 million" and g.currency == "EUR"


def test_two_agreements_before_leave_the_value_unassigned() -> None:
    ex = run(
        "Peru signed a port contract with Chile and ratified the Paris Agreement. "
        "It is worth $90 million, the ministry said."
    )
    assert len(ex.agreements) >= 2 and all(a.value is None for a in ex.agreements)


def test_only_the_very_next_sentence_counts() -> None:
    ex = run(
        "Peru signed a port contract with Chile on Monday. The port lies north of Lima. "
        "It is worth $90 million, officials said."
    )
    assert all(a.value is None for a in ex.agreements)


def test_a_value_said_of_it_in_mid_sentence_is_not_taken() -> None:
    ex = run("Peru signed a port contract with Chile on Monday. Officials said it is worth $90 million.")
    assert all(a.value is None for a in ex.agreements)


def test_a_definite_deal_noun_opening_the_next_sentence_gives_the_value() -> None:
    text = "Chile and Peru signed a fisheries agreement on Monday. The package is worth $2 billion, officials said."
    (g,) = run(text, published="2024-01-01").agreements
    assert g.value == "$2 billion" and {f.rule for f in g.facts if f.field == "value"} == {"value_in_next_sentence"}


def test_the_deal_is_expected_to_be_worth() -> None:
    text = "Chile and Peru signed a fisheries agreement on Monday. The deal is expected to be worth $2 billion."
    (g,) = run(text, published="2024-01-01").agreements
    assert g.value == "$2 billion"
