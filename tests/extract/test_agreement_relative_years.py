"""Years counted back from the article's date ("two years ago", "in May last year") and the
date of a renewal, which is not the signing's (years_ago, month_last_year, renewed_not_signed)."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str, published: str = "2024-06-05"):
    return next(a for a in run(text, published=published).agreements if a.unnamed)


def test_years_ago_counts_back_from_the_article() -> None:
    assert _only("Mali and Niger signed a grazing pact two years ago.").year == 2022


def test_a_year_ago() -> None:
    assert _only("Mali and Niger signed a grazing pact a year ago.").year == 2023


def test_months_ago_cross_into_last_year() -> None:
    assert _only("Mali and Niger signed a grazing pact eight months ago.").year == 2023
    assert _only("Mali and Niger signed a grazing pact three months ago.").year == 2024


def test_long_ago_gives_no_year() -> None:
    assert _only("Mali and Niger signed a grazing pact long ago.").year is None


def test_a_month_of_last_year() -> None:
    assert _only("Mali and Niger signed a grazing pact in March last year.").year == 2023


def test_a_renewal_year_is_not_the_signing_year() -> None:
    g = _only("Mali and Niger renewed their grazing pact in 2021.")
    assert g.year is None


def test_a_renewed_dated_agreement_keeps_its_own_year() -> None:
    g = _only("Mali and Niger extended a 2015 grazing pact in 2021.")
    assert g.year == 2015


# Two long sentences first: the lede's own rule (lede_article_year) does not reach what follows.
_LEAD = (
    "Ministers from both countries met in the border town for a second day of talks on grazing.\n\n"
    "Herders have crossed the dry river beds for centuries, and the routes are older than the states.\n\n"
)


def _named(text: str, name: str):
    return next(a for a in run(_LEAD + text, published="2024-06-05").agreements if a.name == name)


def test_have_signed_is_the_article_year() -> None:
    g = _named("Mali and Niger have signed the Sahel Grazing Accord, officials said.", "Sahel Grazing Accord")
    assert (g.status, g.year) == ("signed", 2024)


def test_has_been_signed_is_the_article_year() -> None:
    g = _named("The Sahel Grazing Accord between Mali and Niger has been signed, officials said.", "Sahel Grazing Accord")
    assert g.year == 2024


def test_had_signed_is_no_year() -> None:
    g = _named("Mali and Niger had signed the Sahel Grazing Accord, officials said.", "Sahel Grazing Accord")
    assert g.year is None


def test_have_signed_many_agreements_is_no_year() -> None:
    ex = run(_LEAD + "Mali has signed grazing agreements with Niger, officials said.", published="2024-06-05")
    assert all(a.year is None for a in ex.agreements)
