"""Rule demonym_parliament: "the Chilean parliament" is an organisation, never a party."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_parliament_after_its_demonym_is_an_organisation() -> None:
    ex = run("The border accord was never ratified by the Chilean parliament, officials in Lima said.")
    assert actor(ex, "Chilean parliament", "organization") is not None
    assert actor(ex, "Chile", "country") is not None


def test_a_parliament_that_ratifies_a_deal_is_no_party() -> None:
    ex = run("The Peruvian parliament ratified the water deal with Bolivia in March 2021.")
    assert actor(ex, "Peruvian parliament", "organization") is not None
    assert all("Peruvian parliament" not in a.parties for a in ex.agreements)


def test_a_parliament_named_by_its_proper_name_takes_the_phrase() -> None:
    ex = run("The Grand National Assembly met on Monday; the Turkish parliament then approved the protocol.")
    assert actor(ex, "Turkish parliament", "organization") is None


def test_a_bare_parliament_is_no_organisation() -> None:
    ex = run("The minister addressed parliament about the treaty with Chile on Monday.")
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_parliaments_known_by_their_own_names() -> None:
    ex = run("Lawmakers in the Saeima and the Jogorku Kenesh will debate the accord next month.")
    assert actor(ex, "Saeima", "organization") is not None
    assert actor(ex, "Jogorku Kenesh", "organization") is not None
    assert [a.name for a in ex.actors if a.kind == "person"] == []


def test_a_states_forces_and_cabinet_after_its_demonym() -> None:
    ex = run("Ankara will help rebuild the Somali navy, a plan the Somali cabinet approved at a meeting.")
    assert actor(ex, "Somali navy", "organization") is not None
    assert actor(ex, "Somali cabinet", "organization") is not None
    ex = run("Kenyan armed forces spokesman Paul Njoroge said the order was final.")
    assert actor(ex, "Kenyan armed forces", "organization") is not None
    assert "armed forces spokesman" in actor(ex, "Paul Njoroge", "person").roles[0].title


def test_an_indefinite_service_only_qualifies_a_noun() -> None:
    ex = run("The minister signed the contract at a Polish army base near the border.")
    assert [a.name for a in ex.actors if a.kind == "organization"] == []


def test_another_states_parliament_stays_apart_from_the_named_one() -> None:
    # rule other_state_parliament: the named house is the first state's; a second state's is its own
    ex = run(
        "The National Assembly in Oslo approved the fishing accord on Tuesday. The Norwegian parliament had "
        "debated it for weeks, while the Danish parliament ratified its own text in May."
    )
    assert actor(ex, "Norwegian parliament", "organization") is None
    assert actor(ex, "Danish parliament", "organization") is not None


def test_a_single_states_phrase_stays_with_a_house_named_without_its_state() -> None:
    ex = run("The National Assembly met on Monday; the Kenyan parliament then approved the loan deal.")
    assert actor(ex, "Kenyan parliament", "organization") is None


def test_a_capitalised_bare_parliament_is_the_house() -> None:
    # rule bare_parliament
    ex = run("The fisheries deal must now go before Parliament, where it faces a close vote.")
    assert actor(ex, "Parliament", "organization") is not None


def test_a_bare_parliament_is_the_house_the_text_names() -> None:
    ex = run("The National Assembly in Dodoma passed the port deal after a long debate in Parliament.")
    house = actor(ex, "National Assembly", "organization")
    assert house is not None and "Parliament" in house.aliases
    assert actor(ex, "Parliament", "organization") is None


def test_a_parliament_building_is_no_house() -> None:
    ex = run("The two leaders signed the treaty at Parliament House on Monday.")
    assert actor(ex, "Parliament", "organization") is None
