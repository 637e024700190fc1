"""Rules owner_possessive and owner_apposed_agent: a named agreement the text gives no parties
takes the body whose possessive stands before its name, or the maker its apposition names after
"agreed by"; an agreement with parties of its own keeps them."""

from __future__ import annotations

from tests.extract_support import run


def _parties(text: str) -> list[str]:
    found = run(text, published="2024-03-01").agreements
    return next(g for g in found if g.name == "Lisbon Debt Framework").parties


def test_a_possessive_body_owns_the_framework() -> None:
    assert _parties("Zambia asked for relief under the African Union's Lisbon Debt Framework last year.") == ["African Union"]


def test_the_agent_of_an_apposed_making_is_the_party() -> None:
    text = "Malawi applied to the Lisbon Debt Framework, a relief scheme agreed by the African Union (AU) in 2021."
    assert _parties(text) == ["African Union"]


def test_parties_of_its_own_are_kept() -> None:
    text = "Chile and Peru signed the Lisbon Debt Framework on Monday, a relief scheme agreed by the African Union."
    assert "African Union" not in _parties(text)
