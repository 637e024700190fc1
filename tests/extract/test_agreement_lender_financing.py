"""Rule lender_financing: money a lending body says it will provide ("would provide $1.5 billion
in financing") or a support package it announces is an agreement of the lender and the
borrower, announced, its amount the value, of the story's year; a country's own spending or
money in no form of lending is none."""

from __future__ import annotations

from tests.extract_support import run


def _deals(text: str) -> list:
    return run(text, published="2024-07-01").agreements


def test_a_lenders_stated_financing_goes_to_the_borrower_of_the_agreement_before() -> None:
    deals = _deals(
        "Kenya agreed a loan with the IMF on Monday.\n\nThe World Bank said separately that it "
        "would provide $1.5 billion in financing, the first budget support it has given."
    )
    money = next(g for g in deals if "financing" in g.name)
    assert set(money.parties) == {"World Bank", "Kenya"}
    assert money.value == "$1.5 billion" and money.status == "announced" and money.year == 2024


def test_a_separate_support_package_worth_an_amount() -> None:
    deals = _deals(
        "The IMF board approved a $20 billion loan for Peru on Friday.\n\nMinutes before, the World "
        "Bank announced a separate support package worth some $12 billion."
    )
    package = next(g for g in deals if "package" in g.name)
    assert set(package.parties) == {"World Bank", "Peru"} and package.value == "$12 billion"
    assert "support package" in package.name


def test_the_borrower_after_to() -> None:
    (g,) = _deals("The Asian Development Bank will provide $300 million in loans to Nepal.")
    assert set(g.parties) == {"Asian Development Bank", "Nepal"}


def test_a_countrys_own_spending_is_no_lending() -> None:
    assert _deals("Japan will provide $300 million in aid to Kenya.") == []


def test_money_in_no_form_of_lending_is_none() -> None:
    assert _deals("The World Bank will provide $5 million to staff in Nepal.") == []


def test_a_package_agreed_with_a_partner_is_the_two_sides() -> None:
    (g,) = _deals("The European Union agreed a 7.4 billion euro package with Jordan this month.")
    assert set(g.parties) == {"European Union", "Jordan"} and g.value == "7.4 billion euro"
    assert g.status == "signed" and g.year == 2024


def test_a_package_of_no_money_is_none() -> None:
    assert _deals("Peru announced a package of reforms with Chile.") == []


def test_a_lenders_facility_for_a_country_binds_that_country() -> None:
    ex = run("The IMF executive board on Friday approved a $2 billion Extended Fund Facility for Peru.")
    (g,) = [a for a in ex.agreements if a.name == "Extended Fund Facility"]
    assert "Peru" in g.parties and {f.rule for f in g.facts if f.field == "party" and f.value == "Peru"} == {"lent_for"}
