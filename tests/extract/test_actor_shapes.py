"""Actors on fresh news shapes: an abbreviation written without its last stop ("the U.S,")
is still the country, and a treaty "with" a partner the text does not resolve gets no
half-empty party list (rule treaty_with needs both sides)."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_us_without_final_stop_is_the_country() -> None:
    ex = run("Trade envoys from Peru met officials of the U.S, who promised new quotas.")
    assert actor(ex, "United States", "country") is not None


def test_treaty_with_unknown_partner_keeps_the_actors() -> None:
    ex = run(
        "Last month Tonga's Police Minister Sione Vaka signed a policing agreement with the Zorbian "
        "side, which drew protests in Nuku'alofa."
    )
    assert actor(ex, "Sione Vaka", "person") is not None
    assert all(None not in [p for p, _ in a.parties] for a in ex.agreements)


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_an_office_before_a_rank_gives_the_name_its_office() -> None:
    ex = run("Ghana Armed Forces chief Lt. Gen. Kofi Mensah said the patrols would start in June.")
    assert any("chief" in t and a == "Ghana" for t, a in _roles(ex, "Kofi Mensah"))


def test_a_counterpart_with_a_style_before_the_name_is_of_the_demonyms_country() -> None:
    ex = run("President Adama Barrow received his Senegalese counterpart Gen. Omar Fall in Banjul on Friday.")
    assert ("President", "Senegal") in _roles(ex, "Omar Fall")


def test_a_counterpart_without_an_office_read_keeps_the_demonyms_country() -> None:
    ex = run(
        "The accord was signed in Bamako on Monday by the visiting delegation, which arrived on Sunday "
        "for two days of talks on mining, roads and schools in the border region, and by its Nigerien "
        "counterpart, General Issa Moussa."
    )
    assert [a for _, a in _roles(ex, "Issa Moussa")] == ["Niger"]


def test_an_office_in_a_states_armed_forces_belongs_to_the_state() -> None:
    ex = run("The Indian Navy Chief of Staff, Admiral Ravi Menon, met officers of Oman in Muscat.")
    assert [a for _, a in _roles(ex, "Ravi Menon")] == ["India"]


def test_an_international_bodys_office_stays_with_the_body() -> None:
    ex = run("African Union Commission Chairperson Amina Dore said the summit would open in Lome.")
    assert all(a != "Togo" for _, a in _roles(ex, "Amina Dore"))


def test_an_adviser_to_an_office_holds_the_advisers_office() -> None:
    ex = run("The party included the legal adviser to the Minister of Justice, Colonel Ana Pires, and two clerks.")
    titles = [t for t, _ in _roles(ex, "Ana Pires")]
    assert titles and all(t.startswith("legal adviser") for t in titles)


def test_a_seat_of_government_acts_through_its_officials() -> None:
    ex = run("The talks would resume in Geneva next week, a Kremlin official told reporters.")
    assert actor(ex, "Kremlin", "organization") is not None
    ex = run("Leaders dined at the Kremlin on Tuesday before the talks.")
    assert actor(ex, "Kremlin", "organization") is None


def test_members_of_a_body_are_not_part_of_its_name() -> None:
    ex = run("Officials of the Kenya Police said the border posts would reopen.")
    assert actor(ex, "Kenya Police", "organization") is not None
    assert all(not a.name.startswith("Officials") for a in ex.actors)


def test_a_national_railway_is_an_organisation() -> None:
    ex = run("The memorandum covers the training of Tanzania Railways staff in Kenya.")
    assert actor(ex, "Tanzania Railways", "organization") is not None


def test_gazetteer_bodies_ngo_and_ministry_acronym() -> None:
    ex = run("Greenpeace activists and MEA officials met in Delhi on Monday.")
    assert actor(ex, "Greenpeace", "organization") is not None
    assert actor(ex, "Ministry of External Affairs", "organization") is not None


def test_a_hyphened_office_before_a_rank_is_read_whole() -> None:
    ex = run("The army's commander-in-chief General Tomas Ruiz met the envoy in Lima on Monday.")
    assert [t for t, _ in _roles(ex, "Tomas Ruiz")] == ["commander-in-chief"]


def test_a_country_ending_a_caption_is_no_cue_for_the_next_paragraph() -> None:
    ex = run("The minister at the airport in Apia, Samoa\n\nPresident Lars Berg and a Norwegian delegation flew home on Friday.")
    assert all(a != "Samoa" for _, a in _roles(ex, "Lars Berg"))


def test_the_country_of_a_place_is_no_office_holders_country() -> None:
    ex = run("President Lars Berg spoke at the harbour in Suva, Fiji, on Monday.")
    assert all(a != "Fiji" for _, a in _roles(ex, "Lars Berg"))


def test_the_host_of_a_visit_is_of_the_country_visited() -> None:
    ex = run(
        "Oslo (NTB) - President Lars Berg returned home on Friday, ending a state visit to Ghana "
        "made at the invitation of President Kwame Asante."
    )
    assert ("President", "Ghana") in _roles(ex, "Kwame Asante")


def test_a_host_in_a_capital_is_of_its_country() -> None:
    ex = run("The talks were held at the palace in Accra, where President Kwame Asante hosted Togo's President Ama Dogbe.")
    assert ("President", "Ghana") in _roles(ex, "Kwame Asante")
    assert ("President", "Togo") in _roles(ex, "Ama Dogbe")


def test_a_portuguese_particle_stays_in_the_name() -> None:
    ex = run("The accord was signed by Mozambique's Defence Minister Cristóvão Artur dos Reis on Monday.")
    assert actor(ex, "Cristóvão Artur dos Reis", "person") is not None


def test_a_plural_office_over_a_list_of_names_of_countries() -> None:
    ex = run("The treaty was signed by Foreign Ministers Ana Ruiz of Peru, Jorge Soto of Chile and Luis Vega of Bolivia.")
    assert _roles(ex, "Ana Ruiz") == [("Foreign Minister", "Peru")]
    assert _roles(ex, "Jorge Soto") == [("Foreign Minister", "Chile")]
    assert _roles(ex, "Luis Vega") == [("Foreign Minister", "Bolivia")]


def test_a_portfolio_with_and_before_a_name_of_a_country() -> None:
    ex = run("Minister of Trade and Industry Kari Lund of Norway signed for the bloc.")
    assert _roles(ex, "Kari Lund") == [("Minister of Trade and Industry", "Norway")]


def test_an_office_at_a_body_before_the_name() -> None:
    ex = run("Omani Minister of State at the Foreign Ministry Salim Al-Harthy said the talks would resume.")
    assert _roles(ex, "Salim Al-Harthy") == [("Minister of State at the Foreign Ministry", "Oman")]


def test_a_place_at_the_ministry_is_no_office() -> None:
    ex = run("The Minister of State met reporters at the Foreign Ministry on Monday in Muscat.")
    assert all(a.kind != "person" for a in ex.actors)


def test_a_transcripts_speaker_label_in_capitals_is_a_person_with_an_office() -> None:
    ex = run("INGRID SOLBERG, PRIME MINISTER OF NORWAY: Good morning, and welcome to Oslo.\n\nThank you all.")
    assert ("Prime Minister", "Norway") in _roles(ex, "Ingrid Solberg")


def test_a_heading_in_capitals_is_no_speaker() -> None:
    ex = run("TRADE TALKS, DAY TWO: The delegates met again in Geneva on Tuesday.")
    assert all(a.kind != "person" for a in ex.actors)


def test_an_ambiguous_country_owning_a_state_body_is_the_country() -> None:
    ex = run("The swap was brokered with the help of Jordan's intelligence service on Friday.")
    assert actor(ex, "Jordan", "country") is not None
    ex = run("Michael Jordan's foundation gave money to the school.")
    assert actor(ex, "Jordan", "country") is None


def test_a_ship_is_no_organisation() -> None:
    ex = run("The jets will fly from the aircraft carrier HMS Kent next year.")
    assert all(a.kind != "organization" for a in ex.actors)


def test_a_ministry_spokesperson_in_a_home_datelined_story_is_of_home() -> None:
    from store.extract import extract
    from tests.extract_support import article, gazetteer

    art = article("Nepal and Bhutan signed a hydropower accord, Foreign Ministry spokesperson Sita Rai said.")
    art.dateline = "Kathmandu"
    assert [a for _, a in _roles(extract(art, gazetteer()), "Sita Rai")] == ["Nepal"]
    art = article("Nepal and Bhutan signed a hydropower accord, party spokesperson Sita Rai said.")
    art.dateline = "Kathmandu"
    assert [a for _, a in _roles(extract(art, gazetteer()), "Sita Rai")] == [None]


def test_a_bare_office_placed_in_its_country_yields_to_the_longer_one() -> None:
    ex = run(
        "Peru's Minister of Defence, Tomas Arriaga, arrived in Lima on Monday. "
        "Later, Minister Arriaga said Peru would buy two patrol boats."
    )
    assert _roles(ex, "Tomas Arriaga") == [("Minister of Defence", "Peru")]
