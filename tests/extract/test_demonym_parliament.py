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
