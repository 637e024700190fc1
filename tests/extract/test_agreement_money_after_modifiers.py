"""Rule money_after_modifiers: an amount opening an agreement's noun phrase after a lower-case
word ("a new $20 billion programme", "a fresh $3 billion loan") still has its determiner, so the
phrase is an agreement of its sides worth that amount."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties", "value"),
    [
        ("Zambia and the IMF agreed a new $1.3 billion programme in April.", {"Zambia", "International Monetary Fund"}, "$1.3 billion"),
        ("Zambia signed a fresh $1.3 billion loan with the IMF in April.", {"Zambia", "International Monetary Fund"}, "$1.3 billion"),
        ("Zambia signed a record $1.3 billion loan with the IMF in April.", {"Zambia", "International Monetary Fund"}, "$1.3 billion"),
        ("Zambia signed a new $2 billion contract with China in April.", {"Zambia", "China"}, "$2 billion"),
        ("Zambia and China agreed a revised $2 billion loan in April.", {"Zambia", "China"}, "$2 billion"),
    ],
)
def test_an_amount_after_a_modifier_keeps_the_agreement(text: str, parties: set[str], value: str) -> None:
    (g,) = run(text, published="2024-05-01").agreements
    assert set(g.parties) == parties and g.value == value and g.status == "signed" and g.year == 2024


def test_an_amount_with_no_determiner_makes_no_new_record() -> None:
    assert run("Zambia needs $1.3 billion loans from abroad, officials said.").agreements == []
