"""Rule sale_of_to: a sale approved or cleared by its seller is the seller's and the buyer's,
in either order of its phrases: "the sale of 30 jets to Egypt" and "the sale to Egypt of 30 jets"."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The U.S. State Department approved the possible sale of 36 fighter jets to Indonesia.", ["United States", "Indonesia"]),
        ("The U.S. State Department approved the possible sale to Indonesia of up to 36 fighter jets.", ["United States", "Indonesia"]),
        ("France approved the sale to Egypt of 30 Rafale jets in 2021.", ["France", "Egypt"]),
        ("Germany's government cleared the sale to Egypt of four frigates worth 2 billion euros.", ["Germany", "Egypt"]),
        ("South Korea authorised a sale to Poland of 180 tanks last year.", ["South Korea", "Poland"]),
        ("Sweden has approved the sale to Thailand of four more Gripen jets.", ["Sweden", "Thailand"]),
    ],
)
def test_the_seller_and_the_buyer_are_the_sale_s_sides(text: str, parties: list[str]) -> None:
    found = [g.parties for g in run(text, published="2024-06-10").agreements]
    assert parties in found, found


def test_a_sale_to_a_buyer_with_no_goods_after_it_is_not_read_so() -> None:
    text = "Washington approved a possible sale to Warsaw valued at up to $10.5 billion."
    assert all(g.parties != ["United States", "Poland"] for g in run(text, published="2024-06-10").agreements)
