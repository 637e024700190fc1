"""fronted_date: an opening "In [Month] <year>," dates the indefinite agreement the sentence
introduces, which is then an older text of its own beside the story's."""

from __future__ import annotations

import pytest

from store.extract.fronted_date import fronted_year
from store.extract.tokens import build_doc
from tests.extract_support import article, run


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 2016, Peru signed a deal.", "2016"),
        ("In March 2016, Peru signed a deal.", "2016"),
        ("In 4 March 2016, Peru signed a deal.", "2016"),
        ("In March 4, 2016, Peru signed a deal.", "2016"),
        ("Back in 2016, Peru signed a deal.", "2016"),
        ("In Lima, Peru signed a deal.", None),
        ("In 2016 Peru signed a deal.", None),
        ("Peru signed a deal in 2016.", None),
        ("In 2016, Peru signed a deal that took effect in 2018.", None),
    ],
)
def test_fronted_year(text: str, year: str | None) -> None:
    d = build_doc(article(text))
    assert fronted_year(d, d.low.index("deal") - 1) == year


def test_an_earlier_text_of_the_same_kind_is_its_own_record() -> None:
    ex = run(
        "Ecuador this week signed a rail cooperation agreement with Bolivia worth $450 million. "
        "It is the second such accord. In April 2017, Ecuador and Bolivia signed a rail cooperation "
        "agreement worth $90 million for track repairs.",
        published="2022-03-02",
    )
    by_year = {a.year: a for a in ex.agreements}
    assert by_year[2017].value == "$90 million"
    assert any(a.value == "$450 million" and a.year != 2017 for a in ex.agreements)


def test_a_fronted_year_of_the_story_itself_splits_nothing() -> None:
    ex = run(
        "Ecuador signed a rail cooperation agreement with Bolivia worth $450 million. "
        "In March 2022, Ecuador and Bolivia signed a rail cooperation agreement in Quito.",
        published="2022-03-02",
    )
    assert all(a.year != 2022 or "2022" not in a.name for a in ex.agreements)
    assert len(ex.agreements) == 1


def test_a_pluperfect_signing_is_an_older_text() -> None:
    ex = run(
        "Ghana and Togo on Monday signed an agreement fixing their sea border. Ghana and Togo had "
        "signed a provisional agreement sketching their sea zones in 2009, but it was never ratified.",
        published="2024-10-02",
    )
    by_year = {a.year: a for a in ex.agreements}
    assert set(by_year) == {2009, 2024}
    assert "provisional agreement" in by_year[2009].aliases + [by_year[2009].name]


def test_a_pluperfect_with_two_years_dates_nothing() -> None:
    ex = run(
        "Ghana and Togo on Monday signed an agreement fixing their sea border. Ghana and Togo had "
        "signed a provisional agreement in 2009 that lapsed in 2012.",
        published="2024-10-02",
    )
    assert all(f.rule != "dated_mention" for a in ex.agreements for f in a.facts)


def test_a_contract_signed_on_a_full_date_is_older_and_its_year_refers_to_it() -> None:
    ex = run(
        "Chile on Tuesday signed a USD 5 billion deal to extend copper sales to Peru.\n\n"
        "The new deal renews an existing contract signed by the two governments on March 3, 2004, "
        "which expires in 2027. Under the 2004 contract, copper is priced at a discount.",
        published="2024-02-06",
    )
    by_year = {a.year: a for a in ex.agreements}
    assert set(by_year) == {2004, 2024}
    assert len(by_year[2004].spans) == 2  # "existing contract" and "the 2004 contract"
    assert by_year[2024].value == "USD 5 billion"
