"""A stamp in figures that reads both ways, settled by a date the page writes in words or by the
weekday the story names (day_first_by_dates)."""

from __future__ import annotations

from tests.parse.rules_support import parse

TITLE = "Vanuatu orders two more patrol boats from Australia"


def _page(stamp: str, lede: str) -> str:
    return f"{TITLE}\n\nPublished on: {stamp} - 16:41\nModified: {stamp} - 19:02\n\n{lede}\n\nThe boats will be delivered next year, officials said.\n"


def test_the_weekday_of_the_story_reads_the_stamp_day_first() -> None:
    # 04/05/2021: Monday 5 April month first, Tuesday 4 May day first
    a = parse(_page("04/05/2021", "PORT VILA - Vanuatu has ordered two more patrol boats, the ministry said on Tuesday."))
    assert a.published == "2021-05-04"


def test_a_stamp_that_fits_month_first_stays() -> None:
    a = parse(_page("04/05/2021", "PORT VILA - Vanuatu has ordered two more patrol boats, the ministry said on Monday."))
    assert a.published == "2021-04-05"


def test_without_a_weekday_the_stamp_reads_month_first() -> None:
    a = parse(_page("04/05/2021", "PORT VILA - Vanuatu has ordered two more patrol boats, the ministry said."))
    assert a.published == "2021-04-05"


def test_a_stamp_that_reads_one_way_only_is_untouched() -> None:
    a = parse(_page("04/25/2021", "PORT VILA - Vanuatu has ordered two more patrol boats, the ministry said on Tuesday."))
    assert a.published == "2021-04-25"


def test_a_date_in_words_is_untouched() -> None:
    text = f"{TITLE}\n\nApril 5, 2021\n\nPORT VILA - Vanuatu has ordered two more patrol boats, the ministry said on Tuesday.\n"
    assert parse(text).published == "2021-04-05"


def test_a_date_the_page_writes_in_words_settles_the_reading() -> None:
    lede = "PORT VILA - Vanuatu has ordered two more patrol boats, the ministry said on Tuesday."
    post = "— Vanuatu Navy (@vunavy) April 5, 2021"
    text = f"{TITLE}\n\nPublished on: 04/05/2021 - 16:41\n\n{lede}\n\nThe boats are welcome news.\n{post}\n"
    assert parse(text).published == "2021-04-05"
    post = "— Vanuatu Navy (@vunavy) May 3, 2021"
    text = f"{TITLE}\n\nPublished on: 04/05/2021 - 16:41\n\n{lede}\n\nThe boats are welcome news.\n{post}\n"
    assert parse(text).published == "2021-05-04"


def test_a_weekday_the_day_before_either_reading_settles_nothing() -> None:
    # 02/10/2023: Friday 10 February month first, Monday 2 October day first
    a = parse(_page("02/10/2023", "PORT VILA - Vanuatu ordered two more patrol boats on Sunday, the ministry said."))
    assert a.published == "2023-02-10"
