"""Rule under_which_invest past a date or a signing clause: "the X Agreement signed by both
governments in March 2021, under which Peru pledged $150 million", "signed the X in
2023, under which ..." — what a party puts in under it is its value."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Andes Treaty builds on the Andes Agreement signed by both governments in March 2021, under which Peru pledged $150 million to the coast guard.", "$150 million"),
        ("Peru and Chile signed the Andes Agreement in 2023, under which Peru will invest $900 million.", "$900 million"),
        ("Peru signed the Andes Agreement last year, under which Chile committed $200 million.", "$200 million"),
        ("Peru praised the Andes Agreement signed in Lima in 2019, after which Chile invested $5 million.", None),
    ],
)
def test_what_a_party_puts_in_past_the_date(sentence: str, value: str | None) -> None:
    g = next(g for g in run(sentence, published="2024-12-07").agreements if g.name == "Andes Agreement")
    assert g.value == value
