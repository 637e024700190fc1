"""Rule signer_country: an official who signs a named agreement with a partner binds their own
country too ("Peruvian Foreign Minister Ana Ruiz signed the X Agreement with Chilean Ambassador
Luis Vera": Peru and Chile)."""

from __future__ import annotations

from tests.extract_support import run


def _parties(text: str) -> dict[str, str]:
    (g,) = run(text, published="2023-05-02").agreements
    return {f.value: f.rule for f in g.facts if f.field == "party"}


def test_the_signers_country_joins_the_partner() -> None:
    text = "LIMA, March 3 - Peruvian Foreign Minister Ana Ruiz signed the Coastal Patrol Agreement with Chilean Ambassador Luis Vera on Monday."
    assert _parties(text) == {"Chile": "with_partner", "Peru": "signer_country"}


def test_a_possessive_office_gives_the_signers_country() -> None:
    text = "LIMA, March 3 - Peru's Foreign Minister Ana Ruiz signed the Coastal Patrol Agreement with U.S. Ambassador Luis Vera on Monday."
    assert _parties(text) == {"United States": "with_partner", "Peru": "signer_country"}


def test_a_signer_of_no_country_adds_nothing() -> None:
    text = "LIMA, March 3 - Ana Ruiz signed the Coastal Patrol Agreement with Chilean Ambassador Luis Vera on Monday."
    assert "signer_country" not in _parties(text).values()
