"""Named agreements written around their acronym, named just after a description, dated by a
signing aside, or signed "with" a partner.

Rules: acronym_inside, named_after_description, signed_aside, signed_with_partner."""

from __future__ import annotations

from tests.extract_support import run


def _named(ex):
    return [g for g in ex.agreements if not g.unnamed]


def test_an_acronym_inside_the_name_is_its_alias() -> None:
    ex = run("Washington and Seoul signed the Status of Forces (SOFA) Agreement in 1966.")
    (g,) = ex.agreements
    assert g.name == "Status of Forces Agreement" and "SOFA" in g.aliases
    assert set(g.parties) == {"United States", "South Korea"} and g.year == 1966


def test_a_known_name_written_around_its_acronym_is_the_known_one() -> None:
    ex = run("Moscow said it still honoured the Anti-Ballistic Missile (ABM) Treaty, which Washington left.")
    (g,) = _named(ex)
    assert g.name == "Anti-Ballistic Missile Treaty" and "ABM" in g.aliases
    assert set(g.parties) == {"United States", "Russia"}


def test_a_lower_case_head_after_the_acronym_makes_a_name_too() -> None:
    ex = run("Kenya and Ghana will sign a Joint Commission on Trade (JCT) agreement next month.")
    (g,) = _named(ex)
    assert g.name == "Joint Commission on Trade agreement" and "JCT" in g.aliases


def test_words_the_acronym_does_not_spell_are_no_name() -> None:
    ex = run("Chile and Peru discussed the Pacific Fisheries (XYZ) agreement in Lima.")
    assert not _named(ex)


def test_a_description_named_in_the_next_sentences_is_that_agreement() -> None:
    text = (
        "Chile said on Monday it is leaving a landmark fisheries pact with Peru.\n\n"
        "The decision ends Chile's part in the Southern Anchovy Treaty, signed in 1998 by the two neighbours."
    )
    ex = run(text, published="2025-04-08")
    (g,) = ex.agreements
    assert g.name == "Southern Anchovy Treaty" and set(g.parties) == {"Chile", "Peru"}
    assert "landmark fisheries pact" in g.keywords and g.year == 1998


def test_a_name_with_no_parties_takes_the_description_before_it() -> None:
    text = (
        "Ghana and Togo signed a new border security agreement in Lome on Friday.\n\n"
        "\"Today we sign the Accord on Joint Border Patrols,\" the Ghanaian minister said."
    )
    ex = run(text, published="2025-04-08")
    (g,) = ex.agreements
    assert g.name == "Accord on Joint Border Patrols" and set(g.parties) == {"Ghana", "Togo"}


def test_a_name_far_after_the_description_stays_apart() -> None:
    text = (
        "Ghana and Togo signed a new border security agreement in Lome on Friday.\n\n"
        "Officials met for hours. They spoke of trade. They spoke of roads.\n\n"
        "Both are members of the Accord on West African Roads, ministers noted."
    )
    ex = run(text, published="2025-04-08")
    assert len(ex.agreements) == 2


def test_a_signing_aside_dates_a_treaty_being_left() -> None:
    ex = run("Peru withdrew from the fisheries treaty with Ecuador, signed in 1994, on Monday.")
    (g,) = ex.agreements
    assert g.year == 1994


def test_a_name_signed_with_a_partner_has_that_partner() -> None:
    text = (
        "India ordered 30 drones this week. India will pay for them over five years.\n\n"
        "A formal Defence Procurement (DP) agreement will be signed with the United States on Friday, "
        "and US officials welcomed it."
    )
    ex = run(text, published="2025-04-08")
    g = next(g for g in ex.agreements if not g.unnamed)
    assert "United States" in g.parties and g.status == "announced"


def test_a_described_framework_named_as_a_framework_is_that_framework() -> None:
    text = (
        "The government of Sudan and the Rapid Support Forces signed a peace framework in Lome on Sunday.\n\n"
        "The mediator said the accord, named the Lome Framework for Lasting Peace, opens talks on prisoners."
    )
    ex = run(text, published="2025-04-08")
    named = [g for g in ex.agreements if not g.unnamed]
    assert [g.name for g in named] == ["Lome Framework for Lasting Peace"]
    assert set(named[0].parties) == {"Sudan", "Rapid Support Forces"} and named[0].status == "signed"
    assert not any(g.unnamed for g in ex.agreements)


def test_a_joined_name_after_a_party_prefix_keeps_both() -> None:
    """Rule prefixed_join: "the Kenya-Uganda Trade and Investment Agreement": the prefix gives the
    parties, the name runs over its "and"."""
    (g,) = run("Kenya and Uganda renewed the Kenya-Uganda Trade and Investment Agreement in 2021.").agreements
    assert g.name == "Trade and Investment Agreement" and set(g.parties) == {"Kenya", "Uganda"}
    assert "Kenya-Uganda Trade and Investment Agreement" in g.aliases


def test_a_joined_name_after_a_party_prefix_is_not_a_later_pact() -> None:
    text = (
        "The Chile-Peru Strategic and Economic Partnership was signed in 2019.\n\n"
        "Last month Chile signed a security agreement with Ecuador."
    )
    ex = run(text, published="2025-03-01")
    names = {g.name for g in ex.agreements}
    assert "Strategic and Economic Partnership" in names and len(ex.agreements) == 2


def test_a_bare_participle_with_a_partner_names_it() -> None:
    ex = run("Officials say troops are hosted under the Volta Forces Agreement signed with Togo in 1998.")
    (g,) = _named(ex)
    assert g.parties == ["Togo"] and g.year == 1998


def test_a_bare_participle_without_with_names_no_partner() -> None:
    ex = run("Ghana has long hosted troops under the Volta Forces Agreement signed in 1998.")
    (g,) = _named(ex)
    assert g.parties == []


def test_an_acronym_inside_a_name_opening_the_sentence() -> None:
    ex = run("Pacific fisheries\n\nThe Tuna Stock Conservation (TSC) Treaty binds Fiji and Samoa to catch limits.")
    (g,) = _named(ex)
    assert g.name == "Tuna Stock Conservation Treaty" and "TSC" in g.aliases
    assert not [a for a in ex.actors if a.kind == "organization"]  # no body cut from the name


def test_an_unnamed_record_names_an_alliance_by_its_own_short_name() -> None:
    ex = run("Lawmakers met on Monday.\n\nThe Storting ratified the protocol on Finland's accession to NATO.")
    assert [g.name for g in ex.agreements] == ["Finland-NATO protocol"]  # not its other form "OTAN"


def test_a_run_in_heading_in_capitals_names_no_agreement() -> None:
    ex = run("Leaders met.\n\nTRADE AND INVESTMENT AGREEMENTS: Both sides signed a set of instruments on Monday.")
    assert all(g.name.upper() != g.name for g in ex.agreements)
