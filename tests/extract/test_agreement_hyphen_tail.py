"""Rules hyphen_tail and short_name: a name runs through a hyphenated word written in lower
case after the hyphen, and its short form without the tail is the same agreement."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str):
    return run(text, published="2021-05-04").agreements


def test_the_name_runs_through_a_hyphenated_word() -> None:
    found = _agreements("Chile and Peru signed the Arica Agreement on Maritime Co-operation in Lima on Monday.")
    assert [g.name for g in found] == ["Arica Agreement on Maritime Co-operation"]
    assert found[0].status == "signed"


def test_capitalised_words_after_the_hyphenated_word_belong_to_the_name() -> None:
    found = _agreements("Chile and Peru signed the Protocol on Cross-border Rail Freight on Monday.")
    assert [g.name for g in found] == ["Protocol on Cross-border Rail Freight"]


def test_a_modifier_half_is_not_part_of_the_name() -> None:
    found = _agreements("Chile and Peru revised the Treaty of Arica-based fisheries last year.")
    assert [g.name for g in found] == ["Treaty of Arica"]


def test_two_hyphenated_subjects_joined_by_and() -> None:
    found = _agreements("Chile and Peru renewed the Treaty on Non-aggression and Co-operation on Monday.")
    assert [g.name for g in found] == ["Treaty on Non-aggression and Co-operation"]


def test_the_short_form_is_the_same_agreement() -> None:
    text = (
        "Chile and Peru signed the Arica Agreement on Maritime Co-operation in Lima on Monday.\n\n"
        "The Arica Agreement sets up a joint coast guard."
    )
    found = _agreements(text)
    assert [g.name for g in found] == ["Arica Agreement on Maritime Co-operation"]
    assert "Arica Agreement" in found[0].aliases


def test_the_short_form_told_first_is_the_same_agreement() -> None:
    text = (
        "Arica Agreement opens a new chapter\n\n"
        "Chile and Peru signed the Arica Agreement on Maritime Co-operation in Lima on Monday."
    )
    found = _agreements(text)
    assert [g.name for g in found] == ["Arica Agreement on Maritime Co-operation"]


def test_a_short_form_of_other_sides_stays_apart() -> None:
    text = (
        "Chile and Peru signed the Arica Agreement on Fisheries on Monday.\n\n"
        "The Bolivia-Brazil Arica Agreement was signed in 1990."
    )
    names = sorted(g.name for g in _agreements(text))
    assert names == ["Arica Agreement", "Arica Agreement on Fisheries"]
