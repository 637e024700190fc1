"""Rule stake_purchase: a stated stake in a firm bought, or agreed to be bought, is a deal of
the buyer and that firm; one only held is none."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text, published="2024-06-01").agreements
    return g


def test_a_completed_purchase_is_signed_with_its_amount() -> None:
    g = _only("In May, ADNOC completed its purchase of a 10 percent stake in Bharat Petroleum for about $2 billion.")
    assert set(g.parties) == {"ADNOC", "Bharat Petroleum"} and g.status == "signed" and g.value == "$2 billion"
    assert "stake purchase" in g.name


def test_an_agreed_purchase_is_announced() -> None:
    g = _only("Cameco agreed to buy a 20% stake in Bechtel.")
    assert set(g.parties) == {"Cameco", "Bechtel"} and g.status == "announced"


def test_a_stake_held_is_no_deal() -> None:
    assert run("ADNOC holds a 10% stake in Bharat Petroleum.").agreements == []


def test_a_stake_without_a_share_is_no_deal() -> None:
    assert run("ADNOC bought a stake in Bharat Petroleum last year.").agreements == []
