"""Rule subject_on: the subject an agreement is "on" ends where "between" or "among" says who
signs it ("a treaty on the land border between the two states" is the border treaty)."""

from __future__ import annotations

from tests.extract_support import run


def test_between_ends_the_subject() -> None:
    ex = run("On Thursday Chile and Peru signed a treaty on the land border between the two states.")
    assert [g.name for g in ex.agreements] == ["Chile-Peru land border treaty"]


def test_among_ends_the_subject() -> None:
    ex = run("Chile and Peru signed an agreement on water sharing among the river states.")
    assert all("among" not in g.name for g in ex.agreements) and ex.agreements


def test_a_subject_ends_before_a_value_cue() -> None:
    """Rule subject_on: "a memorandum on migration worth 105 million euros" is about migration;
    "worth" opens its value."""
    (g,) = run("Italy and Albania signed a memorandum of understanding on fisheries worth 40 million euros.").agreements
    assert g.name == "Italy-Albania fisheries memorandum" and g.value == "40 million euros"
