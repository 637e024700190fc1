"""Loans as agreements: "loan" is a deal noun; "X is in talks with Y for a new loan" gives both
parties and puts it under negotiation (rule talks_with); the loan an agreement is "on" is what
that agreement is about, no record of its own (rule loan_subject)."""

from __future__ import annotations

from tests.extract_support import run


def test_talks_with_a_lender_for_a_loan() -> None:
    (g,) = run("Peru is in talks with the International Monetary Fund for a new loan to support its economy.").agreements
    assert set(g.parties) == {"Peru", "International Monetary Fund"}
    assert g.status == "under_negotiation"
    assert {f.rule for f in g.facts if f.field == "party"} == {"talks_with"}


def test_talks_with_a_partner_on_a_deal() -> None:
    (g,) = run("Chile has been in negotiations with Peru on a fisheries deal since March.").agreements
    assert set(g.parties) == {"Chile", "Peru"} and g.status == "under_negotiation"


def test_a_signed_loan_is_a_deal() -> None:
    (g,) = run("Kenya and the World Bank signed a $500 million loan on Monday.").agreements
    assert g.status == "signed" and g.value == "$500 million"


def test_the_loan_an_agreement_is_on_makes_no_record() -> None:
    (g,) = run("Ghana and the IMF reached a staff-level agreement on a $2.1 billion loan on Friday.").agreements
    assert g.value == "$2.1 billion" and "loan" not in g.name


def test_a_loan_under_a_named_facility_stays_the_facility() -> None:
    (g,) = run("Pakistan secured a $3 billion loan under the Extended Fund Facility with the IMF.").agreements
    assert g.name == "Extended Fund Facility"
