"""A body written by its short form at the head of an office (rule body_short_in_office) and
a surname alone after an office, credited with a handle (rule handle_titled_surname)."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_bodys_short_form_opening_an_office_names_the_body() -> None:
    ex = run("UN Secretary-General Ana Kovac welcomed the ceasefire in a statement.")
    org = actor(ex, "United Nations", "organization")
    assert org is not None and org.spans


def test_a_titled_surname_with_a_handle_is_no_outlet() -> None:
    ex = run("Governor Okafor (@GovOkafor) wrote that the loan deal was signed.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_an_outlet_with_a_handle_is_still_one() -> None:
    ex = run("The Coast Chronicle (@coastchron) first reported the deal.")
    assert actor(ex, "The Coast Chronicle", "organization") is not None


def test_a_countrys_office_opened_by_its_department_names_no_body() -> None:
    # rule country_office_no_body: with the state written first, the words are the state's office
    ex = run("U.S. Treasury Secretary Mark Hale said tariffs would stay.")
    assert actor(ex, "U.S. Treasury", "organization") is None
    assert actor(ex, "United States", "country") is not None
