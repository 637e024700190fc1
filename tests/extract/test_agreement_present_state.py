"""Rules present_after_aside and dated_name_present: a named agreement opening a sentence that
does something in the present tense is in force, whether an earlier signing is told in an aside
or a year before the article's stands before its name."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str, name: str) -> str | None:
    found = run(text, published="2026-03-04").agreements
    return next(g for g in found if g.name == name).status


def test_present_verb_after_a_signing_aside_is_in_force() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The Andean Water Accord, signed in Arica in May "
        "last year, regulates how both countries draw water from the shared river."
    )
    assert _status(text, "Andean Water Accord") == "in_force"


def test_past_verb_after_a_signing_aside_stays_signed() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The Andean Water Accord, signed in Arica in May "
        "last year, was hailed by farmers on both sides."
    )
    assert _status(text, "Andean Water Accord") == "signed"


def test_a_signing_of_the_week_is_the_news() -> None:
    text = (
        "Chile and Peru held talks in Lima. The Andean Water Accord, signed in Arica on Monday, "
        "regulates how both countries draw water from the shared river."
    )
    assert _status(text, "Andean Water Accord") == "signed"


def test_aside_on_an_object_is_not_read() -> None:
    text = "Chile and Peru on Monday signed the Andean Water Accord, signed as a first step, officials said."
    assert _status(text, "Andean Water Accord") == "signed"


def test_a_dated_name_doing_something_now_is_in_force() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The 1999 Andean Water Accord obliges both "
        "countries to share data on river levels. The accord was signed by two former presidents."
    )
    assert _status(text, "Andean Water Accord") == "in_force"


def test_a_name_dated_by_the_article_year_is_not_read() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The 2026 Andean Water Accord obliges both "
        "countries to share data on river levels. The accord was signed by the two presidents."
    )
    assert _status(text, "Andean Water Accord") == "signed"
