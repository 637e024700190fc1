"""Names a lower-case noun before them calls a party or an outlet (rule company-noun-before),
and a seat of government as the agent of a passive (rule place_org_agent)."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_name_after_party_is_a_party() -> None:
    ex = run("Lawyers and the opposition party Umoja spoke out against the port deal.")
    assert actor(ex, "Umoja", "organization") is not None


def test_a_name_after_website_or_newspaper_is_an_outlet() -> None:
    ex = run("The investigative website Lanterna reported the contract; the newspaper Kuriren confirmed it.")
    assert actor(ex, "Lanterna", "organization") is not None
    assert actor(ex, "Kuriren", "organization") is not None


def test_a_seat_of_government_as_a_passives_agent_acts() -> None:
    ex = run("According to a fact sheet released by the White House, the sales were agreed.")
    assert actor(ex, "White House", "organization") is not None


def test_a_seat_of_government_visited_does_not_act() -> None:
    ex = run("The minister was received at the White House on Monday.")
    assert actor(ex, "White House", "organization") is None
