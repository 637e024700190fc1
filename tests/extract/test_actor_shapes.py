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
