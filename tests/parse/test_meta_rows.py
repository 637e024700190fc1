"""Meta rows: a short line made only of a page's meta fields (stamps with any label, a reading
time, "By X", a wire, a place) is furniture that gives the header its fields (meta_row), and
short tag bullets beside such a row are the page's tags (meta_bullet_tag)."""

from __future__ import annotations

from store.parse.meta_rows import meta_row
from tests.parse.rules_support import body, parse, rule_of

LEDE = (
    "Chile and New Zealand signed a clean-energy cooperation arrangement on Tuesday that covers "
    "green hydrogen shipping and grid research, the two trade ministries said."
)
MORE = "The arrangement runs for five years and can be extended by either side."


def _article(head: str, row: str) -> str:
    return f"{head}\n\n{row}\n\n{LEDE}\n\n{MORE}\n"


def test_an_agency_place_and_labelled_stamps_row() -> None:
    row = meta_row("Kyodo | Osaka | Updated: 21-07-2022 16:05 JST | Created: 21-07-2022 15:40 JST")
    assert row is not None
    assert (row.wire, row.place) == ("Kyodo", "Osaka")
    assert ("published", "2022-07-21") in row.dates


def test_a_row_joined_by_spaces_is_split_at_its_labels() -> None:
    row = meta_row("Write: 2022-02-14 07:10:02 Update: 2022-02-15 11:45:30")
    assert row is not None and row.dates[0] == ("published", "2022-02-14")
    row = meta_row("Posted by Written by Tomas Varga Reading Time: 6 minutes")
    assert row is not None and row.byline == "Tomas Varga"


def test_a_label_with_only_a_time_dates_the_next_field() -> None:
    row = meta_row("- Published Date: 08:05 | 9 October 2021")
    assert row is not None and row.dates == [("published", "2021-10-09")]


def test_an_update_alone_still_dates_the_story() -> None:
    row = meta_row("By IANS | Last updated: October 9, 2021, 11:02 AM IST")
    assert row is not None and row.byline == "IANS"
    assert ("date", "2021-10-09") in row.dates


def test_headlines_and_sentences_are_no_meta_rows() -> None:
    for line in (
        "Chile and New Zealand Sign Energy Arrangement",
        "By the end of 2022, both sides will open offices",
        "Talks resume on 9 October 2021 in Santiago",
        "Santiago",
        "Updated rules for 2023 exports",
    ):
        assert meta_row(line) is None, line


def test_a_row_under_the_headline_is_not_taken_as_the_title() -> None:
    a = parse(_article("Chile, New Zealand Sign Energy Pact", "Write: 2022-02-14 07:10:02 Update: 2022-02-15 11:45:30"))
    assert a.title == "Chile, New Zealand Sign Energy Pact"
    assert a.published == "2022-02-14"
    assert "Write:" not in body(a)


def test_a_reading_time_row_gives_the_byline_not_the_title() -> None:
    a = parse(_article("Chile and New Zealand Sign Energy Pact", "Posted by Written by Tomas Varga Reading Time: 6 minutes"))
    assert a.title == "Chile and New Zealand Sign Energy Pact"
    assert a.byline == "Tomas Varga"
    assert "Reading Time" not in body(a)


def test_a_wire_row_gives_source_dateline_and_date() -> None:
    a = parse(_article("Chile and New Zealand sign energy pact", "Kyodo | Osaka | Updated: 21-07-2022 16:05 JST | Created: 21-07-2022 15:40 JST"))
    assert (a.source, a.dateline, a.published) == ("Kyodo", "Osaka", "2022-07-21")
    assert "Kyodo |" not in body(a)


def test_a_row_under_a_standfirst_is_read() -> None:
    text = (
        "Chile and New Zealand sign energy pact\n\nThe two sides had agreed on the outline during a visit to Wellington\n\n"
        f"By IANS | Last updated: October 9, 2021, 11:02 AM IST\n\n{LEDE}\n\n{MORE}\n"
    )
    a = parse(text)
    assert (a.byline, a.published) == ("IANS", "2021-10-09")
    assert "Last updated" not in body(a)


def test_a_row_deep_in_the_story_is_left_alone() -> None:
    text = f"Chile and New Zealand sign energy pact\n\n{LEDE}\n\n{MORE}\n\nBy 2024 | 2025 exports double\n\n{MORE[:-1]} again.\n"
    assert "By 2024 | 2025 exports double" in body(parse(text))


def test_tag_bullets_beside_bullet_stamps_are_furniture() -> None:
    text = (
        "Chile and New Zealand sign energy pact\n\n- Business\n- Anadolu Agency\n"
        "- Published Date: 08:05 | 9 October 2021\n- Modified Date: 09:40 | 9 October 2021\n\n"
        f"{LEDE}\n\n{MORE}\n"
    )
    a = parse(text)
    assert (a.source, a.published) == ("Anadolu Agency", "2021-10-09")
    assert rule_of(text, "- Business") == "meta_bullet_tag"
    assert "Business" not in body(a) and "Modified Date" not in body(a)


def test_ordinary_bullets_stay_in_the_story() -> None:
    text = f"Chile and New Zealand sign energy pact\n\n{LEDE}\n\n- Hydrogen\n- Grid research\n- Shipping\n\n{MORE}\n"
    b = body(parse(text))
    assert "Hydrogen" in b and "Grid research" in b


def test_a_name_beside_a_stamp_is_the_byline() -> None:
    row = meta_row("Mele Tupou |04.03.2024 - Update : 05.03.2024")
    assert row is not None and row.byline == "Mele Tupou"
    assert row.dates[0] == ("date", "2024-03-04")


def test_an_outlet_beside_a_stamp_is_the_source() -> None:
    row = meta_row("Lagoon Evening Herald / 07:45 AM March 04, 2024")
    assert row is not None and row.outlet == "Lagoon Evening Herald" and row.byline is None
    a = parse(_article("Chile and New Zealand sign energy pact", "Lagoon Evening Herald / 07:45 AM March 04, 2024"))
    assert (a.source, a.published) == ("Lagoon Evening Herald", "2024-03-04")
    assert "Lagoon Evening Herald /" not in body(a)


def test_a_relative_time_between_slashes_is_a_field() -> None:
    row = meta_row("MARCH 4, 2024 / 7:45 AM / UPDATED 3 HOURS AGO")
    assert row is not None and row.dates == [("date", "2024-03-04")]


def test_a_name_or_outlet_without_a_stamp_is_no_row() -> None:
    for line in ("Mele Tupou | Lagoon Evening Herald", "Mele Tupou / Reading list", "Lagoon Evening Herald | 3 min read"):
        assert meta_row(line) is None, line


def test_a_section_name_over_a_date_row_is_no_headline() -> None:
    text = f"WORLD NEWS\n\nMARCH 4, 2024 / 7:45 AM / UPDATED 3 HOURS AGO\n\nChile and New Zealand sign energy pact\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert (a.title, a.published) == ("Chile and New Zealand sign energy pact", "2024-03-04")


def test_a_lede_after_a_dateline_is_no_row_for_a_name_in_it() -> None:
    lede = "SANTIAGO — The Andes Water Accord, signed by Chile and Peru in 2021, faces new questions."
    assert meta_row(lede) is None
    a = parse(_article("Chile reviews water accord", lede))
    assert (a.dateline, a.byline) == ("Santiago", None)
