"""Rule lender_approval_after: a loan or lending programme followed by its approval ("the
Extended Fund Facility approved in May", "the loan was approved by the board") is made by the
lender: a loan signed, a facility or arrangement opened, in force (rule facility_opened); an
approval still to come, or of an agreement that lends nothing, is not."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str, name: str) -> tuple[str | None, set[str]]:
    g = next(a for a in run(text, published="2024-06-01").agreements if name in a.name)
    return g.status, {f.rule for f in g.facts if f.field == "status"}


def test_a_facility_approved_after_its_name_is_in_force() -> None:
    text = "Ghana drew on the IMF's Extended Credit Facility approved on May 17, 2023, to pay its debts."
    assert _status(text, "Extended Credit Facility") == ("in_force", {"lender_approval_after"})


def test_a_facility_was_approved_is_in_force() -> None:
    text = "Officials said Kenya's Extended Fund Facility was approved by the IMF board on Friday."
    assert _status(text, "Extended Fund Facility") == ("in_force", {"lender_approval_after"})


def test_an_approval_to_come_is_not_a_signing() -> None:
    text = "Ghana hopes the IMF's Extended Credit Facility will be approved in July."
    assert _status(text, "Extended Credit Facility")[0] != "signed"


def test_an_approved_treaty_is_not_a_lender_approval() -> None:
    text = "Peru and Chile agreed a border treaty. The border treaty was approved by Peru's cabinet on Friday."
    assert "lender_approval_after" not in _status(text, "treaty")[1]
