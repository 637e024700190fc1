"""Agreements: values, statuses, years, names past their noun, signers as parties, rules of facts."""

from __future__ import annotations

import pytest

from tests.extract_support import agreement, run


@pytest.mark.parametrize(
    ("text", "name", "value", "status"),
    [
        (
            "Poland signed a $10 billion contract with the United States on Tuesday.",
            "Poland-U.S. contract",
            "$10 billion",
            "signed",
        ),
        (
            "Japan and India agreed a 500 million euro rail contract.",
            "Japan-India rail contract",
            "500 million euro",
            "signed",
        ),
        (
            "Japan and India are negotiating an A$3.5 billion rail deal.",
            "Japan-India rail deal",
            "A$3.5 billion",
            "under_negotiation",
        ),
    ],
)
def test_an_amount_before_the_noun_is_the_value(
    text: str, name: str, value: str, status: str
) -> None:
    """In "a $10 billion contract" the amount sits between the determiner and the noun."""
    g = agreement(run(text), name)
    assert g is not None and g.unnamed
    assert (g.value, g.status) == (value, status)


@pytest.mark.parametrize(
    "text",
    [
        "India and the European Union on Friday formally relaunched negotiations on a free "
        "trade agreement.",
        "India and the European Union resumed talks on a free trade agreement.",
    ],
)
def test_talks_started_or_resumed_on_an_agreement(text: str) -> None:
    g = agreement(run(text), "India-EU free trade agreement")
    assert g is not None and g.status == "under_negotiation"
    assert set(g.parties) == {"India", "European Union"}


def test_capitalised_words_joined_by_and_stay_in_the_name() -> None:
    ex = run(
        "Talks on the proposed Broad-based Trade and Investment Agreement between India and "
        "the EU stalled. The US and Kenya signed a Trade and Investment Framework Agreement."
    )
    g = agreement(ex, "Broad-based Trade and Investment Agreement")
    assert g is not None and set(g.parties) == {"India", "European Union"}
    assert agreement(ex, "Trade and Investment Framework Agreement") is not None
    assert agreement(ex, "Investment Agreement") is None


def test_and_between_parties_is_not_part_of_a_name() -> None:
    ex = run("Leaders of Japan and the Philippines signed the Reciprocal Access Agreement.")
    g = agreement(ex, "Reciprocal Access Agreement")
    assert g is not None and set(g.parties) == {"Japan", "Philippines"}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Britain, Italy and Japan launched a joint venture. The three governments signed a "
            "treaty in December 2023.",
            {"United Kingdom", "Italy", "Japan"},
        ),
        (
            "India and Pakistan met. The two neighbours signed a water-sharing agreement.",
            {"India", "Pakistan"},
        ),
    ],
)
def test_the_governments_or_neighbours_are_the_parties_named_before(
    text: str, parties: set[str]
) -> None:
    g = next(g for g in run(text).agreements if g.unnamed)
    assert set(g.parties) == parties and g.status == "signed"


def test_a_bare_definite_mention_refers_back_whatever_its_noun() -> None:
    ex = run(
        "Vietnam and Indonesia have ratified an agreement delineating their zones. "
        "Indonesian President Joko Widodo and Vietnamese President Nguyen Xuan Phuc announced "
        "the deal during a visit. Japan and Australia signed a security pact. Japan and "
        "Australia also signed the trade deal."
    )
    unnamed = sorted(g.name for g in ex.agreements if g.unnamed)
    assert unnamed == [
        "Japan-Australia security pact",
        "Japan-Australia trade deal",
        "Vietnam-Indonesia agreement",
    ]


def test_long_modifiers_and_numbered_terms_keep_the_agreement() -> None:
    ex = run(
        "India and Pakistan signed a long-awaited water-sharing agreement. "
        "Ukraine and the United Kingdom signed a 100-year partnership agreement in Kyiv."
    )
    names = {g.name for g in ex.agreements if g.unnamed}
    assert names == {
        "India-Pakistan water sharing agreement",
        "Ukraine-UK 100-year partnership agreement",
    }


@pytest.mark.parametrize(
    ("text", "name", "status", "year"),
    [
        (
            "Britain and the EU agreed to review the Trade and Cooperation Agreement in 2026.",
            "Trade and Cooperation Agreement",
            "under_review",
            None,
        ),
        ("The Paris Agreement was adopted in 2015 by 196 parties.", "Paris Agreement", None, 2015),
        ("The United States withdrew from the Paris Agreement in 2020.", "Paris Agreement", None, None),
    ],
)
def test_a_year_is_the_signing_year_not_a_review_or_a_withdrawal(
    text: str, name: str, status: str | None, year: int | None
) -> None:
    g = agreement(run(text), name)
    assert g is not None and g.year == year
    if status is not None:
        assert g.status == status


@pytest.mark.parametrize(
    ("text", "name", "status"),
    [
        ("Israel and Hamas agreed to a ceasefire deal brokered by Qatar.", "Israel-Hamas ceasefire deal", "signed"),
        ("The ceasefire between Israel and Hamas took effect on Sunday.", "Israel-Hamas ceasefire", "in_force"),
    ],
)
def test_status_cues_past_to_and_past_between(text: str, name: str, status: str) -> None:
    g = agreement(run(text), name)
    assert g is not None and g.status == status


def test_a_bare_definite_alliance_is_not_folded_into_a_contract() -> None:
    ex = run(
        "Poland signed a $10 billion contract with the United States on Tuesday. "
        "The ambassador said the agreement showed the strength of the alliance between "
        "Warsaw and Washington."
    )
    names = sorted(g.name for g in ex.agreements)
    assert names == ["Poland-U.S. alliance", "Poland-U.S. contract"]


def test_the_signers_countries_are_the_parties() -> None:
    ex = run(
        "The deal, signed by Japanese Prime Minister Fumio Kishida and Australian Prime "
        "Minister Anthony Albanese, updates their cooperation. A pact signed by the leaders "
        "of Spain and Portugal on Tuesday covers water."
    )
    assert set(agreement(ex, "Japan-Australia deal").parties) == {"Japan", "Australia"}
    assert set(agreement(ex, "Spain-Portugal pact").parties) == {"Spain", "Portugal"}


def test_parties_that_have_an_agreement_or_whose_leaders_speak_of_it() -> None:
    ex = run("Manila and Washington have a 1951 Mutual Defense Treaty.")
    g = agreement(ex, "Mutual Defense Treaty")
    assert set(g.parties) == {"Philippines", "United States"} and g.year == 1951
    ex = run(
        "Manila and Washington met. The two leaders reaffirmed their commitment to the Mutual "
        "Defense Treaty."
    )
    assert set(agreement(ex, "Mutual Defense Treaty").parties) == {"Philippines", "United States"}


def test_a_name_that_goes_on_past_its_noun() -> None:
    """Names such as "Joint Declaration on Security Cooperation" or "Agreement on Reciprocal Access":
    the noun is followed by "on"/"of"/"for" and more of the name."""
    ex = run(
        "Japan and Australia signed the Joint Declaration on Security Cooperation in 2007. "
        "The Convention on the Rights of the Child was adopted in 1989."
    )
    g = agreement(ex, "Joint Declaration on Security Cooperation")
    assert g is not None and not g.unnamed
    assert set(g.parties) == {"Japan", "Australia"} and (g.status, g.year) == ("signed", 2007)
    assert agreement(ex, "Convention on the Rights of the Child").year == 1989


def test_and_joins_one_more_run_to_a_name_past_its_noun() -> None:
    ex = run(
        "Timor-Leste acceded to the Treaty of Amity and Cooperation (TAC) in 2007. The TAC "
        "binds members. The Convention on Biological Diversity and Kyoto Protocol were discussed."
    )
    g = agreement(ex, "Treaty of Amity and Cooperation")
    assert g is not None and "TAC" in g.aliases and len(g.spans) == 3
    assert agreement(ex, "Convention on Biological Diversity") is not None
    assert agreement(ex, "Kyoto Protocol") is not None


def test_sale_to_a_buyer_names_seller_and_buyer() -> None:
    """Rule sale_to_buyer: "X firms sealed a deal to sell jets to Y": seller X, buyer Y."""
    ex = run("Two Brazilian firms have sealed a $1.2 billion deal to sell transport aircraft to Portugal, officials said.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Brazil", "Portugal"}
    assert (g.status, g.value, g.amount, g.currency) == ("signed", "$1.2 billion", 1.2e9, "USD")


def test_an_alliance_for_a_cause_is_a_body() -> None:
    """Rule body_named_for: "X Alliance for Y" names a grouping, not an agreement."""
    ex = run(
        "Half the money will come from the Lisbon Banking Alliance for Clean Oceans (LBACO), a "
        "group of lenders. Portugal and Spain signed the Iberian Water Treaty in 2009."
    )
    names = {a.name for a in ex.agreements}
    assert "Lisbon Banking Alliance for Clean Oceans" not in names and "Iberian Water Treaty" in names


def test_a_name_led_by_a_body_noun_is_a_body() -> None:
    """Rule body_led_name: "Government of National Accord" ends in an agreement noun but is led
    by a body's noun and "of": a government, not a text."""
    ex = run(
        "Forces of the Government of National Accord held the port. The Council for the Peace "
        "Pact met in Accra. Ghana and Togo signed the Volta Basin Accord in 2019."
    )
    names = {a.name for a in ex.agreements}
    assert "Government of National Accord" not in names and "Council for the Peace Pact" not in names
    assert "Volta Basin Accord" in names


def test_generic_name_takes_the_article_pair() -> None:
    """Rule generic_name: a "Memorandum of Understanding" no sentence ties to parties belongs
    to the pair the article is about."""
    ex = run(
        "Ghana and Togo have long argued over their border. Ghana said on Monday it had signed a "
        "Memorandum of Understanding (MoU) on port access. Togo welcomed the step. Ghana and Togo "
        "will meet again in May. Togo said Ghana would gain access under the deal."
    )
    g = agreement(ex, "Ghana-Togo port access MoU")  # described by its subject (rule memorandum_subject)
    assert g is not None and set(g.parties) == {"Ghana", "Togo"}
    assert "Memorandum of Understanding" in g.keywords


def test_unnamed_keeps_the_text_phrases_as_aliases() -> None:
    ex = run("Chile and Peru signed a fisheries agreement on Monday. The 10-year fisheries deal covers the coast.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert "fisheries agreement" in g.aliases and g.name not in g.aliases
    assert len({a.casefold() for a in g.aliases}) == len(g.aliases)


@pytest.mark.parametrize(
    ("text", "field", "rule"),
    [
        ("Chile and Peru signed a fisheries agreement in 2011.", "year", "year_after_mention"),
        ("Chile and Peru signed a fisheries agreement in 2011.", "status", "status_cue_before"),
        ("Chile and Peru signed a fisheries agreement in 2011.", "party", "verb_subject"),
        ("The Chile-Peru fisheries agreement was signed in Lima.", "status", "status_cue_after"),
        ("The Chile-Peru fisheries agreement was signed in Lima.", "party", "hyphen_list"),
        ("Peru and Chile signed a port contract worth $90 million.", "value", "value_after_mention"),
        ("Peru and Chile signed a $90 million port contract.", "value", "money_before_noun"),
    ],
)
def test_every_fact_names_its_rule(text: str, field: str, rule: str) -> None:
    g = next(a for a in run(text).agreements if a.unnamed)
    assert all(f.rule for f in g.facts)
    assert rule in {f.rule for f in g.facts if f.field == field}
