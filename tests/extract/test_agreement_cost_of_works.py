"""Rules cost_of_works, under_opening_value and the "landed" signing cue: what a sentence right
after an agreement says the works it sets going cost is its value ("The total project cost is
estimated at $10.4 billion"); what the works attract or mobilise under it is too; a deal a side
"landed" was made."""

from __future__ import annotations

import pytest

from tests.extract.test_agreement_leaving import run


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Peru and Chile signed the Andes Agreement. The overall project cost is estimated at $2.2 billion.", "$2.2 billion"),
        (
            "Peru and Chile signed the Andes Agreement on the railway. Construction will start next year. "
            "The estimated cost of the programme is €900 million.",
            "€900 million",
        ),
        ("Peru and Chile signed the Andes Agreement. The cost of the deal was put at about €2 billion.", "€2 billion"),
        ("Peru and Chile signed the Andes Agreement. The cost is unclear, but $5 billion was mentioned.", None),
        ("Peru and Chile signed the Andes Agreement. The cost of living rose by $5 billion.", None),
    ],
)
def test_the_cost_of_what_it_sets_going(text: str, value: str | None) -> None:
    (g,) = run(text, published="2025-03-03").agreements
    assert g.value == value


def test_a_cost_near_another_agreement_is_left() -> None:
    found = run("Peru and Chile signed the Andes Agreement. Bolivia signed the Lima Protocol. The total cost is $3 billion.").agreements
    assert all(g.value is None for g in found)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Under the Andes Agreement, the mine will attract an estimated USD 700 million in new capital.", "USD 700 million"),
        ("Under the Andes Agreement, the fund will mobilise $500 million in private capital.", "$500 million"),
        ("Under the Andes Agreement, the government will pay $50 million a year.", "$50 million"),
        ("Under the Andes Agreement, prices will fall by $50 million a year.", None),
    ],
)
def test_what_the_works_attract_under_it(sentence: str, value: str | None) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert g.value == value


@pytest.mark.parametrize(
    "sentence",
    ["Peru landed an $8.5-billion climate finance deal with Chile.", "Chile lands $2 billion fisheries deal with Peru."],
)
def test_a_landed_deal_was_made(sentence: str) -> None:
    (g,) = run(sentence, published="2025-03-03").agreements
    assert g.status == "signed"
