"""Furniture told by its shape under and around a story: a release's visitor counter and desk
names, credits of the desk, hashtag rows, live-page and podcast notices, a news prompt in
brackets, photo credits after a bar or in square brackets, a gallery's counter opening a
caption, a section and clock before the date, related lists under new labels, and a rights line
whose outlet has a tagline."""

from __future__ import annotations

import pytest

from store.parse import boilerplate, credits
from store.parse.header_lines import header_line
from tests.parse.rules_support import body, parse

TITLE = "Palau and Nauru sign a shipping agreement for their two ports"
LEDE = (
    "Palau and Nauru signed an agreement on Monday that sets a shared schedule for cargo ships "
    "calling at their two ports, officials in Koror said."
)
MORE = "The first ship under the new schedule is due to sail in August, the ministers said."


@pytest.mark.parametrize(
    "line",
    [
        "(Release ID: 9876543) Visitor Counter : 1520",
        "Visitor Counter : 88",
        "Views 2,310",
        "Mele Fifita/Ana Ruiz/Ben Stone",
        "KT/MeleFifita",
        "Translation: Ana Ruiz",
        "Edition: Ben Stone",
        "Edited by Ana Ruiz",
        "#shipping deal #Palau #ports",
        "Share:   Facebook   X   LinkedIn   E-mail",
        "Skip next section",
        "Show more",
        "Read more with Harbour Times",
        "Disclosure: This research was funded by a regional grant.",
        "Listen to Harbour Radio's morning show wherever you get your podcasts.",
        "Our live coverage has ended. Follow us on X for more.",
        "(Catch all the Shipping News and Latest News Updates on Harbour Times.)",
        "Harbour Times website contains only a portion of the news stories offered to its subscribers.",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert boilerplate.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Israel/Gaza",
        "LONDON/PARIS",
        "Translation matters in treaty talks",
        "Edition of the treaty was printed in 1990.",
        "Catch the ferry to Koror.",
        "The deal covers only a portion of the route.",
        "#1 priority is the treaty for us.",
        "Views on the deal differ between the two capitals.",
    ],
)
def test_prose_lines_stay(line: str) -> None:
    assert not boilerplate.is_furniture(line)


def test_credits_after_a_bar_or_in_square_brackets_are_cut() -> None:
    assert credits.split_credit("The ministers at the signing in Koror on Monday. PHOTO | AFP") == (
        "The ministers at the signing in Koror on Monday.",
        "PHOTO | AFP",
    )
    assert credits.split_credit("The ministers at the signing in Koror. [Palau Government/Handout]") == (
        "The ministers at the signing in Koror.",
        "[Palau Government/Handout]",
    )
    assert credits.split_credit("The talks ended on Friday. [UN/OCHA]") is None


def test_a_gallery_counter_opening_a_caption_is_cut() -> None:
    found = credits.split_credit("Item 1 of 3 The ministers at the signing in Koror. REUTERS/Ana Ruiz")
    assert found == ("The ministers at the signing in Koror.", "REUTERS/Ana Ruiz")
    again = credits.split_credit("[1/3] The ministers at the signing in Koror. REUTERS/Ana Ruiz")
    assert again is not None and again[0] == "The ministers at the signing in Koror."


def test_a_section_and_clock_before_the_date() -> None:
    dates: list[tuple[str, str]] = []
    assert header_line("All News 11:02 March 04, 2024", dates) == ""
    assert dates == [("date", "2024-03-04")]
    text = f"{TITLE}\n\nAll News 11:02 March 04, 2024\n\n{LEDE}\n"
    a = parse(text)
    assert a.published == "2024-03-04" and "All News" not in body(a)


def test_lists_under_related_content_and_recent_stories_are_not_body() -> None:
    for label in ("Related content", "Recent Stories"):
        text = f"{TITLE}\n\n{LEDE}\n\n{MORE}\n\n{label}\nNauru opens a new cargo terminal\nFiji ferry strike ends after a week\n"
        a = parse(text)
        assert "cargo terminal" not in body(a) and "ferry strike" not in body(a)


def test_a_rights_line_with_the_outlets_tagline_names_the_outlet() -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{MORE}\n\nHarbour Times, Pacific Shipping News. All rights reserved.\n"
    a = parse(text)
    assert a.source == "Harbour Times" and "rights reserved" not in body(a)
