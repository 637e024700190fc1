"""Agreement shapes of fresh news: a lower-case "status of forces agreement" is one type of
agreement (rule status_of_forces); an "Alliance of ... States" names its members' body, not a
text (rule body_of_members); port and energy companies and fisheries bodies are known by name."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_lower_case_status_of_forces_agreement_is_an_agreement() -> None:
    ex = run("Chad and Niger have signed a status of forces agreement covering their joint patrols, officials said.")
    [ag] = ex.agreements
    assert "status of forces agreement" in ag.name
    assert sorted(ag.parties) == ["Chad", "Niger"] and ag.status == "signed"


def test_a_status_report_is_no_agreement_type() -> None:
    ex = run("The status of the forces was unclear after Chad and Niger signed a defence agreement.")
    assert [ag.name for ag in ex.agreements] == ["Chad-Niger defence agreement"]


def test_an_alliance_of_member_states_is_an_organisation() -> None:
    ex = run("The Alliance of Small Island States (AOSIS) asked Japan for more climate finance on Monday.")
    assert ex.agreements == []
    assert actor(ex, "Alliance of Small Island States", "organization") is not None


def test_an_alliance_of_a_cause_named_in_the_singular_stays_an_agreement() -> None:
    ex = run("France and the United States signed the Treaty of Alliance in 1778.")
    assert [ag.name for ag in ex.agreements] == ["Treaty of Alliance"]


def test_port_operators_and_fisheries_bodies_are_known_organisations() -> None:
    ex = run("Senegal signed a concession with DP World for the Ndayane port; the Forum Fisheries Agency and PowerChina were not involved.")
    for name in ("DP World", "Pacific Islands Forum Fisheries Agency", "PowerChina"):
        assert actor(ex, name, "organization") is not None, [a.name for a in ex.actors]


def test_an_unknown_alliance_of_members_is_no_agreement() -> None:
    ex = run("Mayors met under the Alliance of Andean Port Cities in Lima on Monday with Peru's trade minister.")
    assert ex.agreements == []


def test_a_firm_after_a_demonym_is_the_party() -> None:
    ex = run("Mongolia has signed a $1.5 billion agreement with Australian miner Rio Tinto to build a railway to the coast.")
    [ag] = ex.agreements
    assert sorted(ag.parties) == ["Mongolia", "Rio Tinto"]


def test_a_demonym_before_a_plain_noun_stays_the_country() -> None:
    ex = run("Guinea has signed a $1.5 billion agreement with Chinese lenders to build a railway to the coast.")
    assert [sorted(ag.parties) for ag in ex.agreements] in ([["China", "Guinea"]], [])


def test_a_companys_home_country_is_no_party_beside_it() -> None:
    ex = run("Turkey's Baykar signed a $900 million contract with Indonesia on Tuesday to supply 60 drones.")
    [ag] = ex.agreements
    assert sorted(ag.parties) == ["Baykar", "Indonesia"]


def test_a_port_concession_with_a_company_is_an_agreement() -> None:
    ex = run("The Tanzania Ports Authority has signed a 30-year concession with Abu Dhabi-based AD Ports Group to run the Dar es Salaam terminal.")
    [ag] = ex.agreements
    assert "concession" in ag.name and ag.status == "signed"
    assert sorted(ag.parties) == ["AD Ports Group", "Tanzania Ports Authority"]


def test_a_concession_in_talks_is_no_agreement() -> None:
    ex = run("The opposition said the government had made a major concession to Russia in the talks.")
    assert ex.agreements == []


def test_a_partner_at_the_end_of_the_text_reads_safely() -> None:
    ex = run("Kenya signed a defence cooperation agreement with Britain")
    assert [sorted(ag.parties) for ag in ex.agreements] == [["Kenya", "United Kingdom"]]


def test_an_agreement_listed_after_another_is_its_own_record_with_its_verb() -> None:
    ex = run("Colombia and Panama signed an extradition treaty and a border security agreement in Bogota on Monday.")
    got = sorted((ag.name, ag.status) for ag in ex.agreements)
    assert got == [("Colombia-Panama border security agreement", "signed"), ("Colombia-Panama extradition treaty", "signed")]
    assert all(sorted(ag.parties) == ["Colombia", "Panama"] for ag in ex.agreements)


def test_a_bare_repeat_after_and_is_not_a_new_record() -> None:
    ex = run("Colombia and Panama signed an extradition treaty on Monday, and the treaty takes effect in May.")
    assert [ag.name for ag in ex.agreements] == ["Colombia-Panama extradition treaty"]
