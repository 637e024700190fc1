"""Rule held_concession: a concession or lease a firm holds is an agreement of the firm and the
side that granted it: the one "with" or "from" names, the one that ends or extends it, else the
one country its sentence names; a concession made in talks, held by no firm, is none."""

from __future__ import annotations

from tests.extract_support import run


def test_a_grantor_ending_a_firms_concession_is_its_other_side() -> None:
    (g,) = run("Last month Senegal terminated DP World's concession to run the Dakar container terminal.").agreements
    assert set(g.parties) == {"Senegal", "DP World"} and "concession" in g.name and g.unnamed
    assert {f.rule for f in g.facts if f.field == "party"} == {"held_concession"}


def test_its_lease_with_an_agency_described_in_lower_case() -> None:
    (g,) = run("Codelco will run the mine until 2031, when its current lease with the state agency Corfo expires.").agreements
    assert set(g.parties) == {"Codelco", "Corfo"} and "lease" in g.name


def test_a_won_concession_from_a_country() -> None:
    (g,) = run("DP World won a 30-year concession from Senegal to run the port.").agreements
    assert set(g.parties) == {"Senegal", "DP World"} and "30-year concession" in g.keywords


def test_the_sentences_one_country_granted_a_firms_concession() -> None:
    (g,) = run("DP World's concession, extended for 25 years, is under audit by Senegal's comptroller.").agreements
    assert set(g.parties) == {"Senegal", "DP World"}


def test_a_concession_in_talks_is_no_agreement() -> None:
    assert run("Kenya made a concession to Uganda on tariffs.").agreements == []


def test_a_lease_agreement_is_left_to_the_agreement_scan() -> None:
    ex = run("Senegal terminated DP World's lease agreement on Monday.")
    assert all("held_concession" not in {f.rule for f in g.facts} for g in ex.agreements)
