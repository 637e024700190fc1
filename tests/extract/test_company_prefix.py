"""Rule company_prefix: a run opened by a legal form written before a firm's name is a company;
rule acronym_over_and: a name broken at "and" that its acronym spells whole is one name."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_run_opened_by_a_legal_form_is_a_company() -> None:
    ex = run("The missile is built by a venture with the Russian firm NPO Volgamash and PT Barata.")
    assert actor(ex, "NPO Volgamash", "organization") is not None
    assert actor(ex, "PT Barata", "organization") is not None


def test_a_legal_form_before_a_country_is_no_company() -> None:
    ex = run("Sales by AO Kenya rose, officials in Nairobi said.")
    assert actor(ex, "AO Kenya", "organization") is None


def test_a_name_its_acronym_spells_across_and_is_one_name() -> None:
    ex = run("The Marine Research and Survey Institute (MRSI) signed the memorandum.")
    assert actor(ex, "Marine Research and Survey Institute", "organization") is not None
    assert actor(ex, "Survey Institute", "organization") is None
