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


def test_a_signing_joined_to_a_first_predicate_is_the_officials() -> None:
    text = "In February, Ghana Prime Minister Kofi Mensah travelled to Beijing and signed the Volta Trade Agreement with China."
    assert _parties(text) == {"China": "with_partner", "Ghana": "signer_country"}


def test_an_irregular_first_verb_joins_too() -> None:
    text = "Ghana Prime Minister Kofi Mensah met his counterpart and signed the Volta Water Treaty with Togo."
    assert _parties(text)["Ghana"] == "signer_country"


def test_a_reported_signing_by_others_is_not_the_speakers() -> None:
    text = "Ghana Prime Minister Kofi Mensah said that Benin and Togo signed the Volta Water Treaty with China."
    assert "Ghana" not in _parties(text)


def test_who_acts_under_an_agreement_with_a_partner_is_its_other_side() -> None:
    text = "Ghana has long hosted troops under the Volta Forces Agreement signed with Togo in 1998."
    assert _parties(text) == {"Togo": "with_partner", "Ghana": "under_subject"}


def test_a_country_not_opening_the_sentence_is_not_taken() -> None:
    text = "Officials said Ghana hosted troops under the Volta Forces Agreement signed with Togo in 1998."
    assert _parties(text) == {"Togo": "with_partner"}
