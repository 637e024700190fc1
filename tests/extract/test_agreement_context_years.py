"""Agreement years read from the sentence around a mention: a dated description the name is
given to, and a dated approval of a back-reference to the article's one agreement of its kind."""

from __future__ import annotations

from tests.extract_support import run


def _year(ex, name: str) -> tuple[int | None, str]:
    acc = next(a for a in ex.agreements if a.name == name)
    rules = [f.rule for f in acc.facts if f.field == "year"]
    return acc.year, rules[0] if rules else ""


def test_description_dated_last_year_gives_the_name_its_year() -> None:
    text = (
        "Paris is courting Asian buyers after Britain, the United States and Australia formed "
        "a new security alliance last year known as AUKUS."
    )
    ex = run(text, published="2023-05-04")
    assert _year(ex, "AUKUS") == (2022, "year_of_description_time")


def test_description_dated_in_a_year_gives_the_name_its_year() -> None:
    text = "Japan and Britain agreed a defence pact in 2023, known as the Reciprocal Access Agreement, officials said."
    ex = run(text, published="2025-01-10")
    assert _year(ex, "Reciprocal Access Agreement")[0] == 2023


def test_last_year_without_an_agreement_noun_dates_nothing() -> None:
    text = "Talks resumed last year known as a thaw, while the AUKUS partners met."
    ex = run(text, published="2024-03-01")
    assert _year(ex, "AUKUS") == (None, "") or _year(ex, "AUKUS")[1] != "year_of_description_time"


def test_approved_back_reference_dates_the_one_programme() -> None:
    text = (
        "The Fund said it would finish a review of Ghana's Extended Credit Facility, its loan programme. "
        "The board approved the cocoa producer's 36-month programme in May 2023 to restore its finances."
    )
    ex = run(text, published="2025-10-01")
    assert _year(ex, "Extended Credit Facility") == (2023, "approved_back_reference")


def test_approval_still_to_come_or_of_another_act_dates_nothing() -> None:
    text = (
        "The Fund said it would finish a review of Ghana's Extended Credit Facility, its loan programme. "
        "The board will approve the programme in May 2026. The board agreed to review the programme in 2027."
    )
    ex = run(text, published="2025-10-01")
    assert _year(ex, "Extended Credit Facility")[1] != "approved_back_reference"


def test_also_signed_is_of_the_storys_occasion() -> None:
    text = (
        "Chile agreed on Tuesday to buy six frigates from Spain. "
        "Chile and Spain also signed a fisheries agreement, officials said."
    )
    ex = run(text, published="2024-06-12")
    acc = next(a for a in ex.agreements if "fisheries" in a.name.casefold())
    assert acc.year == 2024
    assert [f.rule for f in acc.facts if f.field == "year"] == ["also_signed_article_year"]


def test_had_also_signed_is_an_earlier_act() -> None:
    text = (
        "Chile agreed on Tuesday to buy six frigates from Spain. "
        "Chile and Spain had also signed a fisheries agreement, officials said."
    )
    ex = run(text, published="2024-06-12")
    acc = next(a for a in ex.agreements if "fisheries" in a.name.casefold())
    assert "also_signed_article_year" not in [f.rule for f in acc.facts]
