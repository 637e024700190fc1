"""Rule known_loose: a described agreement whose words, with the place named beside it, make a
known agreement's name or alias is that known agreement, under its canonical name."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str, **kw: str) -> dict[str, tuple[list[str], int | None]]:
    return {a.name: (a.aliases, a.year) for a in run(text, **kw).agreements}


def test_a_dated_deal_between_its_country_and_others_is_the_known_one() -> None:
    found = _agreements("Diplomats recalled the 2015 nuclear deal between Iran and six powers at the forum on Monday.")
    assert found == {"Joint Comprehensive Plan of Action": (["2015 nuclear deal"], 2015)}


def test_a_possessive_place_before_the_description_counts() -> None:
    found = _agreements("Critics said Iran's nuclear deal with the powers had collapsed years ago.")
    assert list(found) == ["Joint Comprehensive Plan of Action"]


def test_a_place_it_was_reached_in_counts() -> None:
    found = _agreements("The minister praised the climate agreement reached in Paris during a speech in Lagos.")
    assert list(found) == ["Paris Agreement"]


def test_an_indefinite_one_counts_only_when_told_as_made() -> None:
    assert list(_agreements("The war ended with a peace agreement signed in Pretoria two years ago.")) == ["Pretoria Agreement"]
    assert "Joint Comprehensive Plan of Action" not in _agreements("Envoys seek a nuclear deal with Iran this year.")


def test_a_year_other_than_the_known_ones_is_another_agreement() -> None:
    assert "Joint Comprehensive Plan of Action" not in _agreements("The 2025 nuclear deal with Iran was welcomed by Oman.")


def test_other_words_make_no_known_name() -> None:
    assert "Joint Comprehensive Plan of Action" not in _agreements("The new nuclear deal with Iran was welcomed by Oman.")


def test_passing_praise_and_a_demonym_do_not_keep_it_apart() -> None:
    found = _agreements("Analysts said the landmark Iranian nuclear deal was dead.")
    assert found == {"Joint Comprehensive Plan of Action": (["nuclear deal"], None)}


def test_both_sides_named_between_make_a_pair_name() -> None:
    found = _agreements("Cairo cited the peace treaty between Egypt and Israel during the talks on Sunday.")
    assert list(found) == ["Egypt-Israel Peace Treaty"]


def test_a_description_set_beside_a_known_name_by_a_comma_is_that_name() -> None:
    found = _agreements(
        "Tehran said it had kept to the 2015 nuclear deal, the Joint Comprehensive Plan of Action, for years.",
        published="2024-03-02",
    )
    assert found == {"Joint Comprehensive Plan of Action": (["2015 nuclear deal"], 2015)}


def test_a_known_name_in_a_list_after_a_description_is_not_its_name() -> None:
    found = _agreements("Delegates discussed the nuclear deal, the Paris Agreement and the Kyoto Protocol.")
    assert "2015 nuclear deal" not in {a for aliases, _ in found.values() for a in aliases}
    assert found.get("Paris Agreement", ([], None))[0] == []


def test_an_owner_and_the_side_after_with_make_a_pair_name() -> None:
    found = _agreements("Delhi said India's civil nuclear deal with the United States had opened the market.")
    assert list(found) == ["U.S.-India Civil Nuclear Agreement"]
