"""Rule lent_to: a loan stated as a lender's act ("the Bank approved a $90 million loan to help
Bhutan ...") has the lender and the borrower as parties; a loan approved, granted or disbursed
is made (signed), one offered is proposed."""

from __future__ import annotations

from tests.extract_support import run


def test_an_approved_loan_to_help_a_country() -> None:
    (g,) = run("The Asian Development Bank (ADB) has approved a $90 million loan to help Bhutan build mountain roads.").agreements
    assert set(g.parties) == {"Asian Development Bank", "Bhutan"}
    assert g.status == "signed" and g.value == "$90 million"
    assert {f.rule for f in g.facts if f.field == "party"} == {"lent_to"}


def test_a_loan_for_a_country_granted_by_a_state() -> None:
    (g,) = run("Japan granted a $40 million loan for Mongolia on Tuesday.").agreements
    assert set(g.parties) == {"Japan", "Mongolia"} and g.status == "signed"


def test_an_offered_loan_is_proposed() -> None:
    (g,) = run("The World Bank offered a $75 million loan to Laos last week.").agreements
    assert "Laos" in g.parties and g.status == "proposed"


def test_a_loan_to_an_unnamed_borrower_has_no_parties_from_this_rule() -> None:
    ex = run("The Asian Development Bank approved a $90 million loan to help farmers in the hills.")
    assert all("lent_to" not in {f.rule for f in g.facts} for g in ex.agreements)


def test_a_credit_line_approved_for_a_country() -> None:
    (g,) = run("India has approved a $500 million credit line to Nepal.").agreements
    assert set(g.parties) == {"India", "Nepal"} and g.status == "signed"


def test_a_lenders_arrangement_for_a_country() -> None:
    (g,) = run("In 2014 the IMF approved a $553 million stand-by arrangement for Honduras.").agreements
    assert set(g.parties) == {"International Monetary Fund", "Honduras"}
    assert g.status == "signed" and g.year == 2014 and g.value == "$553 million"


def test_the_year_after_the_side_a_loan_is_for() -> None:
    """Rule object_phrase_year: "a loan for Tunisia in 2013" was made in 2013."""
    (g,) = run("The African Development Bank approved a $120 million loan for Malawi in March 2019.").agreements
    assert g.year == 2019
    assert {f.rule for f in g.facts if f.field == "year"} == {"object_phrase_year"}


def test_a_loan_the_borrower_secured_from_a_lender() -> None:
    """Rule borrowed_from: "Ghana secured a $3 billion bailout from the IMF": borrower and
    lender; a loan secured is made, one sought proposed."""
    (g,) = run("Zambia secured a $1.3 billion bailout from the IMF in August 2022.").agreements
    assert set(g.parties) == {"Zambia", "International Monetary Fund"}
    assert (g.status, g.year, g.value) == ("signed", 2022, "$1.3 billion")
    assert {f.rule for f in g.facts if f.field == "party"} == {"borrowed_from"}
    (g,) = run("Malawi sought a $100 million loan from the World Bank.").agreements
    assert set(g.parties) == {"Malawi", "World Bank"} and g.status == "proposed"
    (g,) = run("Kenya took a $1 billion loan from the World Bank in 2020.").agreements
    assert set(g.parties) == {"Kenya", "World Bank"} and g.status == "signed" and g.year == 2020


def test_an_arrangement_made_on_the_day_opens_in_force() -> None:
    """Rule lent_to, facility_opened: an arrangement (a line drawn on at once) approved on the
    story's day is in force; a loan so approved is signed, as is an arrangement of a past year."""
    (g,) = run("The IMF has approved a new four-year arrangement for Egypt to support its economy.", published="2024-05-02").agreements
    assert g.status == "in_force"
    (g,) = run("The IMF on Monday approved a 36-month arrangement for Jordan worth $1.2 billion.", published="2024-05-02").agreements
    assert g.status == "in_force"
    (g,) = run("The World Bank has approved a $250 million loan to help Guatemala clean up its rivers.", published="2024-05-02").agreements
    assert g.status == "signed"
    text = "WASHINGTON, May 2, 2024: The IMF today approved a 36-month arrangement for Jordan worth $1.2 billion."
    (g,) = run(text, published="2024-05-02").agreements
    assert (g.status, g.year) == ("in_force", 2024)  # rule opened_line_year: the approval day's year
