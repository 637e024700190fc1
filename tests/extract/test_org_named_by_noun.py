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


def test_a_name_after_a_firms_arm_or_a_fund_is_a_firm() -> None:
    ex = run("Zanko sold the port to its infrastructure arm Lakeview Partners and the wealth fund KIF.")
    assert actor(ex, "Lakeview Partners", "organization") is not None
    assert actor(ex, "KIF", "organization") is not None


def test_fund_as_a_verb_names_no_firm() -> None:
    # rule noun_not_verb
    ex = run("Donors vowed to fund Lakeview's schools next year.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_name_qualifying_a_work_is_no_firm() -> None:
    # rule name_before_work
    ex = run("Output at the giant Marula field fell last year.")
    assert not [a for a in ex.actors if a.kind == "organization"]
