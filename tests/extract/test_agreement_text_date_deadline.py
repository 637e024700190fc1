"""Rule text_date_deadline: an undated article's time is the latest full date it writes of
something done, never a deadline ("in force until March 5, 2031", "by 5 March 2031")."""

from __future__ import annotations

from tests.extract_support import run


def _year(text: str) -> int | None:
    (g,) = run(text).agreements
    return g.year


def test_a_deadline_after_until_is_not_the_articles_time() -> None:
    text = "Ghana and Togo signed a border agreement on Monday. The talks began on January 10, 2024. The agreement will stay in force until March 5, 2031."
    assert _year(text) == 2024


def test_a_deadline_day_first_after_by_is_not_either() -> None:
    text = "Ghana and Togo signed a border agreement on Monday. The talks began on 10 January 2024. Both must mark the border by 5 March 2031."
    assert _year(text) == 2024


def test_the_latest_date_of_a_thing_done_is() -> None:
    text = "Ghana and Togo signed a border agreement on Monday. The talks began on January 10, 2022 and closed on May 2, 2024."
    assert _year(text) == 2024
