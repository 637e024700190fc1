"""Rule intended_sale: a sale only intended ("plans to buy 24 jets from X", "is set to sell four
frigates to Y") is a proposed deal of buyer and seller, when the goods are counted and the other
side named; a deal of the same two sides told already takes it as its mention."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Egypt plans to buy 24 Rafale jets from France.", {"Egypt", "France"}),
        ("Poland intends to buy 32 F-35 jets from the United States.", {"Poland", "United States"}),
        ("The Philippines is planning to acquire two submarines from France.", {"Philippines", "France"}),
        ("Vietnam is set to purchase 12 patrol boats from Japan, officials said.", {"Vietnam", "Japan"}),
        ("Indonesia wants to buy 42 Rafale fighters from France.", {"Indonesia", "France"}),
        ("Germany is expected to sell four frigates to Egypt.", {"Germany", "Egypt"}),
        ("Brazil has decided to acquire 36 Gripen fighters from Sweden.", {"Brazil", "Sweden"}),
        ("Morocco hopes to procure six patrol vessels from Spain next year.", {"Morocco", "Spain"}),
        ("Norway aims to export ten coastal radars to Estonia.", {"Norway", "Estonia"}),
    ],
)
def test_an_intended_sale_is_a_proposed_deal(text: str, sides: set[str]) -> None:
    (g,) = run(text, published="2024-05-10").agreements
    assert set(g.parties) == sides and g.status == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Egypt plans to buy more weapons from France.",
        "Kenya wants to buy time before the vote.",
        "Chile plans to buy 12 jets.",
    ],
)
def test_no_counted_goods_or_no_other_side_makes_none(text: str) -> None:
    assert run(text).agreements == []


def test_a_deal_of_the_same_sides_takes_the_plan() -> None:
    ex = run("Egypt signed a deal with France for 30 Rafale jets on Monday. Egypt plans to buy 24 more Rafale jets from France.")
    (g,) = ex.agreements
    assert g.status == "signed"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Egypt to buy 24 Rafale jets from France\n\nThe jets will be delivered by 2030, officials said.", {"Egypt", "France"}),
        ("Peru to sell four patrol boats to Ecuador\n\nThe boats will be built in Callao, officials said.", {"Peru", "Ecuador"}),
    ],
)
def test_a_headlines_intended_sale_is_a_proposed_deal(text: str, sides: set[str]) -> None:
    (g,) = run(text, headings=(0,), published="2024-05-10").agreements
    assert set(g.parties) == sides and g.status == "proposed"


def test_a_headlines_sale_the_story_tells_makes_no_second_record() -> None:
    text = "Egypt to buy 24 Rafale jets from France\n\nEgypt signed a contract with Dassault Aviation for 24 Rafale jets on Friday."
    assert len(run(text, headings=(0,)).agreements) == 1


def test_to_in_a_body_sentence_is_no_intention() -> None:
    assert run("It is for Egypt to buy 24 Rafale jets from France, he said.").agreements == []
