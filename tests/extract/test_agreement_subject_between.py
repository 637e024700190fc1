"""Rule subject_on: the subject an agreement is "on" ends where "between" or "among" says who
signs it ("a treaty on the state border between the two countries" is the border treaty)."""

from __future__ import annotations

from tests.extract_support import run


def test_between_ends_the_subject() -> None:
    ex = run("Chile and Peru signed a treaty on the state border between the two countries on Thursday.")
    assert [g.name for g in ex.agreements] == ["Chile-Peru state border treaty"]


def test_among_ends_the_subject() -> None:
    ex = run("Chile and Peru signed an agreement on water sharing among the river states.")
    assert all("among" not in g.name for g in ex.agreements) and ex.agreements
