"""Rule award_to: "X awarded a contract to Y" has the giver X (a body named after its country
being the country) and the winner Y. Rule between_sides reads past a possessive side
("between Sudan's army and the RSF")."""

from __future__ import annotations

from tests.extract_support import run


def test_a_navy_awards_a_contract_to_a_shipyard() -> None:
    (g,) = run("The Philippine Navy awarded a 28 billion peso contract to Hanwha Ocean for six patrol vessels.").agreements
    assert set(g.parties) == {"Philippines", "Hanwha Ocean"} and g.status == "signed"
    assert g.value is not None and "28 billion" in g.value


def test_a_country_awards_a_contract_to_a_company() -> None:
    (g,) = run("Peru awarded a $400 million contract to Navantia on Monday to build two frigates.").agreements
    assert set(g.parties) == {"Peru", "Navantia"} and g.value == "$400 million"


def test_awarded_without_to_is_no_award_to() -> None:
    ex = run("Peru awarded a medal to the captain on Monday.")
    assert ex.agreements == []


def test_a_truce_between_a_possessive_side_and_a_group() -> None:
    (g,) = run("A truce between Yemen's government and the Houthis collapsed on Monday.").agreements
    assert set(g.parties) == {"Yemen", "Houthis"}
