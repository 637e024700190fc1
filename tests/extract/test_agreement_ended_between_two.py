"""Rules between_the_two and ended_after: "a previous agreement between the two" is the pair's
own older text; an agreement said to have ended after its mention ("was terminated", "expired")
is neither signed by its date nor in force by its age."""

from __future__ import annotations

from tests.extract_support import run


def _deals(text: str) -> list[tuple[frozenset[str], int | None, str | None]]:
    return sorted(((frozenset(g.parties), g.year, g.status) for g in run(text, published="2025-03-03").agreements), key=str)


def test_between_the_two_is_the_pair_told_before() -> None:
    deals = _deals("Serbia and Albania signed a trade deal on Monday. A previous agreement between the two, reached in 2013, collapsed.")
    assert [d[0] for d in deals] == [frozenset({"Serbia", "Albania"})] * 2


def test_between_the_two_before_a_noun_is_no_pair() -> None:
    deals = _deals("Serbia and Albania signed a trade deal on Monday. An agreement between the two ships collapsed.")
    assert len(deals) == 1


def test_an_old_agreement_that_ended_has_no_status() -> None:
    assert _deals("The 2012 treaty between Georgia and Armenia was terminated last year.") == [(frozenset({"Georgia", "Armenia"}), 2012, None)]
    older = [d for d in _deals("Colombia signed a ceasefire with the ELN on Monday. A 2017 ceasefire between the two expired after 101 days.") if d[1] == 2017]
    assert [d[2] for d in older] == [None]


def test_an_old_agreement_renewed_is_in_force() -> None:
    assert _deals("The 2012 treaty between Georgia and Armenia was renewed last year.")[0][2] == "in_force"
