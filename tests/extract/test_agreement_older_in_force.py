"""Rules under_after_aside and present_relative, and the longer signing aside of
present_after_aside: an agreement signed years before the article that the text shows at work
now is in force; one signed in the article's own days, or told only in the past, is not."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str, name: str) -> str | None:
    found = run(text, published="2026-03-04").agreements
    return next(g for g in found if g.name == name).status


def test_what_holds_under_an_older_agreement_puts_it_in_force() -> None:
    text = (
        "Fishing crews met in Arica on Monday. Under the revised Andean Water Accord, signed in May 2019, "
        "the two countries had planned to share the river equally until next year."
    )
    assert _status(text, "Andean Water Accord") == "in_force"


def test_what_is_to_come_under_a_fresh_signing_stays_signed() -> None:
    text = (
        "Chile and Peru held talks in Lima. Under the Andean Water Accord, signed in Arica by the two "
        "ministers, Peru is to release more water each spring."
    )
    assert _status(text, "Andean Water Accord") == "signed"


def test_a_dated_name_a_present_relative_describes_is_in_force() -> None:
    text = (
        "Peru left the bloc on Monday under the terms of the Andean Water Accord of 1998, which obliges "
        "a member to give twelve months' notice."
    )
    assert _status(text, "Andean Water Accord") == "in_force"


def test_a_name_of_the_article_year_is_not_read() -> None:
    text = (
        "Officials discussed the Andean Water Accord of 2026, which obliges a member to give twelve "
        "months' notice, at a meeting in Lima."
    )
    assert _status(text, "Andean Water Accord") != "in_force"


def test_a_long_signing_aside_before_a_present_verb() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday. The Andean Water Accord, signed in 1994 between Chile and "
        "Peru and four other Andean and Pacific coastal states, regulates how the states draw water."
    )
    assert _status(text, "Andean Water Accord") == "in_force"
