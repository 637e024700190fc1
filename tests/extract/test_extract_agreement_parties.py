"""Agreements: parties from supply, hosts and joining, plural heads, extensions and headline lists."""

from __future__ import annotations

import pytest

from tests.extract_support import agreement, run


def test_supply_through_a_deal_names_supplier_and_receiver() -> None:
    """Rule supply_through_deal: the verb's subject supplies its object through the deal."""
    text = (
        "Norway is going to supply Poland with natural gas through a 10-year deal signed on Monday, "
        "as Europe replaces Russian supplies once sent via Ukraine."
    )
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"Norway", "Poland"} and g.status == "signed"
    assert {f.rule for f in g.facts if f.field == "party"} == {"supply_through_deal"}


def test_a_particular_deal_takes_the_sentence_pair() -> None:
    """Rule specific_sentence_pair: "a deal signed on Monday" in a sentence of two countries."""
    text = "Talks in Oslo ended with a fisheries deal signed on Monday by Norway and Iceland."
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"Norway", "Iceland"}
    assert {f.rule for f in g.facts if f.field == "party"} == {"specific_sentence_pair"}


def test_between_own_government_and_a_described_group() -> None:
    """Rule between_sides: "his government" is the country named before it; describing words
    before a party ("the Marxist ELN guerrilla group") are passed over."""
    text = (
        "Peruvian President Ana Ruiz unveiled a truce between her government and the Maoist "
        "Shining Path movement on Friday."
    )
    g = next(a for a in run(text).agreements if a.unnamed)
    assert g.parties[0] == "Peru" and len(g.parties) == 2
    assert {f.rule for f in g.facts if f.field == "party"} == {"between_sides"}


def test_generic_name_borrows_the_main_agreement_parties() -> None:
    """Rule generic_name: "the Declaration of Principles signed by the two parties" belongs to
    the parties of the article's main agreement, not to its host."""
    text = (
        "Sudan and South Sudan signed a peace agreement on Friday in Paris. France hosted the talks "
        "and France will monitor them. France said the deal builds on the Declaration of Principles "
        "agreed in May. French officials praised France's role."
    )
    ex = run(text)
    g = agreement(ex, "Declaration of Principles")
    assert g is not None and set(g.parties) == {"Sudan", "South Sudan"}


def test_described_mention_gives_a_generic_name_its_parties() -> None:
    text = "Sudan and South Sudan signed a peace agreement on Friday. The Peace Agreement takes effect soon."
    g = agreement(run(text), "Peace Agreement")
    assert g is not None and set(g.parties) == {"Sudan", "South Sudan"}


def test_a_contract_may_be_the_deal() -> None:
    """A contract or sale of the same parties folds into their unnamed deal (same_kind)."""
    ex = run(
        "Peru and Chile sealed an arms deal on Monday. Officials said Peru and Chile signed a "
        "contract worth $410 million in Lima."
    )
    deals = [a for a in ex.agreements if a.unnamed]
    assert len(deals) == 1 and deals[0].value == "$410 million"


def test_names_sharing_a_plural_head_are_one_record_each() -> None:
    """Rule named_list: "the Lima and Quito Declarations" are two declarations."""
    ex = run("Ministers cited the Lima and Quito Declarations as the basis of ties between Peru and Ecuador.")
    names = sorted(a.name for a in ex.agreements)
    assert names == ["Lima Declaration", "Quito Declaration"]
    assert all(set(a.parties) == {"Peru", "Ecuador"} for a in ex.agreements)


def test_a_plural_head_without_a_list_names_nothing() -> None:
    ex = run("Peru and Ecuador signed several Agreements on Friday in Lima.")
    assert not any(a.name.endswith("Agreement") and not a.unnamed for a in ex.agreements)


def test_a_country_that_joins_is_a_party() -> None:
    """Rule accession: "X joined / acceded to the Y" makes X a party of Y."""
    ex = run("Chile acceded to the Pacific Fisheries Convention in 2004. Peru joined the Pacific Fisheries Convention later.")
    g = agreement(ex, "Pacific Fisheries Convention")
    assert g is not None and set(g.parties) == {"Chile", "Peru"}
    assert {f.rule for f in g.facts if f.field == "party"} == {"accession"}


def test_an_extension_keeps_the_agreement_in_force() -> None:
    ex = run("Russia agreed to a one-year extension of the Lisbon Fisheries Treaty with Portugal.")
    g = agreement(ex, "Lisbon Fisheries Treaty")
    assert g is not None and g.status == "in_force"


@pytest.mark.parametrize(
    "text",
    [
        "Sudan and South Sudan signed a peace agreement in Washington on Friday, with US Secretary "
        "of State Marco Rubio signing as a witness.",
        "The United States hosted the signing of a peace agreement between Sudan and South Sudan on Friday.",
        "Sudan and South Sudan signed a peace agreement worth $2 billion in Washington, hosted by the United States.",
    ],
)
def test_a_host_or_witness_is_no_party(text: str) -> None:
    g = next(a for a in run(text).agreements if a.unnamed)
    assert set(g.parties) == {"Sudan", "South Sudan"}


def test_the_verb_subject_wins_over_the_article_country() -> None:
    """Rule treaty_with: "Argentina is negotiating a swap arrangement with China" is
    Argentina's, even in an article mostly about Brazil."""
    text = (
        "Brazil and Uruguay met in Brasilia. Brazil hosted the talks and Brazil praised Uruguay. "
        "Separately, Argentina is negotiating a currency swap arrangement with China."
    )
    g = next(a for a in run(text).agreements if "swap" in a.name)
    assert set(g.parties) == {"Argentina", "China"}


def test_a_comparative_is_no_part_of_the_name() -> None:
    ex = run("Peru and Chile resumed talks on a broader free trade agreement in Lima.")
    assert [a.name for a in ex.agreements] == ["Peru-Chile free trade agreement"]


def test_an_armed_group_acronym_is_no_lending_programme() -> None:
    ex = run("Sudan's army and the paramilitary Rapid Support Forces (RSF) clashed again. The RSF denied it.")
    assert ex.agreements == []


def test_an_indefinite_description_refers_back_only_when_it_shares_a_word() -> None:
    ex = run(
        "Negotiations on an India-Japan free trade agreement have stalled, officials said. "
        "A currency swap arrangement is under review instead."
    )
    names = [a.name for a in ex.agreements]
    assert names == ["India-Japan free trade agreement"]
    assert "currency swap arrangement" not in ex.agreements[0].keywords


def test_items_included_in_a_signed_list_are_agreements_of_its_subject() -> None:
    """Rule including_list: each agreement listed after "including" is the subject's, signed
    when the list was; a later description with other content words is another agreement."""
    text = (
        "Peru and Chile on Monday signed five agreements, including a port access pact and a "
        "memorandum on water sharing. Talks on a Peru-Chile free trade agreement continue."
    )
    ex = run(text, published="2021-04-01")
    by_name = {a.name: a for a in ex.agreements}
    assert set(by_name) == {"Peru-Chile port access pact", "Peru-Chile water sharing memorandum", "Peru-Chile free trade agreement"}
    assert by_name["Peru-Chile port access pact"].status == "signed"
    assert by_name["Peru-Chile water sharing memorandum"].year == 2021
    assert by_name["Peru-Chile free trade agreement"].status == "under_negotiation"


def test_a_title_case_headline_lists_no_named_agreements() -> None:
    """Rule headline_not_list: in a headline every word is capitalised, so "Peru, Chile Sign
    Agreements" names two signatories, not a "Peru Agreement" and a "Chile Sign Agreement"."""
    ex = run(
        "Peru, Chile Sign Agreements on Fisheries and Ports\n\nThe two governments signed the texts in Lima on Tuesday.",
        headings=(0,),
    )
    assert not any(not a.unnamed for a in ex.agreements)
