"""Organisations: a country's bodies by demonym or possessive, bodies of known organisations,
and pattern names mapped to the gazetteer's entry."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def test_lower_case_body_after_demonym_is_named_by_demonym() -> None:
    ex = run("On Monday the Chilean foreign ministry said the accord was near.")
    assert "Chilean Foreign Ministry" in names(ex, "organization")
    org = actor(ex, "Chilean Foreign Ministry", "organization")
    assert org.rule == "country-body" and "Chilean foreign ministry" in org.aliases


def test_possessive_body_gets_the_same_name_as_the_demonym_form() -> None:
    ex = run("A law passed by Chile's Parliament in May allowed the sale. Peru's defence ministry agreed.")
    assert {"Chilean Parliament", "Peruvian Defence Ministry"} <= names(ex, "organization")
    ex = run("A law passed by Chile's parliament in May allowed the sale.")
    assert "Chilean Parliament" not in names(ex, "organization")


def test_indefinite_or_thing_uses_are_no_body() -> None:
    ex = run("Soldiers gathered at a Chilean army base near the coast. Peru's navy ships sailed.")
    assert not {"Chilean Army", "Peruvian Navy"} & names(ex, "organization")


def test_generic_body_of_an_unnamed_owner_is_no_organisation() -> None:
    ex = run("The minister said the sale renews his country's Air Force for a decade.")
    assert "Air Force" not in names(ex, "organization")
    ex = run("The Supreme Court ruled against the plan on Wednesday.")
    assert "Supreme Court" in names(ex, "organization")


def test_body_of_a_known_organisation_is_its_own_organisation() -> None:
    ex = run("The loan still needs approval of the World Bank Executive Board next month.")
    org = actor(ex, "World Bank Executive Board", "organization")
    assert org is not None and org.rule == "org-body-of-org"
    assert "World Bank" not in names(ex, "organization")


def test_spelled_out_acronym_maps_to_the_gazetteer_entry() -> None:
    ex = run("Peacekeepers of the United Nations Interim Force (UNIFIL) patrol the border.")
    assert "UNIFIL" in names(ex, "organization")
    assert "United Nations" not in names(ex, "organization")


def test_office_before_of_is_cut_from_the_body_and_a_generic_rest_is_none() -> None:
    ex = run(
        "It was signed by Ana Ruiz, the Director General of the National Office, and by Tom Oke, "
        "the Chief Executive Officer of the Kano Petroleum Company Limited (KPCL)."
    )
    assert names(ex, "organization") == {"Kano Petroleum Company Limited"}


def test_capitals_listed_after_in_are_places() -> None:
    ex = run("Earlier rounds were held in Caracas and Mexico City. Colombia and the rebels agreed.")
    assert "Mexico" not in names(ex, "country") and "Colombia" in names(ex, "country")


def test_a_body_the_gazetteer_lists_under_a_country_form_takes_that_name() -> None:
    ex = run("Officers of America's Navy met the Philippines's Coast Guard in Manila.")
    assert {"U.S. Navy", "Philippine Coast Guard"} <= names(ex, "organization")


def test_a_headline_run_is_no_organisation_unless_the_body_names_it() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    text = "Chile and Peru Deepen Ties on Mining Technologies\n\nChile and Peru signed a mining accord on Monday."
    ex = extract(article(text, headings=(0,)), gazetteer())
    assert not any("Deepen" in n for n in names(ex, "organization"))
    assert {"Chile", "Peru"} <= names(ex, "country")
