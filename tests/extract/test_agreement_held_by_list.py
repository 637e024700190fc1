"""Rule held_by_list and the "in place since" cue: an agreement a list of parties has ("X and
Y have a gas memorandum") is theirs and in force; one "in place since 2021" is in force."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text).agreements
    return g


def test_an_agreement_a_pair_has_is_theirs_and_in_force() -> None:
    g = _only("Georgia and Armenia have a transit memorandum.")
    assert set(g.parties) == {"Georgia", "Armenia"} and g.status == "in_force"
    assert any(f.rule == "held_by_list" for f in g.facts if f.field == "party")


def test_one_they_have_had_in_place_since_a_year() -> None:
    g = _only("Georgia and Armenia have had a memorandum on transit in place since 2019.")
    assert g.status == "in_force" and g.year == 2019


def test_one_they_had_is_no_longer_said_in_force() -> None:
    g = _only("Georgia and Armenia had a transit memorandum until 2019.")
    assert set(g.parties) == {"Georgia", "Armenia"} and g.status is None


def test_in_place_since_is_in_force() -> None:
    g = _only("The transit memorandum between Georgia and Armenia has been in place since 2019.")
    assert g.status == "in_force" and g.year == 2019
