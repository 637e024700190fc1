"""Rule reviewed_programme: a lending programme the text says is reviewed is in force; a
programme "under review", or a review of something else, changes nothing."""

from __future__ import annotations

from tests.extract_support import run


def _facility(text: str):
    ex = run(text, published="2025-03-12")
    return next(a for a in ex.agreements if "Facility" in a.name)


def test_a_review_of_the_named_facility_puts_it_in_force() -> None:
    g = _facility(
        "Malawi hopes the board will soon finish the second review of the Extended Credit Facility "
        "it obtained in 2023, officials said."
    )
    assert g.status == "in_force"
    assert "reviewed_programme" in {f.rule for f in g.facts if f.field == "status"}


def test_a_review_of_the_loan_programme_is_the_sentence_facility() -> None:
    g = _facility(
        "Fund staff wrapped up a third review of Kenya's lending programme, the $900 million "
        "Extended Fund Facility, on Tuesday."
    )
    assert g.status == "in_force"


def test_the_verb_review_with_the_programme_as_object() -> None:
    g = _facility(
        "Kenya secured a $2 billion Extended Fund Facility in April 2024.\n\n"
        "Fund directors will review the Kenyan programme in July."
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
