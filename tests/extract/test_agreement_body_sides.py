"""Rule body_over_country: a side of "between X and Y" that a country's adjective opens but a
longer body name holds ("the Peruvian Space Agency") is that body, not the country."""

from __future__ import annotations

from tests.extract_support import run


def test_a_body_named_after_its_country_is_the_side() -> None:
    (g,) = run("Trade grew fast, alongside an agreement between the Peruvian Space Agency and NASA.").agreements
    assert g.parties == ["Peruvian Space Agency", "NASA"]


def test_a_country_adjective_before_government_stays_the_country() -> None:
    (g,) = run("Ties grew, alongside an agreement between the Peruvian government and Chile.").agreements
    assert set(g.parties) == {"Peru", "Chile"}
