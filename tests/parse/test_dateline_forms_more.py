"""Datelines in more of the forms wires print them: an agency's tag closed by a full stop
("Ulaanbaatar, January 30 (MONTSAME). The ..."), a place and a day-first date closed by a full
stop ("Tashkent, 22 December. The ..."), and a city and its state over the story beside the
date ("Doha, Qatar • 20 June 2023")."""

from __future__ import annotations

import pytest

from store.parse.datelines import find_dateline
from store.parse.meta_rows import meta_row
from tests.parse.rules_support import body, parse


@pytest.mark.parametrize(
    ("lede", "place", "wire"),
    [
        ("Ulaanbaatar, January 30 (MONTSAME). The government and the miner signed an accord on uranium.", "Ulaanbaatar", "MONTSAME"),
        ("Astana, March 3 (KAZINFORM). Kazakhstan and Oman agreed on a new air service.", "Astana", "KAZINFORM"),
        ("Tashkent, 22 December. The presidents of the two states signed a treaty of alliance.", "Tashkent", None),
        ("Baku, 5 March. Azerbaijan and Georgia agreed to build a new rail link by 2027.", "Baku", None),
    ],
)
def test_a_dateline_closed_by_a_full_stop(lede: str, place: str, wire: str | None) -> None:
    found = find_dateline(lede)
    assert found is not None and (found.place, found.wire) == (place, wire)


@pytest.mark.parametrize(
    "lede",
    [
        "Hilo, July 4. Officials from both islands signed the accord.",
        "Monday, 22 December. The talks went on past midnight.",
        "Christmas Eve, 24 December. The talks went on past midnight.",
        "SEOUL, Dec. 1 (Yonhap) -- South Korea and Japan signed a swap deal.",
    ],
)
def test_no_new_dateline_where_none_is_or_where_another_rule_reads_it(lede: str) -> None:
    found = find_dateline(lede)
    assert found is None or found.place == "Seoul"


def test_a_city_and_its_state_beside_the_date_is_the_dateline() -> None:
    row = meta_row("Doha, Qatar • 20 June 2023")
    assert row is not None and row.place == "Doha, Qatar" and row.dates == [("date", "2023-06-20")]
    a = parse("Qatar signs gas supply deal\n\nDoha, Qatar • 20 June 2023\n\nQatar signed a 27-year supply deal with China on Tuesday.\n\nThe deal is large.")
    assert (a.dateline, a.published) == ("Doha, Qatar", "2023-06-20")
    assert "Doha, Qatar •" not in body(a)


def test_a_section_and_a_place_beside_a_byline_are_no_dateline_row() -> None:
    assert meta_row("By Lisi Kalo | Shipping, Fiji | March 2, 2024") is None
