"""Countries: names, abbreviations, demonyms and capitals as actors; places and features not."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def test_names_abbreviations_demonyms_capitals() -> None:
    ex = run("The U.S. and Chinese officials met. Beijing warned that Washington was wrong. Kyiv agreed.")
    assert {"United States", "China", "Ukraine"} <= names(ex, "country")
    us = actor(ex, "United States")
    assert us.code == "US" and {"U.S.", "Washington"} <= set(us.aliases)
    assert "Beijing" in actor(ex, "China").aliases


def test_abbreviation_is_case_sensitive() -> None:
    ex = run("Let us talk about trade. The talks helped us.")
    assert names(ex, "country") == set()


def test_geographic_features_do_not_make_actors() -> None:
    ex = run("Ships sailed through the South China Sea, the Taiwan Strait and the Sea of Japan.")
    assert names(ex, "country") == set()


def test_feature_does_not_hide_a_real_mention() -> None:
    ex = run("China sent ships into the South China Sea.")
    china = actor(ex, "China")
    assert china is not None and len(china.spans) == 1


def test_place_after_near_and_capital_as_venue() -> None:
    ex = run("Troops trained on islands near Taiwan. Ministers met in Brussels.")
    assert names(ex, "country") == set()
    ex = run("Japan's islands near Taiwan worry Taipei, which protested.")
    assert "Taiwan" in names(ex, "country")


def test_inside_an_organisation_name_is_not_an_actor() -> None:
    ex = run("The Japan Times reported the story first.")
    assert "Japan" not in names(ex, "country")
    assert "The Japan Times" in names(ex, "organization")


def test_ambiguous_forms_need_support() -> None:
    assert names(run("The Georgia state legislature passed a bill."), "country") == set()
    assert names(run("Michael Jordan said the game was over."), "country") == set()
    assert "Jordan" in names(run("Jordan and Israel signed a water deal."), "country")


def test_non_demonym_is_not_a_country() -> None:
    ex = run("She became the first non-American to land on the moon.")
    assert names(ex, "country") == set()


def test_every_mention_has_a_span_into_the_text() -> None:
    text = "France and Germany met. The French side agreed with Berlin."
    ex = run(text)
    for a in ex.actors:
        for s in a.spans:
            assert text[s.start : s.end] in (a.name, *a.aliases)


def test_a_country_form_before_a_currency_word_is_money_not_an_actor() -> None:
    ex = run("The lender paid out 2 billion U.S. dollars, and Kenyan shillings slid against the Swiss franc.")
    assert names(ex, "country") == set()


def test_a_currency_mention_stays_a_form_of_a_country_that_acts_elsewhere() -> None:
    ex = run("Canada pledged aid. The fund holds 40 million Canadian dollars.")
    assert names(ex, "country") == {"Canada"}


def test_a_capital_named_country_plus_city_is_a_place_unless_it_acts() -> None:
    ex = run("Envoys met in a Panama City hotel. The Guatemala City talks ended without Peru.")
    assert names(ex, "country") == {"Peru"}
    ex = run("Kuwait City said on Sunday that the talks would resume.")
    assert names(ex, "country") == {"Kuwait"}


def test_two_ambiguous_states_joined_by_and_are_both_countries() -> None:
    ex = run("The new cable runs through Georgia and Jordan before it reaches the coast.")
    names = {a.name for a in ex.actors if a.kind == "country"}
    assert {"Georgia", "Jordan"} <= names, names
    ex = run("Georgia Tech beat Jordan High on Saturday.")
    assert not {a.name for a in ex.actors if a.kind == "country"} & {"Georgia", "Jordan"}


def test_a_capital_opening_a_longer_name_is_no_actor() -> None:
    ex = run("The Vienna Document on military transparency still binds its members.")
    assert "Austria" not in names(ex, "country")


def test_a_capital_before_an_office_or_a_verb_stays_its_government() -> None:
    ex = run("Kyiv Mayor Ivan Hrytsenko spoke after Ottawa warned of delays.")
    assert {"Ukraine", "Canada"} <= names(ex, "country")


def test_an_ambiguous_state_name_acting_on_a_text_is_the_state() -> None:
    """Rule ambiguous_subject: "Turkey signed", "Chad has ratified": the state acts; a person's
    surname ("Michael Jordan said") and a capital or demonym form stay unread."""
    assert "Turkey" in names(run("Turkey signed a defence pact with Libya in 2019."), "country")
    assert "Chad" in names(run("Chad has ratified the treaty, officials said."), "country")
    assert "Jordan" not in names(run("Michael Jordan said he liked the game."), "country")
    assert "Turkey" not in names(run("Turkey is served at the dinner on Thursday."), "country")


def test_an_ambiguous_state_name_ending_a_text_is_the_state() -> None:
    """Rule ambiguous_subject: "Niger revoked its agreement", "Chad suspended the accord"."""
    assert "Niger" in names(run("Niger revoked its military cooperation agreement with the United States."), "country")
    assert "Chad" in names(run("Chad suspended the accord in May, officials said."), "country")
