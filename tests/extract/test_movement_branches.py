"""Rules peoples_in_name, hyphened_branch and members_of_body on armed movements' names."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_peoples_inside_a_name_keeps_the_name_whole() -> None:
    ex = run("The Nuba People's Liberation Movement signed the truce with Sudan.")
    assert actor(ex, "Nuba People's Liberation Movement", "organization") is not None
    assert actor(ex, "Liberation Movement", "organization") is None


def test_a_hyphened_compass_branch_is_part_of_the_name() -> None:
    ex = run("The Nuba Liberation Movement-North signed the truce with Sudan.")
    assert actor(ex, "Nuba Liberation Movement-North", "organization") is not None


def test_fighters_of_a_body_are_not_part_of_its_name() -> None:
    ex = run("Fighters of the Nuba Liberation Movement attacked the town.")
    assert actor(ex, "Nuba Liberation Movement", "organization") is not None
    assert not [a for a in ex.actors if a.name.startswith("Fighters")]


def test_a_possessive_that_is_not_peoples_still_ends_the_run() -> None:
    ex = run("China's Liberation Army drilled near the islands.")
    assert actor(ex, "China", "country") is not None


def test_peoples_with_a_trailing_apostrophe_stays_in_the_name() -> None:
    ex = run("The Peoples' Unity Party won the vote on the pact with Kenya.")
    assert actor(ex, "Peoples' Unity Party", "organization") is not None


def test_ethiopias_lower_house_is_known() -> None:
    ex = run("The House of Peoples' Representatives approved the loan on Tuesday.")
    assert actor(ex, "House of Peoples' Representatives", "organization") is not None
