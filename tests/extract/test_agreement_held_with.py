"""Rule held_with: an agreement a country has with another ("Chile has a fisheries agreement
with Peru", "Chile has similar arrangements with Peru") is one of the two, in force; "had" says
nothing of today."""

from __future__ import annotations

from tests.extract_support import run


def test_a_pact_a_country_has_with_another() -> None:
    (g,) = run("Chile has a fisheries agreement with Peru.").agreements
    assert set(g.parties) == {"Chile", "Peru"} and g.status == "in_force"


def test_similar_arrangements_with_a_partner_are_one_record() -> None:
    (g,) = run("Chile has similar arrangements with Peru and some members of Mercosur.").agreements
    assert set(g.parties) == {"Chile", "Peru"} and g.status == "in_force"
    assert "similar arrangements" in g.keywords


def test_a_pact_a_country_had_is_not_said_in_force() -> None:
    (g,) = run("Chile had a fisheries agreement with Peru.").agreements
    assert set(g.parties) == {"Chile", "Peru"} and g.status != "in_force"
