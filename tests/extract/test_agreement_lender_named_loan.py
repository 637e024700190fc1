"""Rule lender_named_loan: a loan or programme named by its lender ("a $2 billion IMF loan",
"its IMF programme") is an agreement of the lender and the borrower (the possessive's country,
else the country named last before it); a record of the same pair takes it as a mention."""

from __future__ import annotations

from tests.extract_support import run


def test_a_loan_secured_by_the_country_before_it() -> None:
    (g,) = run("Markets watched Kenya, which secured a $2 billion IMF loan in May.").agreements
    assert set(g.parties) == {"Kenya", "International Monetary Fund"} and g.value == "$2 billion"
    assert "IMF loan" in g.keywords[0] and g.unnamed
    assert {f.rule for f in g.facts if f.field == "party"} == {"lender_named_loan"}


def test_its_programme_is_the_last_country_named_before_it() -> None:
    ex = run("Oman extended a deposit with the central bank, helping Kenya shore up reserves under its IMF programme.")
    (g,) = [a for a in ex.agreements if "International Monetary Fund" in a.parties]
    assert set(g.parties) == {"Kenya", "International Monetary Fund"}


def test_a_possessive_borrower() -> None:
    (g,) = run("Kenya's World Bank loan was approved on Monday.").agreements
    assert set(g.parties) == {"Kenya", "World Bank"}


def test_a_programme_of_the_pair_told_before_takes_the_mention() -> None:
    (g,) = run("Kenya signed the Extended Fund Facility with the IMF in 2023. Kenya's IMF programme is on track.").agreements
    assert g.name == "Extended Fund Facility"


def test_a_review_of_the_programme_is_no_record() -> None:
    assert run("Talks on Kenya's IMF programme review continue.").agreements == []


def test_a_central_banks_loan_is_not_a_lenders() -> None:
    assert run("Kenya said the Bank of England loan was repaid.").agreements == []
