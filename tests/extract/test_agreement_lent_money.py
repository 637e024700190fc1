"""Rule lent_money: a loan told by its verb of lending or borrowing, with no agreement noun, is a
loan of the lender and the borrower, the amount its value."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _loans(text: str):
    return [g for g in run(text, published="2024-06-10").agreements if any(f.rule == "lent_money" for f in g.facts if f.field == "party")]


@pytest.mark.parametrize(
    ("text", "parties", "value"),
    [
        ("China lent Kenya $1 billion in 2014 to build the railway.", ["China", "Kenya"], "$1 billion"),
        ("The World Bank loaned $300 million to Ghana in 2019.", ["World Bank", "Ghana"], "$300 million"),
        ("Laos borrowed $480 million from the Export-Import Bank of China.", ["Export-Import Bank of China", "Laos"], "$480 million"),
        ("Egypt has borrowed $3 billion from the IMF since the crisis.", ["International Monetary Fund", "Egypt"], "$3 billion"),
        ("Vientiane paid $250 million itself and borrowed the other $480 million from China.", ["China", "Laos"], "$480 million"),
        ("Japan lent Indonesia about $2 billion for the metro line.", ["Japan", "Indonesia"], "$2 billion"),
        ("Brazil borrowed a further $500 million from the Inter-American Development Bank.", ["Inter-American Development Bank", "Brazil"], "$500 million"),
        ("Kuwait loaned Jordan $750 million last year.", ["Kuwait", "Jordan"], "$750 million"),
    ],
)
def test_a_loan_told_by_its_verb_is_the_lender_s_and_the_borrower_s(text: str, parties: list[str], value: str) -> None:
    (g,) = _loans(text)
    assert g.parties == parties and g.status == "signed" and g.value == value


def test_a_loan_to_come_is_announced() -> None:
    (g,) = _loans("Japan will lend India $5 billion for the high-speed railway.")
    assert g.parties == ["Japan", "India"] and g.status == "announced"


def test_the_government_is_the_country_the_article_is_about() -> None:
    text = "Belize bought back its bonds. Belize said the deal was good, and Belize thanked donors.\n\nThe World Bank lent the government $364 million."
    (g,) = _loans(text)
    assert g.parties == ["World Bank", "Belize"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya borrowed heavily from China in the 2010s.",
        "China lends Africa billions of dollars every year.",
        "The bank lent its support to the plan.",
        "Germany lent Greece money during the crisis.",
        "Officials said borrowing $2 billion from China was unwise.",
    ],
)
def test_no_amount_no_sides_or_a_habit_is_no_loan(text: str) -> None:
    assert _loans(text) == []
