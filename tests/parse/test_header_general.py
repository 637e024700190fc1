"""Header shapes of wire copy and blogs seen on fresh news: an agency's tag closing a dateline with
no dash (wire_run_in), a city and its country beside a stamp (city_region_stamp), and a blog's
"Posted on ... by ..." line over its headline (posted_by_above)."""

from __future__ import annotations

from store.parse.datelines import dateline_of
from store.parse.header_lines import place_and_stamp
from tests.parse.rules_support import body, parse

LEDE = (
    "Bangladesh and Nepal signed a power trade agreement on Thursday that lets Nepal sell 40 megawatts "
    "of hydropower across Indian territory, officials in both capitals said."
)


def test_a_known_wire_tag_closes_a_dateline_without_a_dash() -> None:
    assert dateline_of("Kolkata, March 3 (PTI) The West Bengal government said ...") == ("Kolkata", 23, "PTI")
    assert dateline_of("Lucknow (IANS) Officials said on Friday ...") == ("Lucknow", 15, "IANS")


def test_a_tag_that_is_no_wire_or_a_title_is_no_dateline() -> None:
    assert dateline_of("Prime Minister (PTI) said the accord ...") is None
    assert dateline_of("The Indian Ocean Commission (IOC) said on Monday ...") is None
    assert dateline_of("Dhaka (Dhaka Tribune) Officials said ...") is None


def test_the_wire_run_in_dateline_leaves_the_body_with_its_first_sentence() -> None:
    a = parse(f"Bangladesh, Nepal sign power deal\n\nDhaka, Oct 3 (UNB) {LEDE}\n\nThe line runs through India.\n")
    assert a.dateline == "Dhaka" and a.source == "UNB"
    assert body(a).startswith("Bangladesh and Nepal signed a power trade agreement")


def test_a_city_and_its_country_beside_a_stamp_is_the_dateline() -> None:
    assert place_and_stamp("Kampala, Uganda | Updated: 9 May 2025") == ("Kampala, Uganda", "updated", "2025-05-09")
    assert place_and_stamp("Gaza City, Palestine | Published: 3 April 2025") == ("Gaza City, Palestine", "published", "2025-04-03")


def test_a_reporter_and_an_agency_beside_a_stamp_is_no_place() -> None:
    assert place_and_stamp("Jane Doe, Reuters | Updated: 9 May 2025") is None
    assert place_and_stamp("Kampala, The Monitor | Updated: 9 May 2025") is None


def test_a_posted_on_by_line_over_the_headline_gives_the_author_and_date() -> None:
    a = parse(f"Posted on 4 February 2025 by Amina Yusuf\n\nBangladesh, Nepal sign power deal\n\n{LEDE}\n")
    assert a.title == "Bangladesh, Nepal sign power deal"
    assert a.byline == "Amina Yusuf" and a.published == "2025-02-04"
    assert "Posted on" not in body(a)


def test_agency_inputs_and_an_author_box_are_no_body() -> None:
    text = (
        f"Bangladesh, Nepal sign power deal\n\n{LEDE}\n\nThe line runs through India.\n\n"
        "With IANS inputs\n\nAbout the author: Rina Das covers energy in South Asia for the site.\n"
    )
    a = parse(text)
    assert "inputs" not in body(a) and "About the author" not in body(a)
    assert body(a).endswith("The line runs through India.")


def test_prose_with_inputs_stays_body() -> None:
    a = parse(f"Bangladesh, Nepal sign power deal\n\n{LEDE}\n\nWith inputs from farmers the ministry revised the tariff plan twice.\n")
    assert "revised the tariff plan" in body(a)


def test_a_date_alone_on_the_last_line_dates_the_story() -> None:
    a = parse(f"Bangladesh, Nepal sign power deal\n\n{LEDE}\n\nThe line runs through India.\n\nOct. 3, 2024\n")
    assert a.published == "2024-10-03" and "2024" not in body(a)


def test_a_date_on_top_wins_over_one_at_the_end() -> None:
    a = parse(f"Bangladesh, Nepal sign power deal\n\n3 October 2024\n\n{LEDE}\n\nThe line runs through India.\n\nOct. 9, 2024\n")
    assert a.published == "2024-10-03"


def test_an_issuing_ministry_over_a_title_case_headline_is_no_headline() -> None:
    text = (
        "Ministry of Foreign Affairs of the Republic of Chile\n\n"
        "Chile and New Zealand Sign Digital Economy Partnership Protocol\n\n"
        f"Santiago, 4 March 2025\n\n{LEDE}\n"
    )
    a = parse(text)
    assert a.title == "Chile and New Zealand Sign Digital Economy Partnership Protocol"
    assert a.dateline == "Santiago" and a.published == "2025-03-04"


def test_a_long_title_case_line_that_is_no_body_name_stays_the_headline() -> None:
    text = f"Leaders Of Small States Agree Common Plan On Ocean Fisheries At Summit\n\nAnother Line Here In Title Case Too\n\n{LEDE}\n"
    a = parse(text)
    assert a.title == "Leaders Of Small States Agree Common Plan On Ocean Fisheries At Summit"


def test_a_follow_prompt_naming_an_outlet_gives_the_source() -> None:
    a = parse(f"Bangladesh, Nepal sign power deal\n\n{LEDE}\n\nThe line runs through India.\n\nFollow The Daily Star on WhatsApp\n")
    assert a.source == "The Daily Star" and "Follow" not in body(a)


def test_a_follow_prompt_naming_no_outlet_gives_none() -> None:
    a = parse(f"Bangladesh, Nepal sign power deal\n\n{LEDE}\n\nThe line runs through India.\n\nFollow the latest news on WhatsApp\n")
    assert a.source is None
