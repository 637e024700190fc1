"""Rule board_approved_programme: a lender's approval of a loan, bailout or programme, told
beside the article's one named lending programme, is that programme's signing: signed (in
force for an approved arrangement or facility), worth the approved amount, of the approval
day's year. A past approval dated by its year, an approval to come, or an article with two
programmes gives nothing."""

from __future__ import annotations

from tests.extract_support import run

_FACILITY = "The Extended Credit Facility, worth SDR 1.5 billion, allows for the immediate disbursement of $400 million, the IMF said."


def _programme(text: str):
    ex = run(text, published="2024-07-30")
    return next(a for a in ex.agreements if "Facility" in a.name)


def test_a_board_approval_with_a_value_after_the_noun() -> None:
    g = _programme(
        "The International Monetary Fund's executive board on Monday approved a new three-year loan "
        "programme for Kenya worth around $2.1 billion to support reforms.\n\n" + _FACILITY
    )
    assert (g.status, g.year, g.value) == ("signed", 2024, "$2.1 billion")
    assert {f.rule for f in g.facts if f.field in ("status", "year", "value")} >= {"board_approved_programme"}


def test_an_approved_bailout_outranks_a_staff_level_agreement() -> None:
    g = _programme(
        "The IMF has approved a new four-year $7 billion bailout for Egypt to support its economy.\n\n"
        "Earlier the IMF said it had reached a staff-level agreement with Egypt on the 46-month Extended Fund Facility."
    )
    assert (g.status, g.year, g.value) == ("signed", 2024, "$7 billion")


def test_a_past_approval_dated_by_its_year_changes_nothing() -> None:
    g = _programme(
        "The board approved the country's 38-month loan programme in August 2021 to steady its finances.\n\n" + _FACILITY
    )
    assert "board_approved_programme" not in {f.rule for f in g.facts}


def test_an_approval_to_come_changes_nothing() -> None:
    g = _programme(
        "The IMF board is expected to approve a new $2 billion loan programme for Kenya next month.\n\n" + _FACILITY
    )
    assert "board_approved_programme" not in {f.rule for f in g.facts}


def test_two_programmes_leave_the_approval_unassigned() -> None:
    ex = run(
        "The IMF board on Monday approved a new $2 billion loan programme for Kenya.\n\n"
        "Kenya's Extended Fund Facility and its Resilience and Sustainability Facility run to 2026.",
        published="2024-07-30",
    )
    assert all("board_approved_programme" not in {f.rule for f in a.facts} for a in ex.agreements)


def test_another_lenders_approval_is_not_the_programmes() -> None:
    g = _programme(
        "The World Bank's board on Monday approved a new $500 million development loan for Kenya.\n\n"
        "Kenya's Extended Credit Facility with the IMF runs to 2026."
    )
    assert "board_approved_programme" not in {f.rule for f in g.facts}



def test_an_approved_arrangement_opens_in_force() -> None:
    g = _programme(
        "The IMF board has approved a 36-month arrangement under the Extended Fund Facility for Egypt.\n\n"
        "Earlier the IMF said it had reached a staff-level agreement with Egypt on the Extended Fund Facility."
    )
    assert (g.status, g.year) == ("in_force", 2024)
    assert "board_approved_programme" in {f.rule for f in g.facts if f.field == "status"}


def test_an_approved_loan_is_signed() -> None:
    g = _programme(
        "The IMF board has approved a 36-month loan under the Extended Fund Facility for Egypt.\n\n"
        "Earlier the IMF said it had reached a staff-level agreement with Egypt on the Extended Fund Facility."
    )
    assert g.status == "signed"
