"""Rule value_after_mention, past a signing clause: a value told after the clause that dates or
places a mention's signing ("a deal agreed in 2019 between A and B, then valued at $12
billion", "an accord signed by the two states in 2022, which included A$150 million") is its
value; "then" and "now" may open the value clause."""

from __future__ import annotations

from tests.extract_support import run


def _value(text: str) -> str | None:
    found = run(text, published="2024-05-02").agreements
    return next(g for g in found if "deal" in g.name or "Accord" in g.name).value


def test_a_value_after_a_dated_signing_between_two_sides() -> None:
    text = (
        "Chile has imported Peruvian gas since 2021 through a supply deal agreed in 2019 between the state "
        "firms of Peru and Chile, then valued at $12 billion."
    )
    assert _value(text) == "$12 billion"


def test_a_value_a_relative_clause_gives_after_the_signing() -> None:
    text = "The pact builds on a Harbour Safety Accord signed by the two countries in March 2022, which included A$150 million for coast guard boats."
    assert _value(text) == "A$150 million"


def test_a_value_now_stated_after_the_comma() -> None:
    text = "Peru and Chile rely on the Harbour Safety Accord agreed in 2016 by their navies, now worth $2 billion a year."
    assert _value(text) == "$2 billion"


def test_no_value_in_the_clause_gives_none() -> None:
    text = "The pact builds on a Harbour Safety Accord signed by the two countries in March 2022, which covers coast guard boats."
    assert _value(text) is None
