"""A definite phrase with an amount that refers back to the agreement just mentioned ("the
enlarged $2 billion budget support programme") gives its value, and its verb the status (rule
value_referred_back)."""

from __future__ import annotations

from tests.extract_support import run


def test_a_definite_valued_phrase_after_the_mention_gives_value_and_status() -> None:
    ex = run(
        "Zambia agreed a loan agreement with the World Bank. "
        "The bank said its board had approved the enlarged $2 billion budget support programme on Friday.",
        published="2024-05-01",
    )
    (g,) = ex.agreements
    assert (g.value, g.status) == ("$2 billion", "signed")
    assert next(f.rule for f in g.facts if f.field == "value") == "value_referred_back"


def test_an_indefinite_valued_phrase_refers_to_nothing_before() -> None:
    ex = run(
        "Zambia agreed a loan agreement with the World Bank. "
        "Officials also hope for a $2 billion budget support programme from donors.",
        published="2024-05-01",
    )
    assert all(f.rule != "value_referred_back" for a in ex.agreements for f in a.facts)


def test_another_agreement_between_leaves_the_value_unclaimed() -> None:
    ex = run(
        "Zambia agreed a loan agreement with the World Bank. "
        "Zambia also signed a power purchase agreement with Angola on Monday. "
        "The bank said its board had approved the enlarged $2 billion budget support programme on Friday.",
        published="2024-05-01",
    )
    assert len(ex.agreements) == 2
    assert all(f.rule != "value_referred_back" for a in ex.agreements for f in a.facts)


def test_a_phrase_of_another_kind_is_not_the_agreements() -> None:
    ex = run(
        "Zambia signed a power purchase agreement with Angola on Monday. "
        "The minister said the planned $2 billion budget support programme would follow.",
        published="2024-05-01",
    )
    assert all(a.value is None for a in ex.agreements)
