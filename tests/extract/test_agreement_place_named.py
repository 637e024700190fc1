"""Rule place_named: capitalised words after "the" that name no party, right before a
lower-case agreement noun, name the agreement ("the Lomarin accord")."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> list[str]:
    return sorted(g.name for g in run(text, published="2021-05-04").agreements)


def test_a_place_names_the_agreement() -> None:
    assert _names("Chile and Peru signed the Lomarin accord in March 2018.") == ["Lomarin accord"]


def test_two_capitalised_words_name_it() -> None:
    assert _names("Both parties still honour the Santa Rosa agreement on river fishing.") == ["Santa Rosa agreement"]


def test_the_parties_come_from_the_sentence() -> None:
    (g,) = run("Chile and Peru signed the Lomarin accord in March 2018.", published="2021-05-04").agreements
    assert sorted(g.parties) == ["Chile", "Peru"] and g.year == 2018


def test_a_country_before_the_noun_is_a_party_not_a_name() -> None:
    assert "Peru agreement" not in _names("Chile praised the Peru agreement on fishing quotas signed on Monday.")


def test_a_month_before_the_noun_is_no_name() -> None:
    assert "March agreement" not in _names("Chile and Peru kept to the March agreement on fishing quotas.")
