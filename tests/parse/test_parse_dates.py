"""Dates and datelines: the stamp that dates an article, the place that opens it, and dates that do not count."""

from __future__ import annotations

import pytest

from store.parse.article import parse_article
from store.parse.datelines import dateline_of
from store.parse.dates import parse_stamp
from tests.parse.parse_support import LEDE, body


def test_comment_dates_after_the_tail_are_not_published() -> None:
    a = parse_article(
        "Pact signed\n\nLeaders met in Beijing.\n\nLeave a Reply\n\nPosted on March 3, 2025\n\nNice.\n",
        "x.txt",
    )
    assert a.published is None and body(a) == "Leaders met in Beijing."


@pytest.mark.parametrize(
    "line,expected",
    [
        ("September 21, 2024", ("date", "2024-09-21")),
        ("21 September 2024", ("date", "2024-09-21")),
        ("11-03-2024", ("date", "2024-11-03")),
        ("25-03-2024", ("date", "2024-03-25")),
        ("2025-09-17", ("date", "2025-09-17")),
        ("Updated on: 12 March 2025 10:42 IST", ("updated", "2025-03-12")),
        ("Published: 2025-09-17", ("published", "2025-09-17")),
        ("Posted on March 3, 2025", ("published", "2025-03-03")),
        ("Published 10:42 AM EST, Mon March 3, 2025", ("published", "2025-03-03")),
        ("Last Updated: Sep 21, 2024, 10:42 AM IST", ("updated", "2024-09-21")),
        ("— The Japan Times (@japantimes) October 9, 2024", None),
        ("assumed office on October 1", None),
        ("February 30, 2024", None),
    ],
)
def test_parse_stamp(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    "paragraph,place",
    [
        ("NAPLES, Italy — Japan and", "Naples, Italy"),
        ("Tokyo: Japan and", "Tokyo"),
        ("WASHINGTON (Reuters) - The", "Washington"),
        ("KYIV, Ukraine, March 3 (AP) — Russian", "Kyiv, Ukraine"),
        ("Addressing Security Challenges: Japan’s potential", None),
        ("Building Alliances in the Indo-Pacific: Against the backdrop", None),
        ("President Biden — who spoke", None),
        ("LONDON/PARIS (Reuters) - The", "London/Paris"),
        ("O'HARE, Ill. (AP) — A", "O'Hare, Ill."),
    ],
)
def test_dateline_of(paragraph: str, place: str | None) -> None:
    found = dateline_of(paragraph)
    assert (found[0] if found else None) == place


def test_published_stamp_in_the_footer_below_comments() -> None:
    a = parse_article("Pact signed\n\nLeaders met.\n\nTags: Pacific\n\nComments (0)\n\nPublished April 20, 2022\n", "x.txt")
    assert a.published == "2022-04-20" and body(a) == "Leaders met."
    listed = "Pact signed\n\nLeaders met.\n\nRelated articles\n\nOther story\n\nPublished April 20, 2022\n\nPublished April 2, 2022\n"
    assert parse_article(listed, "x.txt").published is None  # a list of other stories' dates


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Published: 07.03.2024", ("published", "2024-03-07")),
        ("Date: 20.04.2022", ("published", "2022-04-20")),
        ("Updated: Mar 7, 2024 / 10:42 AM", ("updated", "2024-03-07")),
        ("Publication date: 20 April 2022", ("published", "2022-04-20")),
        ("Released: April 20, 2022", ("published", "2022-04-20")),
        ("20-Apr-2022", ("date", "2022-04-20")),
        ("Published 10.42, 3 March 2025", ("published", "2025-03-03")),
        ("Released 12 prisoners", None),
    ],
)
def test_more_stamp_forms(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    "paragraph,place",
    [
        ("Brussels, 7 March (AFP) – Sweden joined.", "Brussels"),
        ("BRUSSELS, Belgium, March 7, 2024 — Sweden joined.", "Brussels, Belgium"),
        ("Brussels, 7 March 2024: Sweden joined.", "Brussels"),
        ("SÃO PAULO — Brazil said.", "São Paulo"),
        ("Bogotá — Colombia said.", "Bogotá"),
        ("ZÜRICH, Switzerland — The talks began.", "Zürich, Switzerland"),
        ("**BRUSSELS** — Sweden joined.", "Brussels"),
        ("Port Moresby — Papua New Guinea said.", "Port Moresby"),
        ("Riyadh [Saudi Arabia], April 29 (ANI): Saudi Arabia said.", "Riyadh, Saudi Arabia"),
        ("Beijing, March 7 /Xinhua/ -- China said.", "Beijing"),
        ("WASHINGTON, DC — The talks began.", "Washington, DC"),
        ("Key Points — Sweden joined.", None),
        ("Fact Check — The claim is false.", None),
        ("Jens Stoltenberg — the NATO chief — spoke.", None),
    ],
)
def test_more_dateline_forms(paragraph: str, place: str | None) -> None:
    found = dateline_of(paragraph)
    assert (found[0] if found else None) == place


def test_dateline_after_a_standfirst_and_a_time_beside_the_date() -> None:
    text = (
        "Japan and Britain sign access pact\n\nIt is Japan's first such deal with a European country.\n\n"
        "Hiro Tanaka, Tokyo correspondent\n11 January 2023 • 6:00am\n\n"
        "LONDON — Japan and Britain signed a defence pact on Wednesday.\n"
    )
    a = parse_article(text, "x.txt")
    assert (a.dateline, a.byline, a.published) == ("London", "Hiro Tanaka", "2023-01-11")
    assert body(a).endswith("\n\nJapan and Britain signed a defence pact on Wednesday.")
    second = "Pact signed\n\nIt is the first such deal.\n\nKey Points — Japan and Britain signed a pact.\n"
    assert parse_article(second, "x.txt").dateline is None  # only a wire or capitals dateline so late


def test_an_updated_stamp_dates_the_article_only_when_no_other_date_does() -> None:
    a = parse_article("Pact signed\n\nLast Updated: March 8, 2024\n\nThe deal was done.\n", "x.txt")
    assert a.published == "2024-03-08" and body(a) == "The deal was done."
    a = parse_article("Pact signed\n\nMarch 7, 2024 | Updated on March 8, 2024\n\nThe deal was done.\n", "x.txt")
    assert a.published == "2024-03-07"


@pytest.mark.parametrize(
    ("opening", "dateline", "published", "source"),
    [
        ("BAKU, July 18, 2022 — ", "Baku", "2022-07-18", None),
        ("SAN DIEGO, March 13, 2023 (Reuters) - ", "San Diego", "2023-03-13", "Reuters"),
        ("GENEVA, 4 April 2023 - ", "Geneva", "2023-04-04", None),
        ("BAKU, July 18 — ", "Baku", None, None),  # no year: no date
    ],
)
def test_a_date_in_the_dateline_dates_the_article(
    opening: str, dateline: str, published: str | None, source: str | None
) -> None:
    a = parse_article(f"EU and Azerbaijan sign gas deal\n\n{opening}{LEDE}", "x.txt")
    assert (a.dateline, a.published, a.source) == (dateline, published, source)
    assert body(a) == LEDE


@pytest.mark.parametrize(
    ("line", "dateline", "published"),
    [
        ("Brussels, 4 April 2023", "Brussels", "2023-04-04"),
        ("GENEVA, March 3, 2025", "Geneva", "2025-03-03"),
        ("Jane Doe, 4 April 2023", None, "2023-04-04"),  # a reporter or a place: the date only
        ("New Delhi, 4 April 2023", None, "2023-04-04"),
        ("Tokyo | March 5, 2024", "Tokyo", "2024-03-05"),
        ("TOKYO - March 5, 2024", "Tokyo", "2024-03-05"),
    ],
)
def test_a_place_and_date_line_under_the_headline(
    line: str, dateline: str | None, published: str
) -> None:
    a = parse_article(f"EU and Azerbaijan sign gas deal\n\n{line}\n\n{LEDE}", "x.txt")
    assert (a.dateline, a.published) == (dateline, published)
    assert body(a) == LEDE


def test_a_labelled_stamp_outranks_the_dateline_date() -> None:
    text = f"EU and Azerbaijan sign gas deal\n\nPublished July 19, 2022\n\nBAKU, July 18, 2022 — {LEDE}"
    assert parse_article(text, "x.txt").published == "2022-07-19"


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Last update 4 Mar 2024 09:15 GMT", ("updated", "2024-03-04")),
        ("Update : 05.03.2024", ("updated", "2024-03-05")),
        # rule update_note: the update in brackets after the stamp's own date
        ("4 Mar 2024 (updated: 5 Mar 2024)", ("date", "2024-03-04")),
        ("4 Mar 2024 (updated 5 March)", ("date", "2024-03-04")),
        ("4 Mar 2024 (updated soon)", None),
        ("Update 12 prisoners freed", None),
    ],
)
def test_update_labels_and_notes(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected
