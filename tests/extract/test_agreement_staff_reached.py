"""Rules staff_reached and facility_kinds: a lender's staff reaching agreement with a borrower
makes an announced staff-level agreement; the facilities a new arrangement is made under are
its kinds of loan, no records of their own."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "IMF staff have reached agreement with Zambia on loans totalling about $2.2 billion, the Fund said on Friday.\n\n"
    "The board is expected to consider it next month.\n\n"
    "The money comes as a new arrangement under the Extended Fund Facility and Extended Credit Facility."
)


def test_staff_reaching_agreement_make_an_announced_staff_level_agreement() -> None:
    found = run(_TEXT, published="2023-04-14").agreements
    assert [g.name for g in found] == ["Zambia-IMF staff-level agreement"]
    g = found[0]
    assert sorted(g.parties) == ["International Monetary Fund", "Zambia"]
    assert (g.status, g.year, g.value) == ("announced", 2023, "$2.2 billion")


def test_the_facilities_it_is_made_under_are_its_words() -> None:
    g = run(_TEXT, published="2023-04-14").agreements[0]
    assert "Extended Fund Facility" in g.keywords and "Extended Credit Facility" in g.keywords


def test_a_dated_facility_stays_a_programme_of_its_own() -> None:
    text = _TEXT + " It follows a loan under the Extended Credit Facility approved in 2019."
    names = [g.name for g in run(text, published="2023-04-14").agreements]
    assert "Extended Credit Facility" in names


def test_a_reached_agreement_without_staff_is_left_to_other_rules() -> None:
    text = "Zambia reached agreement with China on its debt on Friday."
    names = [g.name for g in run(text, published="2023-04-14").agreements]
    assert "Zambia-China staff-level agreement" not in names
