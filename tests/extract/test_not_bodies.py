"""Runs with a head word that name no body: a minister's office (rule minister_office_run), an
office its acronym spells (rule spelled_office), a two states' meeting (rule pair_meeting),
and an outlet credited after a picture label and a bar."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_ministers_office_with_the_before_its_portfolio_is_no_body() -> None:
    ex = run("Singh met the Kenyan Minister for the Armed Forces, Mr Jean Otieno, in Delhi.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_an_office_spelled_by_its_acronym_names_no_body() -> None:
    ex = run("Kenya's Director General of Military Operations (DGMO) called his counterpart.")
    assert actor(ex, "Military Operations", "organization") is None


def test_a_body_with_its_own_acronym_is_still_one() -> None:
    ex = run("The Kenya Ports Authority (KPA) signed the lease.")
    assert actor(ex, "Kenya Ports Authority", "organization") is not None


def test_two_states_forum_is_an_event() -> None:
    ex = run("The deals were announced at the Kenya-Uganda Investment Forum in Kampala.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_forum_of_its_own_stays_a_body() -> None:
    ex = run("The Pacific Islands Forum welcomed the treaty.")
    assert actor(ex, "Pacific Islands Forum", "organization") is not None


def test_an_outlet_after_a_label_and_a_bar_is_a_credit() -> None:
    ex = run("The president at the summit in Paris on Monday. PHOTO | AFP")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_pipeline_with_its_acronym_is_a_work() -> None:
    # rule named_work
    ex = run("The gas flows through the Trans Lakeland Pipeline (TLP) to the coast.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_firm_named_for_a_pipeline_is_still_a_firm() -> None:
    ex = run("The Lakeland Pipeline Company signed the supply deal.")
    assert actor(ex, "Lakeland Pipeline Company", "organization") is not None


def test_an_of_phrase_ending_in_a_company_word_is_no_firm() -> None:
    # rule suffix_of_phrase
    ex = run("They signed a memorandum on a partnership in the Field of Energy in Baku.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_presidency_of_a_sector_is_a_body() -> None:
    ex = run("Washington imposed sanctions on Ankara's procurement agency, the Presidency of Defence Industries (SSB), in December.")
    assert "Presidency of Defence Industries" in {a.name for a in ex.actors if a.kind == "organization"}
