"""Rules purchase_talks_with, designation_plural: talks to buy goods told with the partner after
"with" ("in talks with X on buying", "negotiating with X for", "negotiations with X over the
purchase of") are a purchase under negotiation of the buyer and that partner; goods called by
their designation in the plural ("Gripens", "Typhoons ... from X") are goods; a purchase from
several sellers ("from Qatar and Oman") is one record per seller."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador is in talks with Brazil to buy eight patrol boats.",
        "Ecuador is in talks with Brazil on buying eight patrol boats.",
        "Ecuador has been in talks with Brazil on acquiring its used patrol boats.",
        "Ecuador is negotiating with Brazil for eight patrol boats.",
        "Ecuador is in negotiations with Brazil over the purchase of eight patrol boats.",
        "Ecuador is negotiating the purchase of eight patrol boats from Brazil.",
        "Ecuador is holding talks with Brazil about the acquisition of eight patrol boats.",
        "Quito said on Monday it was in talks with Brazil on buying eight patrol boats.",
        "Ecuador has bought drones from Israel, and it is negotiating with Brazil for eight patrol boats.",
    ],
)
def test_talks_with_a_seller_are_a_purchase_under_negotiation(text: str) -> None:
    ex = run(text)
    (g,) = [a for a in ex.agreements if "Brazil" in a.parties]
    assert set(g.parties) == {"Ecuador", "Brazil"} and g.status == "under_negotiation"
    assert "patrol boats" in g.name and "its" not in g.name.split()


def test_a_firm_partner_leaves_the_maker_state_the_seller() -> None:
    (g,) = run("Colombia is negotiating with Sweden's Saab for Gripen fighter jets.").agreements
    assert set(g.parties) == {"Colombia", "Sweden"}


def test_one_purchase_per_seller_listed() -> None:
    ex = run("Egypt is negotiating to buy second-hand Typhoons from Kuwait and Bahrain.")
    assert sorted(tuple(sorted(a.parties)) for a in ex.agreements) == [("Bahrain", "Egypt"), ("Egypt", "Kuwait")]
    assert all(a.status == "under_negotiation" for a in ex.agreements)


def test_a_designation_in_the_plural_is_goods_bought() -> None:
    (g,) = run("Croatia bought 12 Rafales from France in 2021.").agreements
    assert set(g.parties) == {"Croatia", "France"} and g.status == "signed" and g.year == 2021


def test_talks_with_a_partner_on_trade_are_no_purchase() -> None:
    assert run("Ecuador is in talks with Brazil on trade and fishing rights.").agreements == []


def test_flying_planes_is_no_purchase() -> None:
    assert run("The Croatian air force flies Rafales and Gripens from its base near Zagreb.").agreements == []
