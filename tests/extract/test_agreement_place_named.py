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


def test_a_year_before_a_capital_and_a_subject_word_names_it() -> None:
    (g,) = run(
        "Sudan's army said on Tuesday it would keep to the 2015 Nairobi peace agreement with the rebels.",
        published="2021-05-04",
    ).agreements
    assert g.name == "Nairobi peace agreement" and g.year == 2015


def test_a_year_after_the_noun_dates_the_name() -> None:
    (g,) = run("A new revolt ended with the Lomarin accords of 2009.", published="2021-05-04").agreements
    assert g.name == "Lomarin accords" and g.year == 2009


def test_a_capital_alone_before_the_noun_is_still_a_party() -> None:
    assert "Lima agreement" not in _names("Chile praised the Lima agreement on fishing quotas signed on Monday.")
