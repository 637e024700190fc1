"""Rules ordered_goods and purchase_talks: an order of counted goods is a signed contract
between the buyer and the seller its goods name; talks to buy goods are an agreement under
negotiation; neither is made from orders that are no purchase or talks that buy nothing."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _deals(text: str) -> list:
    return run(text, published="2025-03-03").agreements


def test_an_order_of_counted_jets_is_a_contract_with_the_seller_its_demonym_names() -> None:
    (g,) = _deals("To strengthen its navy, Lima ordered 24 Swedish Gripen jets worth $2.1 billion in 2021.")
    assert set(g.parties) == {"Peru", "Sweden"} and "Gripen" in g.name
    assert g.year == 2021 and g.value == "$2.1 billion"
    assert any(f.rule == "ordered_goods" for f in g.facts)


def test_an_order_with_has_already_and_no_seller_is_the_buyers() -> None:
    (g,) = _deals("Chile has already ordered 12 trainer fighter jets.")
    assert g.parties == ["Chile"] and g.status == "signed" and "trainer fighter jets" in g.name


def test_an_order_of_designated_goods_with_no_seller_is_with_their_maker() -> None:
    (g,) = _deals("Chile has already ordered 12 Gripen fighter jets.")
    assert set(g.parties) == {"Chile", "Sweden"} and "Gripen fighter jets" in g.name


def test_talks_to_buy_from_a_seller_are_under_negotiation() -> None:
    (g,) = _deals("Peru is in talks to buy six frigates from South Korea.")
    assert set(g.parties) == {"Peru", "South Korea"} and g.status == "under_negotiation"
    assert "six" not in g.name


def test_it_continuing_talks_is_the_country_of_the_sentence_before() -> None:
    deals = _deals(
        "To strengthen its navy, Lima ordered 24 Swedish Gripen jets. It is also weighing Chinese "
        "jets and continues talks on buying U.S.-made F-16 jets."
    )
    talks = next(g for g in deals if g.status == "under_negotiation")
    assert set(talks.parties) == {"Peru", "United States"} and "F-16" in talks.name


def test_an_order_that_buys_nothing_is_no_agreement() -> None:
    assert _deals("The junta ordered all work to stop. Peru ordered 20 officials to leave Lima.") == []


def test_talks_that_buy_time_are_no_agreement() -> None:
    assert _deals("Peru said Chile used the talks to buy time before the vote.") == []


def test_an_order_of_a_deal_already_told_is_that_deal() -> None:
    deals = _deals("Chile signed a deal with France to buy Rafale jets on Monday. Chile ordered 12 French Rafale jets.")
    assert len(deals) == 1 and set(deals[0].parties) == {"Chile", "France"}


def test_an_owners_dated_order_of_goods_from_a_seller() -> None:
    (g,) = _deals("Lima said its 2022 order of 42 Rafale jets from France was its largest.")
    assert set(g.parties) == {"Peru", "France"} and g.year == 2022 and "Rafale" in g.name


def test_orders_of_two_kinds_of_goods_are_two_contracts_of_the_sentences_subject() -> None:
    deals = _deals(
        "Belgrade has stepped up military spending, including orders of Pantsir air defense "
        "systems from Russia and short-range Chinese missiles."
    )
    assert {frozenset(g.parties) for g in deals} == {frozenset({"Serbia", "Russia"}), frozenset({"Serbia", "China"})}


def test_an_order_of_no_goods_is_no_contract() -> None:
    assert _deals("In order to pay, Peru set its order of priorities for the budget.") == []


def test_counted_goods_bought_from_a_seller_are_a_signed_purchase() -> None:
    ex = run("Officials met on Monday. Peru bought 12 Gripen jets from Sweden in 2019.")
    assert [(g.name, sorted(g.parties), g.status, g.year) for g in ex.agreements] == [
        ("Peru-Sweden Gripen jets purchase", ["Peru", "Sweden"], "signed", 2019)
    ]


def test_bought_without_counted_goods_is_no_purchase() -> None:
    assert run("Officials met on Monday. Peru bought more time in 2019.").agreements == []


def test_a_purchase_worth_what_follows_the_seller() -> None:
    """A purchase's value may follow its seller: "ordered 96 helicopters from the United States
    for $12 billion"."""
    (g,) = run("Morocco ordered 24 Apache helicopters from the United States for $4.25 billion in 2020.").agreements
    assert (g.value, g.year) == ("$4.25 billion", 2020)


def test_an_owned_purchase_of_goods_made_abroad() -> None:
    """Rule ordered_goods: "its purchase of Russian S-400 systems", "Egypt's purchase of French
    Rafale jets": the owner bought from the goods' maker; a purchase with no owner is read
    elsewhere ("a deal for the purchase of ...")."""
    ex = run("New Delhi faced the threat of sanctions because of its purchase of Russian Su-30 fighter jets.")
    (g,) = ex.agreements
    assert set(g.parties) == {"India", "Russia"} and g.status == "signed"
    (g,) = run("Egypt's purchase of French Rafale jets was completed in 2015.").agreements
    assert set(g.parties) == {"Egypt", "France"} and g.year == 2015
    assert run("The purchase of 24 jets was approved by parliament.").agreements == []


@pytest.mark.parametrize(
    ("text", "parties", "name_end"),
    [
        ("Thailand's navy ordered a submarine from China in 2017.", {"Thailand", "China"}, "submarine order"),
        ("The Thai navy bought a frigate from Italy.", {"Thailand", "Italy"}, "frigate purchase"),
        ("India bought an aircraft carrier from Russia in 2004.", {"India", "Russia"}, "aircraft carrier purchase"),
        ("Chile ordered 12 Gripen fighter jets.", {"Chile", "Sweden"}, "Gripen fighter jets order"),
    ],
)
def test_one_item_bought_and_a_states_force_as_buyer(text: str, parties: set[str], name_end: str) -> None:
    """Rules ordered_goods and state_force_buyer: one ship or jet bought is an order too, a
    state's navy or army buys for the state, and the goods end at their last noun."""
    (g,) = run(text).agreements
    assert set(g.parties) == parties and g.status == "signed" and g.name.endswith(name_end)


def test_an_order_of_something_else_is_no_purchase() -> None:
    assert run("The minister ordered a review of the deal on Monday.").agreements == []
