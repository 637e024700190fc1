"""Rule party_adjective: a known party named by its adjective before a word for its members."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_party_adjective_before_its_leader_names_the_party() -> None:
    ex = run("Conservative leader Jane Moss called the fishing deal a surrender.")
    party = actor(ex, "Conservative Party", "organization")
    assert party is not None and "Conservative" in party.aliases
    assert actor(ex, "Jane Moss", "person") is not None


def test_members_in_the_plural_name_the_party_too() -> None:
    ex = run("Republican senators said they would block the trade pact.")
    assert actor(ex, "Republican Party", "organization") is not None


def test_an_adjective_inside_a_longer_run_is_not_the_party() -> None:
    ex = run("The Progressive Conservative leader met the premier on Monday.")
    assert actor(ex, "Conservative Party", "organization") is None


def test_a_lower_case_adjective_is_no_party() -> None:
    ex = run("A conservative leader from the north opposed the pact.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_the_partys_officer_serves_the_partys_country() -> None:
    ex = run("Democratic leader Tom Reed said the trade pact would fail.")
    roles = actor(ex, "Tom Reed", "person").roles
    assert roles and roles[0].affiliation == "United States"
