"""Rules entered_into (parties), sale_and_purchase and through_deal_with: a firm's release
writes "has entered into a ... agreement with Y" where a report writes "signed", names a "sale
and purchase agreement" by a joined modifier, and tells a deal as the means of an act ("entered
the blocks through a farm-in deal with Y"); each makes the subject and Y its parties."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text, published="2024-06-01").agreements
    return g


def test_entered_into_a_supply_agreement_with_a_firm() -> None:
    g = _only("ADNOC has entered into a long-term supply agreement with Bharat Petroleum for crude oil.")
    assert set(g.parties) == {"ADNOC", "Bharat Petroleum"} and g.status == "signed"


def test_entered_into_between_countries() -> None:
    g = _only("Chile entered into a fisheries agreement with Peru last week.")
    assert set(g.parties) == {"Chile", "Peru"}


def test_sale_and_purchase_is_one_modifier() -> None:
    g = _only("Cameco signed a 15-year sale and purchase agreement with Bharat Petroleum for uranium.")
    assert set(g.parties) == {"Cameco", "Bharat Petroleum"}
    assert "sale and purchase agreement" in g.name


def test_purchase_and_sale_with_an_acronym_before_with() -> None:
    g = _only("Baker Hughes has entered into a purchase and sale agreement (PSA) with Bechtel for compressors.")
    assert set(g.parties) == {"Baker Hughes", "Bechtel"}


def test_a_deal_as_the_means_of_an_act() -> None:
    g = _only("BP entered the offshore blocks through a farm-in deal with Cameco valued at $400 million.")
    assert set(g.parties) == {"BP", "Cameco"} and g.value == "$400 million"


def test_entering_a_market_is_no_agreement() -> None:
    assert run("BP entered into talks about the region with Cameco.").agreements == []


def test_a_means_deal_of_a_past_act_is_signed_that_year() -> None:
    g = _only("Shell entered the licence area in March 2019 through a farm-in deal with Cameco.")
    assert g.year == 2019 and g.status == "signed"


def test_a_means_deal_of_no_year_is_not_dated() -> None:
    g = _only("Shell will enter the licence area through a farm-in deal with Cameco.")
    assert g.year is None and g.status != "signed"


def test_an_agreement_for_a_firm_to_supply_another() -> None:
    g = _only("The purchase comes with a 15-year agreement for ADNOC to supply crude to Bharat Petroleum's refinery.")
    assert set(g.parties) == {"ADNOC", "Bharat Petroleum"}


def test_an_agreement_for_a_country_to_supply_another() -> None:
    g = _only("India signed a ten-year agreement for Oman to supply crude to India.")
    assert set(g.parties) == {"Oman", "India"} and g.status == "signed"


def test_a_petrochemical_firm_is_a_company() -> None:
    ex = run("Sabah Petrochemical signed a supply agreement with ADNOC.")
    assert any(a.name == "Sabah Petrochemical" for a in ex.actors)


def test_what_an_agreement_has_one_party_supply_names_it() -> None:
    g = _only("The purchase comes with a 15-year agreement for ADNOC to supply 300,000 barrels a day of crude to Bharat Petroleum.")
    assert "crude supply agreement" in g.aliases + g.keywords


def test_plural_goods_give_no_supply_name() -> None:
    g = _only("India signed a ten-year agreement for Oman to supply jets to India.")
    assert not any("supply" in k for k in g.aliases + g.keywords)
