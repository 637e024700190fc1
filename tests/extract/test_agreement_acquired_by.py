"""Rule acquired_by: a purchase told in the passive is a deal of the buyer and the seller
"from" names (an owner named only there is a firm), or of the buyer and the firm bought;
announced while being done, signed once done."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text, published="2024-06-01").agreements
    return g


def test_being_acquired_from_an_owner_by_a_buyer() -> None:
    g = _only("The Kvanefjeld copper deposit is being acquired from its Danish owner, Norlith, by the London-listed Bechtel, which hopes to close the deal soon.")
    assert set(g.parties) == {"Bechtel", "Norlith"} and g.status == "announced"
    assert "Kvanefjeld acquisition" in g.name


def test_a_firm_acquired_by_another() -> None:
    g = _only("Cameco was acquired by Bechtel in 2019.")
    assert set(g.parties) == {"Bechtel", "Cameco"} and g.status == "signed"


def test_a_thing_bought_by_one_party_is_no_deal() -> None:
    assert run("The port was acquired by Bechtel in 2019.").agreements == []
