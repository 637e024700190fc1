"""A site's own chrome above the headline: its clock line and its masthead beside a language switch."""

from __future__ import annotations

import pytest

from store.parse.rules_top import place_with_day
from tests.parse.rules_support import parse, rule_of

LEDE = (
    "Peru and Ecuador signed a border fisheries accord on Friday that sets shared quotas for the "
    "anchovy fleets of both countries for the next five years."
)
CLOCK = "Lisbon, May 3rd 2026 - 08:12 UTC"
PAGE = f"Costa Review, en Español\n\n{CLOCK}\n\nPeru and Ecuador seal fisheries accord\n\nFriday, April 10th 2026 - 19:40 UTC\n\n{LEDE}\n"


def test_site_clock_over_the_headline_is_not_the_headline_nor_the_date() -> None:
    a = parse(PAGE)
    assert a.title == "Peru and Ecuador seal fisheries accord"
    assert a.published == "2026-04-10"
    assert a.dateline is None
    assert rule_of(PAGE, CLOCK) == "site_clock"


def test_a_place_and_date_with_a_clock_but_no_stamp_below_is_left_to_other_rules() -> None:
    text = f"{CLOCK}\n\nPeru and Ecuador seal fisheries accord\n\n{LEDE}\n"
    assert rule_of(text, CLOCK) != "site_clock"


def test_masthead_beside_a_language_switch_names_the_publisher() -> None:
    a = parse(PAGE)
    assert a.source == "Costa Review"
    assert rule_of(PAGE, "Costa Review, en Español") == "masthead_language"


def test_a_language_switch_without_a_name_gives_no_publisher() -> None:
    text = f"Read in English\n\nPeru and Ecuador seal fisheries accord\n\n{LEDE}\n"
    a = parse(text)
    assert a.source is None and a.title == "Peru and Ecuador seal fisheries accord"


@pytest.mark.parametrize(
    ("line", "place"),
    [("Port Vila, March 9", "Port Vila"), ("Hilo, 4 June", "Hilo"), ("SANTA CRUZ, Sept 3", "Santa Cruz")],
)
def test_a_place_and_a_day_alone_is_the_dateline(line: str, place: str) -> None:
    page = f"Peru and Ecuador seal fisheries accord\nPublished: 10 March 2026\n\n{line}\n\n{LEDE}\n"
    a = parse(page)
    assert a.dateline == place
    assert line not in a.text


@pytest.mark.parametrize("line", ["Jane Doe, May 13", "Monday, May 13", "Updated, May 13"])
def test_a_name_or_a_weekday_with_a_day_is_no_place(line: str) -> None:
    assert place_with_day(line) is None


def test_a_first_line_the_foot_names_again_is_the_masthead() -> None:
    page = f"Reef Radio\n{'Peru and Ecuador seal fisheries accord'}\n\n{LEDE}\n\nBoth fleets begin in May.\n\nListen to Reef Radio live\n"
    a = parse(page)
    assert a.title == "Peru and Ecuador seal fisheries accord"
    assert a.source == "Reef Radio"
    assert rule_of(page, "Reef Radio") == "masthead_outlet"


def test_a_first_line_the_foot_does_not_name_is_left_alone() -> None:
    page = f"Reef Radio\nPeru and Ecuador seal fisheries accord\n\n{LEDE}\n\nBoth fleets begin in May.\n"
    assert parse(page).source is None
    short = f"Fisheries\nAccord\n\n{LEDE}\n\nMore on Fisheries\n"
    assert rule_of(short, "Fisheries") != "masthead_outlet"
