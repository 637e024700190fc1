"""Rule older_signed_in_year: an indefinite description of the same parties signed "in <year>"
before the article's year is an older text of its own, not the one the story tells."""

from __future__ import annotations

from tests.extract_support import run


def _agreements(text: str, published: str = "2024-03-10"):
    return sorted(run(text, published=published).agreements, key=lambda g: g.name)


STORY = (
    "Peru and Bolivia signed a free trade agreement on Monday in La Paz. "
    "The two countries signed a preferential trade agreement (PTA) in 2017, which cut duties on 300 goods."
)


def test_the_older_text_is_a_record_of_its_own() -> None:
    found = _agreements(STORY)
    assert len(found) == 2
    years = {g.name: g.year for g in found}
    assert sorted(years.values(), key=str) == [2017, 2024]


def test_the_year_of_the_older_text_does_not_date_the_news() -> None:
    found = _agreements(STORY)
    (news,) = [g for g in found if "free trade" in g.name.casefold()]
    assert news.year == 2024


def test_a_year_of_the_article_itself_joins_the_news() -> None:
    text = (
        "Peru and Bolivia signed a free trade agreement on Monday in La Paz. "
        "Peru and Bolivia had signed a free trade agreement in 2024 after long talks."
    )
    assert len(_agreements(text)) == 1
