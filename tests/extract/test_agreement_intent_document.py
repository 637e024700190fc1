"""Rule intent_document: letters and declarations of intent and exchanges of notes are texts
of commitment between two sides: a "between" after the phrase, else the countries (and signers'
countries) named before it, else after "the two countries" or named signers the pair just told."""

from __future__ import annotations

from tests.extract_support import run


def test_a_letter_of_intent_between_two_ministries_binds_their_states() -> None:
    ex = run("- A letter of intent on training the navy between the Omani Ministry of Defense and the US Department of Defense")
    (g,) = ex.agreements
    assert set(g.parties) == {"Oman", "United States"} and g.name.endswith("letter of intent") and g.unnamed
    assert {f.rule for f in g.facts if f.field == "party"} == {"intent_document"}


def test_a_dated_exchange_of_notes_between_capitals() -> None:
    (g,) = run("A year later, a 1971 exchange of notes between London and Washington opened the base.").agreements
    assert set(g.parties) == {"United Kingdom", "United States"} and g.year == 1971


def test_the_two_countries_exchanged_notes_after_their_pact() -> None:
    ex = run("Chile and Peru signed a defence pact. On the same day, the two countries also exchanged notes on radar systems.")
    notes = [g for g in ex.agreements if "notes" in g.name]
    assert len(notes) == 1 and set(notes[0].parties) == {"Chile", "Peru"} and notes[0].status == "signed"


def test_a_declaration_of_intent_of_two_named_countries() -> None:
    ex = run("Peru and Chile signed a declaration of intent on energy cooperation.")
    assert any(set(g.parties) == {"Peru", "Chile"} and "declaration of intent" in " ".join(g.keywords + [g.name]) for g in ex.agreements)


def test_an_exchange_that_brings_another_agreement_into_force_is_a_step_of_it() -> None:
    ex = run("Parliament ratified the pact with Chile. The next step is an exchange of notes between the two governments, after which the pact enters into force.")
    assert all("notes" not in g.name for g in ex.agreements)


def test_countries_named_after_the_phrase_are_not_its_sides() -> None:
    ex = run("Fourteen NATO countries signed a letter of intent on air defence, and Switzerland and Austria joined later.")
    assert all("letter of intent" not in g.name for g in ex.agreements)


def test_a_letter_of_intent_to_a_club_is_none() -> None:
    assert run("He wrote a letter of intent to the club.").agreements == []
