"""Rule talks_under_way: "negotiations are under way with X on a new contract" is a contract of
X and the side that talks, under negotiation. Rule headline_amount: a headline's deal of a stated
amount is the story's one deal with an amount among those sharing a party with it."""

from __future__ import annotations

from tests.extract_support import run


def test_negotiations_under_way_with_a_firm_on_a_contract() -> None:
    (g,) = run("Peru wants a port. Talks are under way with Japan's Mitsui Group on a new contract, Peru said.").agreements
    assert set(g.parties) == {"Peru", "Mitsui Group"} and g.status == "under_negotiation"


def test_a_headline_amount_picks_the_storys_deal_of_that_amount() -> None:
    ex = run(
        "Peru announces $2 bn deal with Japan to build a port\n\n"
        "Peru said it had signed a $2 billion deal with Japan's Mitsui Group to build a port. "
        "Talks are under way with Japan's Kanemori Corporation on a second contract, Peru said.",
        headings=(0,),
    )
    deals = sorted(tuple(sorted(g.parties)) for g in ex.agreements)
    assert deals == [("Kanemori Corporation", "Peru"), ("Mitsui Group", "Peru")]
