"""Rule venue_not_side: a country named before a signing verb only by its city after "in" or
"at" is where the subject acted, not a side; a capital as the subject still stands for its state."""

from __future__ import annotations

from tests.extract_support import run


def test_the_city_where_two_bodies_announced_a_deal_is_no_side() -> None:
    ex = run(
        "The African Union and the four founding members of ECOWAS announced on Friday in Nairobi "
        "that they had concluded negotiations on a free trade agreement.",
        published="2025-03-01",
    )
    (g,) = ex.agreements
    assert set(g.parties) == {"African Union", "ECOWAS"}


def test_capitals_as_the_subject_are_the_sides() -> None:
    (g,) = run("Nairobi and Addis Ababa signed a border agreement.").agreements
    assert set(g.parties) == {"Kenya", "Ethiopia"}
