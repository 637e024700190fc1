"""Relative clauses after a mention state its status and year: ", which entered into force on
...", "that was signed in ...", "the pact the two countries signed in 2019" (status_relative_clause)."""

from __future__ import annotations

from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.parse.article import parse_article
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


def test_signed_then_in_force_in_a_clause_after_the_date() -> None:
    ex = run("Chile and Peru signed the Andean Fisheries Agreement in May 2022, which took effect in 2023.")
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.status == "in_force" and g.year == 2022


def test_in_force_on_a_day_takes_the_article_year() -> None:
    text = "Pact takes effect\n\nMarch 2, 2024\n\nThe Andean Fisheries Agreement between Chile and Peru took effect on March 1."
    g = agreement(run(text), "Andean Fisheries Agreement")
    assert g is not None and g.status == "in_force" and g.year == 2024
    assert any(f.field == "year" and f.rule == "in_force_day_year" for f in g.facts)


def _parsed(text: str):
    return extract(parse_article(text, "x.txt"), load_gazetteer())


def test_a_headline_tells_the_day_news() -> None:
    text = "Tonga, Samoa ink $40 million fisheries contract\n\nMarch 2, 2024\n\nThe deal was struck in Apia.\n"
    g = next(a for a in _parsed(text).agreements if a.unnamed)
    assert g.status == "signed" and g.year == 2024
    assert any(f.field == "year" and f.rule == "headline_article_year" for f in g.facts)


def test_a_headline_with_a_year_of_its_own_gives_none() -> None:
    text = "Tonga, Samoa ink $40 million fisheries contract of 2023\n\nMarch 2, 2024\n\nThe deal was struck in Apia.\n"
    g = next(a for a in _parsed(text).agreements if a.unnamed)
    assert g.year != 2024


def test_a_clause_set_off_by_commas_is_skipped() -> None:
    ex = run("The Andean Fisheries Agreement, which replaced the Lima Accord, came into force in May 2019.")
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.status == "in_force" and g.year == 2019


def test_the_object_of_such_a_clause_takes_nothing_after_it() -> None:
    ex = run("The Andean Fisheries Agreement, which replaced the Lima Accord, came into force in May 2019.")
    g = agreement(ex, "Lima Accord")
    assert g is None or (g.year is None and g.status != "in_force")


def test_initialled_is_announced() -> None:
    ex = run("Chile and Peru on Friday initialled a fisheries agreement in Lima.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "announced"


def test_a_left_agreement_keeps_its_own_year() -> None:
    ex = run("Chile terminated a 2011 fisheries agreement with Peru in March.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.year == 2011


def test_a_left_agreement_takes_no_year_of_leaving() -> None:
    ex = run("Chile withdrew from the fisheries agreement with Peru in 2020.")
    assert all(a.year is None for a in ex.agreements)


def test_would_be_reviewed_is_under_review() -> None:
    ex = run("Chile and Peru said the Andean Fisheries Agreement would be reviewed next year.")
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.status == "under_review"


def test_a_clause_with_named_parties_gives_the_year() -> None:
    ex = run("The Andean Fisheries Agreement, which Chile and Peru signed in 2009, covers anchovy.")
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.year == 2009


def test_a_transaction_in_a_deal_is_signed() -> None:
    ex = run("Chile bought six patrol boats from Peru in a deal worth $90 million.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "signed" and g.value == "$90 million"


def test_a_deal_without_a_transaction_has_no_frame_status() -> None:
    ex = run("Chile hopes for patrol boats from Peru in a deal worth $90 million.")
    assert all(a.status is None for a in ex.agreements)


def test_the_year_of_the_description_a_name_is_given_for() -> None:
    ex = run("Chile left the 2009 fisheries pact, formally known as the Andean Fisheries Agreement, in 2020.")
    g = agreement(ex, "Andean Fisheries Agreement")
    assert g is not None and g.year == 2009


def test_another_noun_repeating_the_subject_gives_facts() -> None:
    ex = run(
        "Ghana pulled out of a $900 million rail agreement with Togo on Tuesday. The rail deal, signed in "
        "2017, had stalled."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.year == 2017 and g.status == "signed"
