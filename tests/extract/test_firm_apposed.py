"""Rule firm_apposed: a name described as a firm right after its comma is an organisation."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_name_with_a_state_company_description_is_an_organisation() -> None:
    ex = run("The refund will be shared with ZANPar, the Zambian state company that owns the grid.")
    assert actor(ex, "ZANPar", "organization") is not None
    assert actor(ex, "Zambia", "country") is not None


def test_an_indefinite_description_counts_too() -> None:
    ex = run("Costs fell for Korvo, a mining group based in Lusaka, after the deal with Zambia.")
    assert actor(ex, "Korvo", "organization") is not None


def test_a_person_described_by_a_firm_noun_and_more_is_no_firm() -> None:
    ex = run("He met Ruto Kamau, the Kenyan company boss, on Monday.")
    assert actor(ex, "Ruto Kamau", "organization") is None


def test_a_country_described_as_a_producer_stays_a_country() -> None:
    ex = run("Talks went on with Kenya, a major producer, on Monday.")
    assert actor(ex, "Kenya", "country") is not None
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_a_name_after_an_indefinite_firm_description_is_an_organisation() -> None:
    # rule firm_named_after
    ex = run("Kenya and Uganda set up the line through a joint venture company, Lakeland Rail Holdings.")
    assert actor(ex, "Lakeland Rail Holdings", "organization") is not None
    ex = run("The satellites were launched by a binational company, Orbitra Space. It closed later.")
    assert actor(ex, "Orbitra Space", "organization") is not None


def test_a_country_after_a_firm_description_stays_a_country() -> None:
    ex = run("The rights went to a state company, Kenya, officials said.")
    assert actor(ex, "Kenya", "country") is not None
    assert not [a for a in ex.actors if a.kind == "organization"]


def test_an_acronym_between_the_name_and_its_description() -> None:
    ex = run("The deal was signed with Velka Energie II (VE II), the project company, in Prague.")
    assert actor(ex, "Velka Energie II", "organization") is not None
