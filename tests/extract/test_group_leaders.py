"""Rules name_of_body and led_by_name: leaders of groups named with no office are persons."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_names_of_a_faction_of_a_named_body_are_persons() -> None:
    ex = run(
        "Among the militia chiefs at the signing were Tomas Kiir of a faction of the Nuba Liberation Army "
        "and Peter Lado of a wing of the Nuba Democratic Front."
    )
    assert actor(ex, "Tomas Kiir", "person") is not None
    assert actor(ex, "Peter Lado", "person") is not None
    assert actor(ex, "Nuba Democratic Front", "organization") is not None


def test_a_name_of_a_branch_of_a_named_body_is_a_person() -> None:
    ex = run("The truce was hailed by Grace Obi of a branch of the African Union at the close of the meeting.")
    assert actor(ex, "Grace Obi", "person") is not None


def test_the_leader_a_group_is_led_by_is_a_person() -> None:
    ex = run("Two armed groups stayed away: a faction of the Darfur Freedom Movement led by Yusuf Adam Khalil.")
    assert actor(ex, "Yusuf Adam Khalil", "person") is not None


def test_a_country_a_coalition_is_led_by_is_no_person() -> None:
    ex = run("The coalition led by Saudi Arabia resumed its strikes near the port.")
    assert actor(ex, "Saudi Arabia", "country") is not None
    assert not [a for a in ex.actors if a.kind == "person"]


def test_a_place_of_a_body_is_no_person_without_a_named_body() -> None:
    ex = run("Crews reached Port Harcourt of the delta region on Friday.")
    assert not [a for a in ex.actors if a.kind == "person"]


def test_a_name_whose_verb_gives_an_office_is_a_person_with_it() -> None:
    ex = run("The swap was first signed in 2017, when Kofi Mensah was governor of the central bank.")
    p = actor(ex, "Kofi Mensah", "person")
    assert p is not None and [r.title for r in p.roles] == ["governor of the central bank"]


def test_a_relative_after_a_possessive_is_a_person() -> None:
    ex = run("The premier arrived in Lima with his wife Ama Serwaa for the signing with Peru.")
    assert actor(ex, "Ama Serwaa", "person") is not None


def test_a_name_followed_by_was_without_an_office_needs_more() -> None:
    ex = run("The result was clear when Harbour Point was sold to a Peruvian buyer.")
    assert actor(ex, "Harbour Point", "person") is None


def test_a_predecessor_or_successor_named_after_a_possessive_is_a_person() -> None:
    ex = run("The minister reversed the course of his predecessor Lena Vasquez, who had sought delays.")
    assert actor(ex, "Lena Vasquez", "person") is not None
    ex = run("She handed the file to her successor Omar Bakri in March.")
    assert actor(ex, "Omar Bakri", "person") is not None


def test_a_government_called_by_its_leaders_name() -> None:
    from tests.extract_support import run as run_text

    ex = run_text("The rebels and the government of Belisario Quintana signed a truce in 1984.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Belisario Quintana"]
    ex = run_text("The rebels and the government of South Sudan signed a truce in 2018.")
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_a_government_named_for_its_leader_is_of_the_articles_country() -> None:
    from tests.extract_support import actor as find_actor
    from tests.extract_support import run as run_text

    ex = run_text("Colombia held talks on Monday. Colombia and the rebels met again. Colombia signed a deal. The rebels and the government of Belisario Quintana signed a truce in 1984.")
    p = find_actor(ex, "Belisario Quintana", "person")
    assert p is not None and [(r.title, r.affiliation) for r in p.roles] == [("", "Colombia")]
