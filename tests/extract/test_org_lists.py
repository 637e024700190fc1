"""Rule org_list: a list whose other names are bodies makes its unknown names bodies too."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_an_unknown_name_among_known_firms_is_a_firm() -> None:
    ex = run("Boeing, Veltaro, Airbus and Embraer will bid for the jet contract, the ministry said.")
    assert actor(ex, "Veltaro", "organization") is not None


def test_the_unknown_name_may_end_the_list() -> None:
    ex = run("The bids came from Boeing, Airbus and Zentrix Aero before the deadline.")
    assert actor(ex, "Zentrix Aero", "organization") is not None


def test_a_list_with_a_country_makes_no_body() -> None:
    ex = run("Talks with Kenya, Boeing, Airbus and Veltaro went on for a week.")
    assert actor(ex, "Veltaro", "organization") is None


def test_one_known_body_is_not_enough() -> None:
    ex = run("Boeing, Veltaro and Marundi signed the maintenance deal on Monday.")
    assert actor(ex, "Veltaro", "organization") is None


def test_an_opening_stop_word_is_no_name() -> None:
    ex = run("However, Boeing and Airbus said nothing about the deal.")
    assert actor(ex, "However", "organization") is None


def test_a_known_firms_name_opening_a_longer_one_is_its_subsidiary() -> None:
    # rule list_subsidiary
    ex = run("The consortium includes Boeing Space Fuel, Airbus and Embraer, the ministry said.")
    assert actor(ex, "Boeing Space Fuel", "organization") is not None
    assert actor(ex, "Boeing", "organization") is None


def test_a_date_after_a_listed_firm_is_no_part_of_its_name() -> None:
    ex = run("Embraer, Boeing and Airbus Tuesday signed the service deal.")
    assert actor(ex, "Airbus", "organization") is not None
