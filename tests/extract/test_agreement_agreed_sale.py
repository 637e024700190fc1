"""Rule agreed_sale: a sale or purchase stated only as an event ("Norway agreed to supply six
patrol boats to Ghana") is an agreement of seller and buyer, agreed, named by what is traded;
a sentence that names the deal itself leaves it to the deal's own rules."""

from __future__ import annotations

from tests.extract_support import run


def test_an_agreed_supply_is_a_deal_of_seller_and_buyer() -> None:
    (g,) = run("Norway agreed to supply six patrol boats to Ghana.").agreements
    assert set(g.parties) == {"Norway", "Ghana"} and g.status == "signed"
    assert "patrol boats" in g.name and g.unnamed
    assert {f.rule for f in g.facts if f.field == "party"} == {"agreed_sale"}


def test_an_agreed_purchase_from_a_seller() -> None:
    (g,) = run("Ghana agreed to buy 12 trainer jets from Brazil on Monday.").agreements
    assert set(g.parties) == {"Ghana", "Brazil"}


def test_a_sentence_with_its_own_deal_noun_makes_one_record() -> None:
    ex = run("Norway agreed to supply six patrol boats to Ghana in a $90 million deal.")
    (g,) = ex.agreements
    assert set(g.parties) == {"Norway", "Ghana"} and g.value == "$90 million"


def test_an_offer_without_a_buyer_is_no_deal() -> None:
    assert run("Norway agreed to supply more gas if prices rise.").agreements == []
