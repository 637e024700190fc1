"""Bodies named by their shape: institutions of a larger body inside an office, committees on a subject."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_an_institution_at_the_head_of_an_office_is_named() -> None:
    ex = run("European Commission President Marta Lind opened the summit in Lisbon.")
    body = actor(ex, "European Commission", "organization")
    assert body is not None and [s.rule for s in body.spans] == ["institution-in-office"]
    person = actor(ex, "Marta Lind", "person")
    assert person is not None and person.roles[0].affiliation == "European Union"


def test_a_body_of_its_own_is_not_doubled() -> None:
    ex = run("NATO Secretary General Lars Berg spoke in Oslo.")
    assert [a.name for a in ex.actors if a.kind == "organization"] == ["NATO"]


def test_a_committee_on_a_subject_is_a_body_but_a_conference_on_one_is_not() -> None:
    ex = run("The Cabinet Committee on Trade, chaired by Prime Minister Ravi Shah, cleared the deal.")
    org = actor(ex, "Cabinet Committee on Trade", "organization")
    assert org is not None and org.spans[0].rule == "org-head-word"
    ex = run("The International Conference on Syria opened in Geneva.")
    assert [a.name for a in ex.actors if a.kind == "organization"] == []


def test_a_college_is_a_body_by_its_head_word() -> None:
    ex = run("She trained at the National Defence College in Nairobi.")
    assert actor(ex, "National Defence College", "organization") is not None


def test_a_known_company_then_a_country_is_its_national_arm() -> None:
    ex = run("Oslo signed a contract with BAE Systems Australia for frigates. BAE Systems said it was pleased.")
    sub = actor(ex, "BAE Systems Australia", "organization")
    assert sub is not None and [s.rule for s in sub.spans] == ["company-country"]
    assert actor(ex, "Australia", "country") is None
    assert actor(ex, "BAE Systems", "organization") is not None
    ex = run("BAE Systems and Australia signed.")
    assert actor(ex, "Australia", "country") is not None


def test_a_body_named_at_the_head_of_its_own_office_is_an_organisation_with_its_words() -> None:
    ex = run("NATO Secretary General Jens Holm said the allies welcomed the extension.")
    nato = actor(ex, "NATO", "organization")
    assert nato is not None and nato.spans, [(a.name, a.spans) for a in ex.actors]
    assert (nato.spans[0].start, nato.spans[0].end) == (0, 4)


def test_the_african_union_commission_is_named_and_serves_the_union() -> None:
    ex = run("AU Commission Chairperson Amina Diallo welcomed the accord the African Union brokered.")
    assert actor(ex, "African Union Commission", "organization") is not None
    p = actor(ex, "Amina Diallo", "person")
    assert [(r.title, r.affiliation) for r in p.roles] == [("AU Commission Chairperson", "African Union")]
