"""Rule country_body_before_office: a body named "<head> of <Country>" running on into an office
and its holder's name ends with the country; the office and the name are a person's."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_central_bank_governor_in_one_run() -> None:
    ex = run("Reserve Bank of Malawi Governor Wilson Banda said the approval would restore confidence.")
    assert actor(ex, "Reserve Bank of Malawi", "organization") is not None
    p = actor(ex, "Wilson Banda", "person")
    assert p is not None and [(r.title, r.affiliation) for r in p.roles] == [("Reserve Bank of Malawi Governor", "Malawi")]


def test_a_party_office_of_two_words() -> None:
    ex = run("Communist Party of Laos General Secretary Thongloun Sisoulith met the visitors on Monday.")
    p = actor(ex, "Thongloun Sisoulith", "person")
    assert p is not None and p.roles[0].title == "Communist Party of Laos General Secretary"


def test_a_body_alone_stays_whole() -> None:
    ex = run("The Reserve Bank of Malawi said the approval would restore confidence.")
    assert actor(ex, "Reserve Bank of Malawi", "organization") is not None
    assert [a for a in ex.actors if a.kind == "person"] == []
