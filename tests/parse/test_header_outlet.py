"""An outlet's own lines around a story: wire datelines with the month in capitals (upper_month),
an agency's row (outlet_row), a wire's credit footer (credit_footer), the publisher's channel and
reader prompts (follow_channel_of, stay_with_outlet), a release's "About" note (about_issuer),
the outlet's related headlines (more_from_outlet), desk slugs (desk_slug), an outlet's photo
credit after a colon (outlet_colon_credit); and a place printed alone under the headline
(place_line)."""

from __future__ import annotations

import pytest

from store.parse.boilerplate import which_boilerplate
from store.parse.credits import split_credit
from store.parse.publisher import source_of
from store.parse.rules_outlet import about_name, outlet_row, wire_signoff
from store.parse.rules_top import bare_place
from tests.parse.rules_support import body, parse, rule_of

HEAD = "Lesotho and Botswana agree water transfer scheme"
LEDE = (
    "Lesotho and Botswana on Tuesday signed an agreement to build a canal carrying water from the "
    "Lesotho highlands to the south of Botswana, the two energy ministries said."
)
MORE = "The canal is to be finished within six years and will be paid for by both states."


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# --- upper_month -------------------------------------------------------------------------------


def test_a_wire_dateline_with_the_month_in_capitals() -> None:
    a = parse(page(HEAD, f"MASERU, AUGUST 14 (LENA) — {LEDE}", MORE))
    assert (a.dateline, a.source, a.published) == ("Maseru", "LENA", None)  # no year anywhere
    assert body(a).startswith("Lesotho and Botswana on Tuesday")


def test_the_year_of_a_capital_month_dateline_comes_from_a_full_date_in_the_text() -> None:
    a = parse(page(HEAD, f"GABORONE, 3 MARCH (BOPA) - {LEDE}", "Talks on the canal opened on 3 March 2026."))
    assert (a.dateline, a.source, a.published) == ("Gaborone", "BOPA", "2026-03-03")


def test_a_capital_month_dateline_takes_its_year_from_an_updated_stamp() -> None:
    a = parse(page(HEAD, "Updated: Aug 2, 2025", f"MASERU, AUGUST 1 (LENA) — {LEDE}", MORE))
    assert a.published == "2025-08-01"  # rule dateline_year_of_stamp
    b = parse(page(HEAD, "Updated: Jan 3, 2026", f"MASERU, DEC 30 (LENA) — {LEDE}", MORE))
    assert b.published == "2025-12-30"  # the latest year that puts the day before the stamp
    c = parse(page(HEAD, "Updated: Aug 2, 2025", LEDE, MORE))
    assert c.published == "2025-08-02"  # rule updated_only: the only date the page gives


# --- outlet_row --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "found"),
    [
        ("AFP | MASERU | Mar 3, 2026", ("AFP", "Maseru", "2026-03-03")),
        ("Gaborone | Reuters | 4 May 2025", ("Reuters", "Gaborone", "2025-05-04")),
        ("LENA | Maseru", ("LENA", "Maseru", None)),
        ("Xinhua | Port Louis", ("Xinhua", "Port Louis", None)),
        ("Reuters • Maseru • 3 March 2026", ("Reuters", "Maseru", "2026-03-03")),
        ("AFP - MASERU - Mar 3, 2026 - 10:42 GMT", ("AFP", "Maseru", "2026-03-03")),
        # rule wire_line: a wire's dateline alone on its line
        ("MASERU (AFP) -", ("AFP", "Maseru", None)),
        ("Gaborone, 3 March 2026 (BOPA)", ("BOPA", "Gaborone", "2026-03-03")),
    ],
)
def test_an_agency_row(row: str, found: tuple[str, str | None, str | None]) -> None:
    assert outlet_row(row) == found


@pytest.mark.parametrize(
    "row", ["Thabo Mokoena | Reuters", "World | Africa", "LENA | BOPA", "Maseru | 4 May 2025", "Talks (AFP)", "Key Points (AFP) -"]
)
def test_rows_that_are_no_agency_row(row: str) -> None:
    assert outlet_row(row) is None


def test_an_agency_row_under_the_headline_gives_source_dateline_and_date() -> None:
    a = parse(page(HEAD, "AFP | MASERU | Mar 3, 2026", LEDE, MORE))
    assert (a.source, a.dateline, a.published) == ("AFP", "Maseru", "2026-03-03")
    assert "MASERU" not in body(a) and "AFP" not in body(a)


# --- credit_footer -----------------------------------------------------------------------------


def test_a_wire_credit_footer_names_its_reporters_and_leaves_the_body() -> None:
    a = parse(page(HEAD, LEDE, MORE, "(Reporting by Palesa Ntho and Kabelo Dube in Maseru; Editing by Ruth Moyo)"))
    assert a.byline == "Palesa Ntho and Kabelo Dube" and "Palesa" not in body(a) and "Editing" not in body(a)


def test_a_byline_over_the_story_stays_beside_a_credit_footer() -> None:
    a = parse(page(HEAD, "By Palesa Ntho", LEDE, MORE, "Reporting by Palesa Ntho; Editing by Ruth Moyo"))
    assert a.byline == "Palesa Ntho"


# --- follow_channel_of, stay_with_outlet ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Follow the Highveld Courier WhatsApp channel", "Highveld Courier"),
        ("Follow the Kalahari Post Telegram channel for breaking stories.", "Kalahari Post"),
        ("Sign up for alerts in your inbox. Stay informed with the Kalahari Post's daily coverage of southern Africa.", "Kalahari Post"),
        ("Keep up with the Highveld Courier’s latest news on your phone", "Highveld Courier"),
        ("Join the Highveld Courier WhatsApp channel", "Highveld Courier"),
        # rule trust_project, rule outlet_app
        ("The Kalahari Post is part of the Trust Project.", "Kalahari Post"),
        ("Download the Highveld Courier app for breaking news", "Highveld Courier"),
        ("For more news, follow the Highveld Courier on Google News", "Highveld Courier"),
    ],
)
def test_the_outlet_naming_its_own_channel_or_coverage(line: str, name: str) -> None:
    assert source_of(line, line.lower(), footer=True) == (3, name)


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to stay informed with the Ministry's flood updates, the mayor said.",
        "Stay informed on the water levels.",
        "Join the Basotho Congress WhatsApp group, the party's spokesman told supporters.",
        "Download the Ministry of Water app to report leaks, officials said on Monday.",
        "Join our WhatsApp channel",
    ],
)
def test_prose_about_staying_informed_names_no_publisher(line: str) -> None:
    assert source_of(line, line.lower(), footer=True) is None


def test_a_prompt_in_mid_line_names_the_publisher_only_among_the_last_lines() -> None:
    prompt = "Get alerts in your inbox. Stay informed with the Kalahari Post's daily coverage."
    assert parse(page(HEAD, LEDE, MORE, prompt, "0 Comments")).source == "Kalahari Post"
    assert parse(page(HEAD, LEDE, prompt, *[MORE] * 9)).source is None


def test_a_channel_footer_gives_the_source_and_leaves_the_body() -> None:
    a = parse(page(HEAD, LEDE, MORE, "Follow the Highveld Courier WhatsApp channel"))
    assert a.source == "Highveld Courier" and "WhatsApp" not in body(a)
    assert which_boilerplate("Follow the Highveld Courier WhatsApp channel") == "follow_channel_of"


# --- about_issuer ------------------------------------------------------------------------------


def test_an_about_note_names_the_issuer_in_full() -> None:
    note = "The Southern Water Commission is a body of six states that plans shared rivers."
    assert about_name("About the SWC", note) == "Southern Water Commission"
    assert about_name("About Kalahari Pumps", "Kalahari Pumps Ltd (KPL) was founded in 1998.") == "Kalahari Pumps Ltd"
    assert about_name("About the SWC", "The canal will carry water south.") is None  # the note names no issuer
    assert about_name("About the WHO", note) is None  # the note's name does not spell it


def test_a_release_about_block_is_the_source_and_no_body() -> None:
    note = "The Southern Water Commission is a body of six states that plans shared rivers. It was set up in 1995."
    a = parse(page(HEAD, f"GABORONE — {LEDE}", MORE, "About the SWC", note, "Media contact: press office"))
    assert a.source == "Southern Water Commission"
    assert "About the SWC" not in body(a) and "six states" not in body(a) and MORE in body(a)


def test_an_about_heading_inside_a_long_story_stays() -> None:
    rest = [MORE] * 10
    a = parse(page(HEAD, LEDE, "About the SWC", "The Southern Water Commission is a body of six states.", *rest))
    assert a.source is None and "About the SWC" in body(a)


def test_about_the_bylines_author_is_her_note_not_an_issuer() -> None:
    note = "Neo Sebego is the southern Africa correspondent for Kalahari Post."
    a = parse(page(HEAD, "By Neo Sebego", LEDE, MORE, "About Neo Sebego", note))
    assert (a.byline, a.source) == ("Neo Sebego", "Kalahari Post")
    assert "About Neo Sebego" not in body(a) and "correspondent" not in body(a)


# --- more_from_outlet, desk_slug ------------------------------------------------------------


def test_an_outlets_related_headlines_leave_the_body() -> None:
    text = page(HEAD, LEDE, MORE, "MORE FROM KALAHARI POST", "Namibia and Angola eye joint port")
    a = parse(text)
    assert "Namibia" not in body(a) and "KALAHARI" not in body(a)
    assert rule_of(text, "Namibia and Angola eye joint port") == "related_headline"
    b = parse(page(HEAD, LEDE, MORE, "Most read from Highveld Courier", "Rand slips as gold falls", "Zambia opens copper talks"))
    assert "Rand" not in body(b) and "Zambia" not in body(b)


def test_headlines_listed_as_items_under_a_related_label_leave_the_body() -> None:
    a = parse(page(HEAD, LEDE, MORE, "Related:", "- Namibia and Angola eye joint port\n- Eswatini opens rail talks"))
    assert "Namibia" not in body(a) and "Eswatini" not in body(a)
    b = parse(page(HEAD, LEDE, "See also:", "- Namibia and Angola eye joint port", f"{MORE} Namibia may join later, officials said."))
    assert "Namibia and Angola eye joint port" in body(b)  # prose goes on after the items: the story's own


@pytest.mark.parametrize("label", ["More stories from Kalahari Post", "Latest from The Highveld Courier", "Top news", "Recommended for you"])
def test_labels_of_an_outlets_other_stories(label: str) -> None:
    a = parse(page(HEAD, LEDE, MORE, label, "Namibia and Angola eye joint port"))
    assert "Namibia" not in body(a)


def test_more_from_in_prose_stays() -> None:
    a = parse(page(HEAD, LEDE, "More from the ministers is expected next week.", MORE))
    assert "More from the ministers" in body(a)


@pytest.mark.parametrize("line", ["kd/pm/tr", "rb/ja"])
def test_a_desk_slug_is_furniture(line: str) -> None:
    assert which_boilerplate(line) == "desk_slug"
    assert line not in body(parse(page(HEAD, LEDE, MORE, line)))


# --- outlet_colon_credit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The ministers sign the canal accord in Gaborone. (Kalahari Post: Neo Sello)",
        "Engineers survey the route. (AFP: Kabelo Dube)",
        "The dam at Katse in the highlands. (BOPA: Neo Sello)",
        "The pumping station at Muela. (Supplied: Lesotho Highlands Authority)",
        "The pumping station at Muela. (Supplied)",
    ],
)
def test_an_outlets_photographer_after_a_colon_is_a_credit(line: str) -> None:
    found = split_credit(line)
    assert found is not None and found[0] == line[: line.index(" (")]


@pytest.mark.parametrize(
    "line",
    ["The vote passed easily. (Note: Senate Approves)", "The bill passed. (Update: Smith)", "Talks resumed. (Ministry Of Water: Dams Plan)"],
)
def test_a_bracketed_label_in_prose_is_no_credit(line: str) -> None:
    assert split_credit(line) is None


# --- place_line --------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "place"), [("Maseru", "Maseru"), ("PORT LOUIS", "Port Louis"), ("Port-Gentil", "Port-Gentil")])
def test_a_bare_place(line: str, place: str) -> None:
    assert bare_place(line) == place


@pytest.mark.parametrize("line", ["Energy", "Elections", "Politics", "Analysis", "Voice of Lesotho", "Thabo Mokoena", "Live"])
def test_a_section_name_or_a_person_is_no_bare_place(line: str) -> None:
    assert bare_place(line) is None


def test_a_place_alone_under_the_headline_is_the_dateline() -> None:
    a = parse(page(HEAD, "Maseru", "- Canal to run 300 km\n- Work starts in June", LEDE))
    assert a.dateline == "Maseru" and not body(a).startswith("Maseru")
    b = parse(page(HEAD, "Maseru", LEDE, MORE))
    assert b.dateline == "Maseru"


def test_a_place_line_over_a_lede_with_its_own_dateline_gives_way() -> None:
    a = parse(page(HEAD, "Maseru", f"GABORONE — {LEDE}", MORE))
    assert a.dateline == "Gaborone" and body(a).startswith("Lesotho and Botswana")


def test_a_place_line_inside_the_story_is_no_dateline() -> None:
    a = parse(page(HEAD, LEDE, "Maseru", MORE))
    assert a.dateline is None


# --- wire_signoff, credit lines ---------------------------------------------------------------


@pytest.mark.parametrize(("line", "wire"), [("— AFP", "AFP"), ("==Kyodo", "Kyodo"), ("Xinhua", "Xinhua"), ("-- LENA", "LENA"), ("The Associated Press", "The Associated Press")])
def test_an_agency_signing_off_the_story_is_its_wire(line: str, wire: str) -> None:
    assert wire_signoff(line) == wire
    a = parse(page(HEAD, LEDE, MORE, line, "Leave a Reply"))
    assert a.source == wire and line not in body(a)


@pytest.mark.parametrize("line", ["Map", "Lesotho", "-- ENDS", "The end"])
def test_a_word_alone_is_no_sign_off(line: str) -> None:
    assert wire_signoff(line) is None


def test_an_agency_alone_inside_the_story_stays() -> None:
    a = parse(page(HEAD, LEDE, "Reuters", MORE))
    assert a.source is None and "Reuters" in body(a)


@pytest.mark.parametrize(
    "line", ["AFP contributed to this report.", "Palesa Ntho and Kabelo Dube contributed reporting.", "Editor: Neo Sello", "Translated by: Ruth Moyo"]
)
def test_desk_credit_lines_leave_the_body(line: str) -> None:
    a = parse(page(HEAD, LEDE, MORE, line))
    assert line not in body(a) and a.byline is None


def test_a_signoff_over_the_related_list_is_the_wire() -> None:
    text = page(HEAD, LEDE, MORE, "--BNA", "Time 09:40", "Related News", "Namibia and Angola eye joint port", "Eswatini opens rail talks")
    a = parse(text)
    assert a.source == "BNA" and rule_of(text, "--BNA") == "wire_signoff"
    assert "BNA" not in body(a) and "Time" not in body(a)
