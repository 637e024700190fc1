"""Rules also_known_as and accession_tail: a name given right after another with "also known
as" is its alias; a name about a state's joining runs through what it joins."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str):
    return run(text, published="2024-11-03").agreements


def test_a_name_also_known_as_another_is_one_agreement() -> None:
    text = "The bloc was founded in 1967 with the signing of the Pattani Declaration, also known as the Hat Yai Declaration."
    found = _agreements(text)
    assert [g.name for g in found] == ["Pattani Declaration"]
    assert "Hat Yai Declaration" in found[0].aliases
    assert (found[0].status, found[0].year) == ("signed", 1967)


def test_two_names_without_known_as_stay_two() -> None:
    text = "Thailand signed the Pattani Declaration, and Malaysia the Hat Yai Declaration, in 1967."
    assert len(_agreements(text)) == 2


def test_an_admission_name_runs_through_the_body_joined() -> None:
    found = _agreements("Leaders signed the Declaration on the Admission of Palau into ASEAN on Sunday.")
    assert [g.name for g in found] == ["Declaration on the Admission of Palau into ASEAN"]


def test_an_accession_name_runs_through_the_body_after_the() -> None:
    found = _agreements("Nauru signed the Protocol on the Accession of Nauru to the Pacific Islands Forum in 2019.")
    assert [g.name for g in found] == ["Protocol on the Accession of Nauru to the Pacific Islands Forum"]


def test_a_name_telling_no_joining_stops_before_to() -> None:
    found = _agreements("Chile signed the Treaty of Arica to Bolivia's dismay in 1929.")
    assert [g.name for g in found] == ["Treaty of Arica"]
