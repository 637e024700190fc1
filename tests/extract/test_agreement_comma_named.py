"""Rule comma_listed_name: a treaty name listing its subjects with a comma and "and" is one
name ("Treaty of Friendship, Good Neighbourliness and Cooperation")."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> list[str]:
    return sorted(g.name for g in run(text, published="2020-02-11").agreements)


def test_the_listed_subjects_belong_to_the_name() -> None:
    text = "Peru suspended the Treaty of Friendship, Good Neighbourliness and Cooperation with Chile."
    assert _names(text) == ["Treaty of Friendship, Good Neighbourliness and Cooperation"]


def test_a_lone_agreement_noun_is_a_listed_subject() -> None:
    text = "Bolivia and Peru renewed the Treaty on Friendship, Cooperation and Partnership on Monday."
    assert _names(text) == ["Treaty on Friendship, Cooperation and Partnership"]


def test_a_country_after_the_comma_ends_the_name() -> None:
    text = "Peru signed the Treaty of Amity, and Chile and Bolivia followed."
    assert _names(text) == ["Treaty of Amity"]


def test_another_named_agreement_after_the_comma_ends_the_name() -> None:
    text = "Peru cited the Treaty of Lima, the Quito Fisheries Accord and Andean Trade Protocol."
    assert "Treaty of Lima" in _names(text)
