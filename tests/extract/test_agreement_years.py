"""Years news gives by the month or relative to the article ("signed in March", "to sign next
week") and the year an agreement has been in force since (day_article_year, year_after_mention)."""

from __future__ import annotations

from tests.extract_support import run


def _only(text: str, published: str = "2024-06-05"):
    return next(a for a in run(text, published=published).agreements if a.unnamed)


def test_a_month_earlier_this_year() -> None:
    assert _only("Ghana and Togo signed a border agreement in March.").year == 2024


def test_a_month_still_to_come_is_last_year() -> None:
    assert _only("Ghana and Togo signed a border agreement in October.").year == 2023


def test_a_month_with_its_year_keeps_it() -> None:
    assert _only("Ghana and Togo signed a border agreement in March 2019.").year == 2019


def test_to_sign_next_week_is_announced_this_year() -> None:
    g = _only("Ghana and Togo will sign a border agreement next week.")
    assert (g.status, g.year) == ("announced", 2024)


def test_in_force_since_a_year() -> None:
    g = _only("A border agreement between Ghana and Togo has been in force since 2014.")
    assert (g.status, g.year) == ("in_force", 2014)


def test_talks_since_a_year_give_no_year() -> None:
    g = _only("Ghana and Togo have been negotiating a border agreement since 2014.")
    assert g.year is None


def test_a_clause_of_its_own_start_gives_status_and_year() -> None:
    g = _only("The truce between Ghana and Togo, which began in March, was due to expire on Monday.")
    assert (g.status, g.year) == ("in_force", 2024)


def test_due_to_expire_is_in_force() -> None:
    g = _only("The border agreement between Ghana and Togo is due to expire next year.")
    assert g.status == "in_force" and g.year is None


def test_went_into_effect_in_the_lede_is_the_article_year() -> None:
    g = _only(
        "A truce between Ghana and Togo went into effect at midnight after weeks of clashes along "
        "their shared border, officials in both capitals said."
    )
    assert (g.status, g.year) == ("in_force", 2024)


def test_a_day_before_its_month() -> None:
    assert _only("Ghana and Togo signed a border agreement on 12 March.").year == 2024


def test_an_abbreviated_month_and_day() -> None:
    assert _only("Ghana and Togo signed a border agreement on Sept. 12.").year == 2024


def test_may_sign_is_only_proposed() -> None:
    g = _only("Ghana and Togo may sign a border agreement, officials said.")
    assert (g.status, g.year) == ("proposed", None)
