"""Organisations: gazetteer names, head-word patterns, acronyms, outlets; places that act."""

from __future__ import annotations

from tests.extract_support import actor, names, run


def test_known_groupings_with_aliases() -> None:
    ex = run("Leaders met at a Group of Seven (G7) summit. Finland joined NATO in 2023. The G7 agreed.")
    g7 = actor(ex, "G7", "organization")
    assert g7 is not None and "Group of Seven" in g7.aliases and len(g7.spans) >= 2
    assert "NATO" in names(ex, "organization")


def test_head_word_patterns() -> None:
    ex = run("According to the Indian Defence Ministry, the Ministry of Foreign Affairs of Brazil objected.")
    orgs = names(ex, "organization")
    assert "Indian Defence Ministry" in orgs
    assert any(o.startswith("Ministry of Foreign Affairs") for o in orgs)


def test_acronym_defined_in_parentheses_and_reused() -> None:
    ex = run("The Korea Coast Guard Agency (KCGA) patrolled the area. Later the KCGA withdrew.")
    org = actor(ex, "Korea Coast Guard Agency", "organization")
    assert org is not None and "KCGA" in org.aliases and len(org.spans) >= 3


def test_outlet_credited_with_a_handle() -> None:
    ex = run("New talks began today.\n\n— The Manila Bulletin (@manilabulletin) May 2, 2024")
    org = actor(ex, "The Manila Bulletin", "organization")
    assert org is not None and "@manilabulletin" in org.aliases


def test_building_counts_only_when_it_acts() -> None:
    assert "White House" not in names(run("Leaders dined at the White House Rose Garden."), "organization")
    assert "White House" in names(run("The White House said the pact would hold."), "organization")


def test_bilateral_alliance_heading_is_not_an_organisation() -> None:
    ex = run("Strengthening the U.S.-Japan Alliance", headings=(0,))
    assert names(ex, "organization") == set()


def test_case_insensitive_name_needs_its_capitals() -> None:
    ex = run("The diplomat said the talks were over.")
    assert "The Diplomat" not in names(ex, "organization")
    ex = run("The Diplomat reported that the talks were over.")
    assert "The Diplomat" in names(ex, "organization")


def test_company_alias_that_is_a_town_needs_company_context() -> None:
    ex = run("The delegation stopped in Woodside before the talks.")
    assert "Woodside Energy" not in names(ex, "organization")
    ex = run("Woodside said its gas exports to Japan would rise.")
    assert "Woodside Energy" in names(ex, "organization")


def test_company_noun_before_a_name() -> None:
    ex = run("Korean shipbuilder Hanwha Ocean and state carrier Garuda signed the memorandum.")
    assert {"Hanwha Ocean", "Garuda"} <= names(ex, "organization")


def test_acronym_with_a_body_appositive() -> None:
    ex = run("The CGTP, Portugal's largest trade union, called a strike.")
    assert "CGTP" in names(ex, "organization")
    ex = run("The NHS, which treats millions, was praised.")
    assert "NHS" not in names(ex, "organization")


def test_a_governments_term_and_a_room_are_no_bodies() -> None:
    ex = run("The Biden Administration welcomed a tense Oval Office meeting with Ukraine's leader.")
    assert not {"Biden Administration", "Oval Office"} & names(ex, "organization")


def test_written_form_with_a_lower_case_word_still_matches() -> None:
    ex = run("Attacks by the Houthi movement continued in the Red Sea.")
    assert "Houthis" in names(ex, "organization")


def test_an_acronym_the_article_defines_is_not_the_gazetteer_one() -> None:
    ex = run(
        "Japan's Self-Defense Forces and the Armed Forces of the Philippines (AFP) will hold "
        "larger exercises."
    )
    orgs = {a.name for a in ex.actors if a.kind == "organization"}
    assert orgs == {"Self-Defense Forces", "Armed Forces of the Philippines"}
    ex = run("The AFP news agency reported the deal.")
    assert {a.name for a in ex.actors} == {"Agence France-Presse"}


def test_a_body_with_a_portfolio_keeps_the_part_after_and() -> None:
    ex = run("The Kenyan Ministry of Lands and Physical Planning said the Office of Trade and Investment agreed.")
    assert {"Kenyan Ministry of Lands and Physical Planning", "Office of Trade and Investment"} <= names(ex, "organization")
    assert names(ex, "person") == set()


def test_a_defined_acronym_after_and_names_the_whole_body() -> None:
    ex = run("The Joint Commission for Rivers and Lakes Management (JCRLM) met in Maputo.")
    org = actor(ex, "Joint Commission for Rivers and Lakes Management", "organization")
    assert org is not None and "JCRLM" in org.aliases


def test_after_and_another_named_body_stays_its_own() -> None:
    ex = run("The Ministry of Health and Ghana Health Service agreed.")
    assert {"Ministry of Health", "Ghana Health Service"} <= names(ex, "organization")


def test_a_bank_named_by_its_words_is_an_organisation_but_the_west_bank_is_a_place() -> None:
    ex = run("The Reserve Bank of Malawi cut rates, while the Arab Housing Bank lent to builders in the West Bank.")
    assert names(ex, "organization") == {"Reserve Bank of Malawi", "Arab Housing Bank"}


def test_handle_after_a_name_with_particles_or_an_office_is_a_person() -> None:
    """Rule handle_person: particles and an office before the name keep it a person's."""
    ex = run("Exports rose.\n\nA big day for our growers.\n\n— Karl von der Heide (@kvdh) May 2, 2025\n\nShares fell.")
    assert [a.kind for a in ex.actors if a.name == "Karl von der Heide"] == ["person"]
    ex = run("Tariffs stay.\n\nWe will not blink.\n\n— Finance Minister Mark Hale (@FinMinHale) May 2, 2025\n\nShares fell.")
    assert not [a for a in ex.actors if a.kind == "organization" and "Hale" in a.name]
    assert [a.kind for a in ex.actors if a.name == "Mark Hale"] == ["person"]
    ex = run("Shares fell.\n\nA big day.\n\n— The Daily Ledger (@dailyledger) May 2, 2025\n\nShares rose.")
    assert [a.kind for a in ex.actors if a.name == "The Daily Ledger"] == ["organization"]


def test_one_word_form_after_another_country_names_that_country_s_body() -> None:
    """Rule foreign_namesake: "Congress" after another country's demonym is not the U.S. Congress."""
    ex = run("The bill went to the Peruvian Congress on Monday.")
    assert "U.S. Congress" not in names(ex, "organization")
    assert "Peruvian Congress" in names(ex, "organization")
    ex = run("The American Congress must approve the sale.")
    assert "U.S. Congress" in names(ex, "organization")


def test_acronyms_written_as_words_by_some_outlets() -> None:
    ex = run("Leaders met at the Asean summit in Jakarta while Nato allies watched the drills.")
    assert actor(ex, "ASEAN", "organization") is not None
    assert actor(ex, "NATO", "organization") is not None
