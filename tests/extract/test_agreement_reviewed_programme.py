"""Rule reviewed_programme: a lending programme the text says is reviewed is in force; a
programme "under review", or a review of something else, changes nothing."""

from __future__ import annotations

from tests.extract_support import run


def _facility(text: str):
    ex = run(text, published="2025-03-12")
    return next(a for a in ex.agreements if "Facility" in a.name)


def test_a_review_of_the_named_facility_puts_it_in_force() -> None:
    g = _facility(
        "Officials said the accord lets the board complete the second review of Malawi's 36-month, "
        "$175 million Extended Credit Facility, approved in May 2023."
    )
    assert g.status == "in_force"
    assert "reviewed_programme" in {f.rule for f in g.facts if f.field == "status"}


def test_a_review_of_the_loan_programme_is_the_sentence_facility() -> None:
    g = _facility(
        "Lenders agreed on the first review of the country's loan programme, the $900 million "
        "Extended Fund Facility, the fund said on Tuesday."
    )
    assert g.status == "in_force"


def test_the_verb_review_with_the_programme_as_object() -> None:
    g = _facility(
        "Kenya secured a $2 billion Extended Fund Facility in April 2024.\n\n"
        "The board is expected to review Kenya's programme next month."
    )
    assert g.status == "in_force"


def test_a_programme_under_review_changes_nothing() -> None:
    g = _facility("Kenya's Extended Fund Facility is under review after protests, the ministry said on Monday.")
    assert "reviewed_programme" not in {f.rule for f in g.facts}


def test_a_review_of_something_else_changes_nothing() -> None:
    g = _facility(
        "Kenya signed a $2 billion Extended Fund Facility on Monday.\n\n"
        "Parliament will review the budget proposals next week, officials said."
    )
    assert "reviewed_programme" not in {f.rule for f in g.facts}
