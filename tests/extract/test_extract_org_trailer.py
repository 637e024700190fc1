"""Rule body_before_trailer: a body's name run on into a person's name or a model designation."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def test_ministry_run_into_the_holders_name_is_a_body() -> None:
    ex = run("Omani Minister of State at the Foreign Ministry Salim Harbi said the accord was fair.")
    assert "Foreign Ministry" in names(ex, "organization")
    person = actor(ex, "Salim Harbi", "person")
    assert person is not None
    assert [(r.title, r.affiliation) for r in person.roles] == [("Minister of State at the Foreign Ministry", "Oman")]


def test_an_office_after_the_body_is_not_cut_off() -> None:
    ex = run("Foreign Ministry Spokesman Wang Lei said the talks would go on.")
    assert "Foreign Ministry" not in names(ex, "organization")
    person = actor(ex, "Wang Lei", "person")
    assert person is not None and person.roles[0].title == "Foreign Ministry Spokesman"


def test_air_force_before_an_aircraft_model_is_a_body() -> None:
    ex = run("Royal Danish Air Force F-35s escorted the plane as it landed.")
    assert "Royal Danish Air Force" in names(ex, "organization")
    ex = run("Kenya Defence Forces Mi-17 helicopters landed at the base.")
    assert "Kenya Defence Forces" in names(ex, "organization")


def test_a_model_after_a_word_that_is_no_body_names_nothing() -> None:
    ex = run("Danish Pilot F-35s escorted the plane as it landed.")
    assert not names(ex, "organization")
