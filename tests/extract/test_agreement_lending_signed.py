"""Rule lending_signed: a lender's loan or programme approved years before the article stays
signed (it is drawn on, not in force); another agreement signed as long ago that a party is
about to leave is in force."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text, published="2025-03-01").agreements
    return g


def test_an_old_loan_stays_signed() -> None:
    g = _only("Zambia and the World Bank signed a $300 million loan in 2019 to rebuild rural roads.")
    assert g.year == 2019 and g.status == "signed"


def test_an_old_imf_facility_stays_signed() -> None:
    g = _only("Kenya drew on its Extended Fund Facility with the International Monetary Fund, signed in 2021.")
    assert g.status == "signed"


def test_an_old_treaty_about_to_be_left_is_in_force() -> None:
    g = _only("Zambia and Malawi signed the Kariba Border Treaty in 2019. Zambia is withdrawing from the Kariba Border Treaty.")
    assert g.status == "in_force"
