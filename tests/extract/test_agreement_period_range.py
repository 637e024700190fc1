"""Rule period_range: a "YYYY-YYYY" (or "YYYY to YYYY") period a plan covers dates nothing done, so a signing the
lede reports takes the article's year."""

from __future__ import annotations

from store.extract.when import dates_itself
from tests.extract_support import run


def test_a_plan_period_leaves_the_lede_signing_the_articles_year() -> None:
    text = "Tonga's prime minister signed the Action Plan for Ocean Partnership 2026-2031 with Japan during a visit."
    found = run(text, published="2026-03-02").agreements
    assert [(g.status, g.year) for g in found] == [("signed", 2026)]


def test_a_period_is_no_date_but_a_lone_year_is() -> None:
    assert not dates_itself("the plan 2025 - 2030 was signed".split())
    assert not dates_itself("the plan 2025 \u2013 2030 was signed".split())
    assert dates_itself("the plan was signed in 2019".split())


def test_a_period_in_words_is_no_date_either() -> None:
    assert not dates_itself("the plan covering 2025 to 2030 was signed".split())
    assert not dates_itself("the plan runs 2025 through 2030".split())
    assert dates_itself("the plan was drafted in 2019 to cover trade".split())


def test_a_signing_in_a_month_beside_a_worded_period_takes_the_articles_year() -> None:
    text = "In February, Ghana's president travelled to Lome and signed a border agreement with Togo, covering 2025 to 2030."
    found = run(text, published="2024-03-10").agreements
    assert [(g.status, g.year) for g in found] == [("signed", 2024)]
