"""Relative clauses after a mention state its status and year: ", which entered into force on
...", "that was signed in ...", "the pact the two countries signed in 2019" (status_relative_clause)."""

from __future__ import annotations

from tests.extract_support import agreement, run


def test_which_entered_into_force_gives_status_and_year() -> None:
    ex = run(
        "Chile and Peru said the Andean Fisheries Agreement, which entered into force on "
        "March 3, 2021, had raised catches."
    )
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.status == "in_force" and g.year == 2021


def test_that_was_signed_in_gives_the_year() -> None:
    ex = run("Ghana and Togo extended the Volta Water Accord that was signed in June 2017 in Lome.")
    g = agreement(ex, "Volta Water Accord")
    assert g is not None and g.year == 2017


def test_contact_clause_with_the_parties_as_subject() -> None:
    ex = run("Mali and Niger revived the Sahel Transit Pact the two countries signed in 2014.")
    g = agreement(ex, "Sahel Transit Pact")
    assert g is not None and g.status in ("signed", "in_force") and g.year == 2014


def test_acronym_and_parties_before_took_effect() -> None:
    ex = run(
        "The Coastal Trade Agreement (CTA) between Chile and Peru took effect in 2020, "
        "officials said."
    )
    g = agreement(ex, "Coastal Trade Agreement")
    assert g is not None and g.status == "in_force" and g.year == 2020


def test_a_clause_about_something_else_gives_nothing() -> None:
    ex = run("Chile and Peru discussed the Andean Fisheries Agreement, which critics say is weak.")
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.year is None
