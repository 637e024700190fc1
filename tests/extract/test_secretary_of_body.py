"""Rules secretary_of_ministry and secretary_of_body: "A, Secretary of the Power Ministry," is a
person holding that office, and the ministry alone is the organisation."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_ministrys_secretary_after_a_name_is_the_persons_office() -> None:
    ex = run("The note went from Anjali Varma, Secretary of the Coal Ministry, to the provinces.")
    p = actor(ex, "Anjali Varma", "person")
    assert p is not None and [r.title for r in p.roles] == ["Secretary of the Coal Ministry"]
    assert actor(ex, "Coal Ministry", "organization") is not None
    assert actor(ex, "Secretary of the Coal Ministry", "organization") is None


def test_the_ministry_of_a_portfolio_keeps_its_full_name() -> None:
    ex = run("Ravi Menon, Secretary of the Ministry of Mines, signed the plan.")
    assert actor(ex, "Ravi Menon", "person") is not None
    assert actor(ex, "Ministry of Mines", "organization") is not None


def test_a_secretary_of_state_stays_one_office() -> None:
    ex = run("Jane Roe, Secretary of State, said so.")
    p = actor(ex, "Jane Roe", "person")
    assert p is not None and p.roles[0].title == "Secretary of State"
