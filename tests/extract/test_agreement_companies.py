"""Rule company_party: a company named after its country ("Qatar Airways", "... Construction
Corporation") is a party of its own; a body named after the country stays the country."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text).agreements
    return g


def test_a_company_named_after_a_country_is_the_partner() -> None:
    g = _only("Airbus signed a $5 billion deal with Qatar Airways for 25 jets.")
    assert set(g.parties) == {"Airbus", "Qatar Airways"} and g.value == "$5 billion"


def test_a_construction_corporation_is_the_partner() -> None:
    g = _only("Kenya signed a contract with China Harbour Engineering Company for a new highway.")
    assert set(g.parties) == {"Kenya", "China Harbour Engineering Company"}


def test_a_body_named_after_a_country_stays_the_country() -> None:
    g = _only("Saab has signed a contract with the Swedish Defence Materiel Administration worth SEK 2.1 billion.")
    assert set(g.parties) == {"Saab", "Sweden"}
    assert g.value == "SEK 2.1 billion"  # read past the whole body's name
