"""A stamp with its update after it in any form (rule update_after), a year written tight after
the day's comma (rule tight_year_comma), a byline closing the story set off by a dash or
brackets or opened by "Story by" (rule byline_below_marked), a wire's end mark and desk codes
after its tag, and share rows of more apps and wider spacing."""

from __future__ import annotations

import pytest

from store.parse import boilerplate
from store.parse.dates import parse_stamp
from tests.parse.rules_support import body, parse

LEDE = (
    "Fiji and Tonga renewed their fisheries pact on Monday for another ten years, the two governments said.\n\n"
    "The pact sets catch limits for tuna in the waters between the two archipelagos.\n\n"
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("April 2, 2022 9:41 AM GMT+8 Updated 2 years ago", "2022-04-02"),
        ("07.05.2021 08:15 | Updated 07.05.2021 10:02", "2021-05-07"),
        ("Feb 3,2022 - Last updated at Feb 4,2022", "2022-02-03"),
        ("9 June 2020, updated 14:32", "2020-06-09"),
        ("June 9, 2020 Updated an hour ago", "2020-06-09"),
        ("June 9, 2020 Updated: June 10, 2020 10:00 EST", "2020-06-09"),
        ("Feb 3,2022", "2022-02-03"),
    ],
)
def test_a_stamp_with_its_update_after_it(line: str, iso: str) -> None:
    found = parse_stamp(line)
    assert found is not None and found[1] == iso


def test_a_date_followed_by_prose_is_no_stamp() -> None:
    assert parse_stamp("June 9, 2020 updated the fishing rules") is None


def test_a_stamp_with_its_update_is_the_date_and_no_body() -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\nApril 2, 2022 9:41 AM GMT+8 Updated 2 years ago\n\n" + LEDE)
    assert a.published == "2022-04-02"
    assert "Updated" not in body(a)


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("— By Lena Marsh", "Lena Marsh"),
        ("- By Lena Marsh", "Lena Marsh"),
        ("(By Ana Lopes and Kenji Sato)", "Ana Lopes and Kenji Sato"),
        ("Story by Tavita Lemalu, Apia", "Tavita Lemalu"),
    ],
)
def test_a_byline_closing_the_story_set_off_or_labelled(closing: str, byline: str) -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\n" + LEDE + closing + "\n\nComments are closed.")
    assert a.byline == byline
    assert closing not in body(a)


@pytest.mark.parametrize(
    "line",
    ["Enditem/ls", "EFE ab/cd/ef", "AFP jd/kp", "Facebook | X | LINE | Copy link", "Share  |  Save  |  🖨", "Share this liveblog", "EMAIL THIS ARTICLE      SAVE THIS ARTICLE"],
)
def test_closing_marks_and_share_rows_are_furniture(line: str) -> None:
    assert boilerplate.is_furniture(line, line.lower())
    assert line not in body(parse("Fiji and Tonga renew fisheries pact\n\n" + LEDE + line))


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("Reporting by Tomas Brenner; Editing by Grant Howell", "Tomas Brenner"),
        ("(Reporting by Ana Cruz in Lima and Jon Mayo in Quito; Editing by Rui Sol)", "Ana Cruz and Jon Mayo"),
        ("Reporting by Ana Cruz and Jon Mayo; Writing by Rui Sol", "Ana Cruz and Jon Mayo"),
        ("Reporter: Indah Sari P\nEditor: Rahmat Hadi", "Indah Sari P"),
    ],
)
def test_a_wire_credit_footer_gives_its_reporters_as_the_byline(closing: str, byline: str) -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\n" + LEDE + closing)
    assert a.byline == byline
    assert "Editing" not in body(a) and "Reporter" not in body(a)


def test_a_byline_over_the_story_outranks_a_credit_footer() -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\nBy Lena Marsh\n\n" + LEDE + "Reporting by Tomas Brenner; Editing by Grant Howell")
    assert a.byline == "Lena Marsh"


@pytest.mark.parametrize(
    "line",
    ["(ab.cd@harbourtimes.com)", "press@ministry.gov.fj", "MORE WORLD NEWS", "More business stories", "Comment Guidelines", "Associated links", "Live coverage ended"],
)
def test_addresses_and_more_labels_are_furniture(line: str) -> None:
    assert boilerplate.is_furniture(line, line.lower())


def test_a_print_edition_note_names_the_paper() -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\n" + LEDE + "Published in The Suva Ledger print edition on March 4, 2024, as Pact renewed.")
    assert a.source == "Suva Ledger"
    assert "print edition" not in body(a)


def test_a_name_over_a_place_over_the_stamp_is_the_byline() -> None:
    page = (
        "Fiji and Tonga renew fisheries pact\n\nThe pact, signed after weeks of talks in Suva, replaces the old one.\n\n"
        "Mere Tuilagi\nSuva\nPublished at : March 5, 2024\n\n" + LEDE
    )
    a = parse(page)
    assert (a.byline, a.published) == ("Mere Tuilagi", "2024-03-05")
