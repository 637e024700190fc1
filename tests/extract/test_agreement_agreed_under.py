"""Rule agreed_under: the two sides that agreed to act "under" an agreement are its parties,
and it is agreed."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str):
    (g,) = run(text, published="2022-08-19").agreements
    return g


def test_the_subject_of_agreed_is_the_deal_s_two_sides() -> None:
    g = _only("Colombia and Ecuador agreed on Thursday to reopen the border under a security deal.")
    assert sorted(g.parties) == ["Colombia", "Ecuador"] and g.status == "signed"


def test_without_an_agreeing_verb_no_sides_are_read() -> None:
    found = run("Colombia and Ecuador may reopen the border under a security deal.", published="2022-08-19").agreements
    assert all(len(g.parties) < 2 for g in found)
