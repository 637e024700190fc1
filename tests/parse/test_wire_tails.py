"""Wire-story tails and footers: desk slugs, crew credits, an aggregator's unedited-feed note,
illustrative-image labels and copyright footers with the circled c; never the story's prose."""

from __future__ import annotations

from store.parse import boilerplate
from store.parse.publisher import source_of
from tests.parse.rules_support import body, parse

STORY = (
    "Coastal states renew fisheries pact\n\n"
    "NUKU'ALOFA (AFP) - Tonga and Fiji renewed their fisheries pact on Monday for another ten years, "
    "the two governments said.\n\n"
    "The pact sets catch limits for tuna in the waters between the two archipelagos.\n\n"
)


def test_desk_slugs_are_furniture() -> None:
    assert boilerplate.which_boilerplate("bur-kp/dl") == "desk_slug"
    assert boilerplate.which_boilerplate("ks tm") == "desk_slug_spaced"
    assert boilerplate.which_boilerplate("KS TM") is None  # capitals: initials of another shape
    assert boilerplate.which_boilerplate("in the") == "desk_slug_spaced"
    a = parse(STORY + "rw jm\n")
    assert "rw jm" not in body(a) and "catch limits" in body(a)


def test_a_three_word_lower_case_line_stays() -> None:
    assert boilerplate.which_boilerplate("and so on") is None


def test_crew_credits_in_brackets_are_furniture() -> None:
    assert boilerplate.which_boilerplate("(Production: Mele Tupou)") == "production_credit"
    assert boilerplate.which_boilerplate("(Video by Sione Lata)") == "production_credit"
    assert boilerplate.which_boilerplate("(The production of tuna rose: 4%)") is None


def test_an_unedited_feed_note_is_furniture_naming_the_outlet() -> None:
    line = "This story has not been edited by Reef Post staff and is auto-generated from a syndicated feed."
    assert boilerplate.which_boilerplate(line) == "syndicated_feed"
    assert source_of(line) == (4, "Reef Post")  # a feed note ranks with a masthead: a dated wire outranks it
    a = parse(STORY + "(Except for the headline, this story has not been edited by Reef Post staff and is published from a syndicated feed.)\n")
    assert "syndicated" not in body(a)


def test_an_illustrative_image_label_is_furniture() -> None:
    for s in ("image for illustrative purpose", "Representational image", "For representation purposes only"):
        assert boilerplate.is_boilerplate(s), s
    assert not boilerplate.is_boilerplate("The image was used for illustrative purposes in the report, officials said.")


def test_a_circled_c_copyright_footer_names_the_outlet_as_written() -> None:
    assert source_of("Copyright ⓒ REEF POST TV. All rights reserved.") == (2, "Reef Post TV")
    assert source_of("ⓒ KBS WORLD") == (2, "KBS World")
    assert source_of("© Reef Post 2024") == (2, "Reef Post")
    a = parse(STORY + "Copyright ⓒ REEF POST. All rights reserved.\n")
    assert a.source == "Reef Post" and "Copyright" not in body(a)


def test_a_datelines_day_takes_the_copyright_footers_year() -> None:
    text = (
        "Coastal states renew fisheries pact\n\n"
        "SUVA. March 13 (Interfax) - Tonga and Fiji renewed their fisheries pact on Thursday, officials said.\n\n"
        "The pact sets catch limits for tuna.\n\n© 2025 Interfax. All rights reserved.\n"
    )
    a = parse(text)
    assert a.published == "2025-03-13" and a.source == "Interfax"


def test_a_copyright_year_alone_dates_nothing() -> None:
    assert parse(STORY + "© 2025 Reef Post\n").published is None


def test_sign_offs_and_feed_disclaimers_in_any_dress() -> None:
    assert boilerplate.which_boilerplate("--Enditem--") == "sign_off"
    assert boilerplate.which_boilerplate("== ENDS ==") == "sign_off"
    assert boilerplate.which_boilerplate("Disclaimer: This story is auto-generated from a syndicated feed.") == "syndicated_feed"
    assert source_of("Get the Reef Post newsletter") == (3, "Reef Post")


def test_an_agency_tag_alone_in_brackets_closes_the_story() -> None:
    a = parse(STORY.replace("NUKU'ALOFA (AFP) - ", "") + "(ANI)\n")
    assert a.source == "ANI" and "(ANI)" not in body(a)


def test_republication_notes_and_comment_chrome_are_furniture() -> None:
    assert boilerplate.is_boilerplate("This article was originally published on Reef Post.")
    assert boilerplate.is_boilerplate("Leave a Reply Cancel reply")
    assert boilerplate.which_boilerplate("AFP/bur-kp/dl") == "desk_slug"
    assert not boilerplate.is_boilerplate("The treaty was originally published in 1962 and revised twice.")


def test_a_note_under_an_about_the_author_label_names_the_byline() -> None:
    a = parse(STORY + "About the Author\nSione Lata is a reporter covering the Pacific.\n")
    assert a.byline == "Sione Lata" and "Sione Lata is a reporter" not in body(a)
    inside = parse(STORY + "Sione Lata is a fisheries officer in Tonga, the ministry said.\n")
    assert "Sione Lata is a fisheries officer" in body(inside)  # no label above it: prose
