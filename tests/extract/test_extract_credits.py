"""Organisations: credits are no actors, surnames and shouted words are no acronyms, and
well-known banks, armed groups and news agencies are organisations."""

from __future__ import annotations

from tests.extract_support import names, run


def test_photo_credit_in_parentheses_names_no_outlet() -> None:
    ex = run("Ministers met in Lusaka on Monday. (Xinhua pic)\n\nThe talks went well, officials said.")
    assert "Xinhua" not in names(ex, "organization")


def test_slash_credit_and_via_credit_name_no_outlet() -> None:
    ex = run("Delegates arrive in Quito. Jorge Paz/Reuters\n\nA convoy leaves the port (Image: DEFENCE OFFICE/via AFP).")
    assert not {"Reuters", "Agence France-Presse"} & names(ex, "organization")


def test_wire_tag_byline_and_sign_off_name_no_outlet() -> None:
    ex = run("LIMA (Xinhua) - Peru and Chile agreed on a border plan.\n\nBy Reuters.\n\nThe Associated Press")
    assert not {"Xinhua", "Reuters", "Associated Press", "The Associated Press"} & names(ex, "organization")


def test_photo_courtesy_names_no_ministry() -> None:
    ex = run("The envoys shook hands in Cairo. Photo courtesy of Egyptian Foreign Ministry.")
    assert not any("Ministry" in n for n in names(ex, "organization"))


def test_outlet_named_as_actor_stays() -> None:
    ex = run("The finance minister told Reuters the loan would close soon.")
    assert "Reuters" in names(ex, "organization")


def test_one_word_org_name_after_a_given_name_is_a_surname() -> None:
    ex = run("Foreign Minister Anna Maria Wagner signed for her country in Vienna.")
    assert "Wagner Group" not in names(ex, "organization")
    ex = run("Fighters of the Wagner group left Mali, officials said.")
    assert "Wagner Group" in names(ex, "organization")


def test_acronym_in_a_shouted_line_is_a_word() -> None:
    ex = run("WHO WILL PAY FOR IT?\n\nThe fund needs more donors.")
    assert "World Health Organization" not in names(ex, "organization")


def test_mixed_case_acronym_matches_only_as_written() -> None:
    ex = run("Let the talks begin, said the envoy.")
    assert "Lashkar-e-Taiba" not in names(ex, "organization")


def test_banks_armed_groups_and_agencies_are_organisations() -> None:
    ex = run(
        "Lenders such as Barclays, Citi and MUFG joined. The ELN and the FARC rejected the plan, "
        "Kenya News Agency reported."
    )
    assert {"Barclays", "Citigroup", "MUFG", "National Liberation Army", "FARC", "Kenya News Agency"} <= names(ex, "organization")


def test_states_outside_iso_or_gone_are_countries() -> None:
    ex = run("Officials from Somaliland recalled treaties the Soviet Union and Yugoslavia once signed.")
    assert {"Somaliland", "Soviet Union", "Yugoslavia"} <= names(ex, "country")


def test_acronym_spelled_out_as_the_gazetteer_spells_it_stays_that_organisation() -> None:
    ex = run(
        "The Economic Community of West African States (ECOWAS) met in Abuja. Later ECOWAS said "
        "it welcomed the deal."
    )
    org = [a for a in ex.actors if a.name == "ECOWAS"]
    assert org and len(org[0].spans) == 3  # the name, "(ECOWAS)" and the later use


def test_a_contribution_line_names_no_organisation_person_or_country() -> None:
    ex = run(
        "Chile and Peru signed a fisheries deal.\n\n"
        "Agence France-Presse correspondent Lucia Ortega contributed from Argentina."
    )
    assert names(ex, "organization") == set() and names(ex, "person") == set()
    assert names(ex, "country") == {"Chile", "Peru"}


def test_a_reporting_sign_off_line_names_no_one() -> None:
    ex = run("Ghana hosted the talks.\n\nAdditional reporting by Kofi Boateng in Lome; Editing by Ruth Mensah")
    assert names(ex, "person") == set()


def test_an_outlet_in_a_sentence_of_the_story_stays_an_actor() -> None:
    ex = run("Reuters reported that reporters contributed little to the debate in Chile.")
    assert "Reuters" in names(ex, "organization")


def test_a_contributor_line_credits_the_outlet() -> None:
    ex = run(
        "Peru and Bolivia signed a water pact on Monday.\n\n"
        "Associated Press writers Ana Lopez and Tom Reyes contributed to this report from Lima."
    )
    assert "Associated Press" not in names(ex, "organization")


def test_an_outlet_reporting_in_the_prose_stays_an_actor() -> None:
    ex = run("Reuters reporters saw the convoy, and Reuters reported that it left at dawn.")
    assert "Reuters" in names(ex, "organization")


def test_a_byline_left_in_the_story_names_no_person() -> None:
    ex = run("By Island Radio correspondent Mele Tupou\n\nTonga and Samoa signed a fisheries pact. By Friday, Fiji had joined.")
    assert names(ex, "person") == set()
    assert names(ex, "country") == {"Tonga", "Samoa", "Fiji"}


def test_a_sign_off_after_a_double_dash_credits_the_agency() -> None:
    ex = run("Laos and Vietnam signed a power deal.\n\n-- XINHUA")
    assert names(ex, "organization") == set()


def test_a_label_then_an_outlet_opening_a_sentence_is_a_credit() -> None:
    ex = run("Ministers met in Lusaka on Monday. Photo Xinhua by Mary Banda.\n\nThe talks went well, officials said.")
    assert "Xinhua" not in names(ex, "organization")
    ex = run("Ministers met in Lusaka. The photo Xinhua ran showed them.")
    assert "Xinhua" in names(ex, "organization")
