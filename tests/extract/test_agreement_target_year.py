"""Rule target_year: a year a sentence gives as a deadline or target ("by 2030", "until 2031")
dates nothing done, so an agreement the sentence dates by the day, or reports the day's news,
still takes the article's year; a year that dates the event keeps the sentence from it."""

from __future__ import annotations

from store.extract.when import dates_itself
from tests.extract_support import run


def _year(text: str) -> int | None:
    (g,) = run(text, published="2024-03-05").agreements
    return g.year


def test_a_target_year_leaves_the_day_dating_the_signing() -> None:
    assert _year("Chile and Peru signed a fisheries agreement on Monday to double catches by 2030.") == 2024


def test_a_deadline_year_leaves_the_day_dating_the_signing() -> None:
    assert _year("Chile and Peru signed a fisheries agreement on Monday that runs until 2031.") == 2024


def test_a_year_of_the_event_is_not_a_target() -> None:
    assert dates_itself("chile and peru signed a fisheries agreement in 2019 to cut catches by 2030 .".split())
    assert not dates_itself("chile and peru signed a fisheries agreement to cut catches by 2030 .".split())
    assert not dates_itself("chile and peru signed a fisheries agreement .".split())
