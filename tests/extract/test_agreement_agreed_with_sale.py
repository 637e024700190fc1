"""Rule agreed_with_sale: a sale or purchase agreed with the other side named after "with"
("Egypt agreed with Russia to buy 24 Su-35 jets") is a deal of the two, signed, named by the
goods as written (a designation's figures kept); with no goods counted and no seller named
("agreed with Russia to buy time") it is none."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "parties", "goods"),
    [
        ("Algeria agreed with Russia to buy 14 Su-57 jets.", {"Algeria", "Russia"}, "Su-57 jets"),
        ("Algeria agreed with Russia on Monday to buy 14 Su-57 jets.", {"Algeria", "Russia"}, "Su-57 jets"),
        ("Italy agreed with Qatar to supply four corvettes.", {"Italy", "Qatar"}, "corvettes"),
        ("Algeria agrees with Russia to purchase two submarines.", {"Algeria", "Russia"}, "submarines"),
        ("Algeria agreed with Russia to buy six frigates from China.", {"Algeria", "China"}, "frigates"),
        ("Algeria agreed to buy 14 Su-57 jets from Russia.", {"Algeria", "Russia"}, "Su-57 jets"),
    ],
)
def test_a_sale_agreed_with_the_other_side(text: str, parties: set[str], goods: str) -> None:
    (g,) = run(text).agreements
    assert set(g.parties) == parties and g.status == "signed" and goods in g.name


@pytest.mark.parametrize(
    "text",
    ["Algeria agreed with Russia to buy time.", "Algeria agreed with Russia to hold talks on Monday."],
)
def test_no_goods_counted_and_no_seller_is_no_sale(text: str) -> None:
    assert run(text).agreements == []
