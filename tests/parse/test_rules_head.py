"""The rules above the story, each on articles of its own (wire copy, releases, blogs, regional
outlets): headline or lede, stamps, bylines beside dates, agency and release lines, labels."""

from __future__ import annotations

import pytest

from store.parse.header_lines import header_line, is_lede, place_and_date, place_and_stamp
from tests.parse.rules_support import body, parse, rule_of, rules_of

LEDE = (
    "Chile and Bolivia signed a water-sharing accord on Sunday that ends a dispute over the Silala "
    "springs which had been fought before the International Court of Justice for six years."
)


# --- Headline / is_lede ----------------------------------------------------------------------


def test_a_headline_is_the_first_line_that_is_not_furniture() -> None:
    a = parse(f"Share on WhatsApp\n\nChile and Bolivia seal Silala water accord\n\n{LEDE}\n")
    assert a.title == "Chile and Bolivia seal Silala water accord"
    assert a.label == a.title
    assert rule_of(f"Chile and Bolivia seal Silala water accord\n\n{LEDE}", "Chile and Bolivia seal Silala water accord") == "headline"


def test_a_long_sentence_on_top_is_the_lede_not_a_headline() -> None:
    a = parse(f"2024-02-11\n{LEDE}\n\nThe court had ruled in 2022.\n")
    assert a.title == "" and a.published == "2024-02-11"
    assert body(a).startswith("Chile and Bolivia signed a water-sharing accord")  # the lede stays body
    assert a.label == "Chile and Bolivia signed a water-sharing accord on Sunday that ends a …"
    assert "no headline" in a.warnings
    assert [p.kind for p in a.paragraphs] == ["text", "text"]  # no headline paragraph


def test_two_sentences_on_top_are_the_lede() -> None:
    a = parse("Fiji and Samoa agreed on a patrol plan. It starts in May.\n\nMore follows.\n")
    assert a.title == "" and body(a).startswith("Fiji and Samoa agreed")


def test_a_headline_ending_in_a_full_stop_is_still_a_headline() -> None:
    head = "Ghana and Togo sign a maritime border pact after decades of talks, ministers say."
    a = parse(f"{head}\n\nThe pact was signed in Lomé.\n")
    assert a.title == head


@pytest.mark.parametrize(
    ("line", "lede"),
    [
        (LEDE, True),
        ("Peru and Ecuador settle border fishing row", False),
        ("Talks end. Deal done.", False),
        ("Fiji and Samoa agreed on a joint patrol plan. It starts in May.", True),
        ("Why the Mekong dams matter to Cambodia?", False),
    ],
)
def test_is_lede(line: str, lede: bool) -> None:
    assert is_lede(line) is lede


def test_a_dateline_on_top_opens_the_story_not_a_headline() -> None:
    a = parse("LIMA —Peru and Ecuador signed a fisheries accord on Monday after years of disputes over catches.\n")
    assert (a.title, a.dateline) == ("", "Lima")
    assert body(a).startswith("Peru and Ecuador signed")


# --- SectionLabelAboveStory / SectionLabelUnderHeadline -------------------------------------------


def test_a_word_or_two_over_a_story_without_headline_is_a_label() -> None:
    text = "2023-05-02\nStory text\n\nNAIROBI — Kenya and Uganda agreed on Tuesday to share data on cross-border cattle raids.\n"
    assert rules_of(text)[1] == ("section_label", "furniture")
    a = parse(text)
    assert (a.title, a.dateline) == ("", "Nairobi")


def test_a_section_label_under_the_headline_is_furniture() -> None:
    text = f"Chile and Bolivia seal Silala water accord\n\nRegion Americas\n\n{LEDE}\n"
    assert rule_of(text, "Region Americas") == "section_label"
    assert "Region Americas" not in body(parse(text))


def test_a_label_over_bullets_stays_a_heading() -> None:
    text = "Chile and Bolivia seal Silala water accord\n\nIn Brief\n- Water shared.\n- Court case ends.\n"
    assert ("heading", "In Brief") in [(p.kind, parse(text).paragraph_text(i)) for i, p in enumerate(parse(text).paragraphs)]


# --- TopStamp / TopByline / TopFurniture ----------------------------------------------------------


def test_stamps_and_bylines_above_the_headline() -> None:
    text = "Published 4 March 2025\nBy Amina Yusuf\nSkip to content\nNiger and Chad reopen border\n\nThe border reopened.\n"
    assert rules_of(text)[:4] == [("stamp", "stamp"), ("byline", "byline"), ("furniture", "furniture"), ("headline", "headline")]
    a = parse(text)
    assert (a.title, a.byline, a.published) == ("Niger and Chad reopen border", "Amina Yusuf", "2025-03-04")


# --- HeaderLine: a name beside a stamp ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline", "published"),
    [
        ("Omar Haddad Published January 12, 2025 | 10:05 AM", "Omar Haddad", "2025-01-12"),
        ("Leila Nasser , Sunday 5 Oct 2025", "Leila Nasser", "2025-10-05"),
        ("Tomás Rivera, 14 February 2024", "Tomás Rivera", "2024-02-14"),
    ],
)
def test_a_name_beside_a_stamp_is_the_byline(line: str, byline: str, published: str) -> None:
    a = parse(f"Oman and Iran sign shipping accord\n\n{line}\n\n{LEDE}\n")
    assert (a.byline, a.published) == (byline, published)
    assert line.split(" ")[0] not in body(a)


def test_header_line_collects_its_dates() -> None:
    found: list[tuple[str, str]] = []
    assert header_line("Omar Haddad Published January 12, 2025 | 10:05 AM", found) == "Omar Haddad"
    assert found == [("published", "2025-01-12")]


def test_a_many_word_place_beside_a_date_is_not_a_byline() -> None:
    assert place_and_date("Port Moresby, 4 April 2023") == (None, "2023-04-04")
    assert place_and_date("Omar Haddad, 4 April 2023") is None  # left to the byline rules
    assert place_and_date("APIA, 4 April 2023") == ("Apia", "2023-04-04")


# --- StampLabel -------------------------------------------------------------------------------


def test_a_stamp_label_alone_dates_the_next_line() -> None:
    text = f"Oman and Iran sign shipping accord\n\n03/14/2024\nUpdated:\n03/15/2024\n\n{LEDE}\n"
    assert rule_of(text, "Updated:") == "stamp_label"
    a = parse(text)
    assert a.published == "2024-03-14"  # the update is not the publication
    assert "Updated" not in body(a)
    b = parse(f"Oman and Iran sign shipping accord\n\nUpdated:\n03/15/2024\n\n{LEDE}\n")
    assert b.published == "2024-03-15"  # the only date the page gives


# --- AgencyLine / ReleaseLine -----------------------------------------------------------------


def test_an_agency_alone_under_the_headline_is_the_byline() -> None:
    text = f"Qatar to supply gas to Poland\n\nThe Associated Press\n02/10/2023\n\n{LEDE}\n"
    assert rule_of(text, "The Associated Press") == "agency_line"
    a = parse(text)
    assert (a.byline, a.published, a.source) == ("The Associated Press", "2023-02-10", None)


def test_a_press_release_line_names_who_issued_it() -> None:
    text = "Samoa And Tonga Sign Fisheries Pact\n\nTuesday, 3 October 2023, 9:15 am\nMedia Release: Government of Samoa\n\n" + LEDE
    assert rule_of(text, "Media Release: Government of Samoa") == "release_line"
    a = parse(text)
    assert (a.byline, a.published) == ("Government of Samoa", "2023-10-03")
    assert "Media Release" not in body(a)


# --- Caption under the headline -------------------------------------------------------------------


def test_a_caption_under_the_headline_keeps_its_text_not_its_credit() -> None:
    text = (
        "Kenya and Uganda sign cattle raid pact\n\n"
        "President Samia Hassan greets delegates in Arusha. (Juma Said/TNA Photo)\n"
        "President Samia Hassan greets delegates in Arusha. (Juma Said/TNA Photo)\n\n" + LEDE
    )
    assert rules_of(text)[1:3] == [("caption", "caption"), ("repeated_caption", "credit")]
    a = parse(text)
    assert (a.paragraphs[0].kind, a.paragraph_text(0)) == ("caption", "President Samia Hassan greets delegates in Arusha.")
    assert "Juma Said" not in a.text


@pytest.mark.parametrize("line", ["Gaza City, 4 April 2023", "Washington DC, 4 April 2023", "Kota Kinabalu, 4 April 2023"])
def test_places_beside_a_date_are_not_bylines(line: str) -> None:
    a = parse(f"Oman and Iran sign shipping accord\n\n{line}\n\n{LEDE}\n")
    assert (a.byline, a.published) == (None, "2023-04-04")


def test_a_short_headline_of_two_sentences_stays_a_headline() -> None:
    assert parse(f"Biden and Xi meet. What next?\n\n{LEDE}\n").title == "Biden and Xi meet. What next?"


@pytest.mark.parametrize(("line", "byline"), [("AFP", "AFP"), ("Reuters", "Reuters"), ("Map", None), ("App", None)])
def test_an_agency_line_is_a_wire_by_name_or_by_tag_in_capitals(line: str, byline: str | None) -> None:
    assert parse(f"Qatar to supply gas to Poland\n\n{line}\n02/10/2023\n\n{LEDE}\n").byline == byline


# --- Kicker -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kicker", ["WORLD", "Pacific", "Ministry of External Affairs", "Asia & Pacific"])
def test_a_kicker_over_the_headline_is_furniture(kicker: str) -> None:
    head = "Vanuatu signs security deal with Australia"
    a = parse(f"{kicker}\n{head}\n12:04 pm on 13 December 2022\n\n{LEDE}\n")
    assert (a.title, a.published) == (head, "2022-12-13")
    assert kicker not in body(a)


@pytest.mark.parametrize(
    "top",
    [
        "Japan, Australia sign pact\nThe deal deepens security ties amid tensions in the region",  # lower case: a headline
        "Pact signed\nIngrid Larsen\n7 March 2024",  # a name under it: no headline
        "Fiji Pact Signed\nSUVA — Fiji and Samoa signed a pact on Monday after long talks.",  # a dateline under it
    ],
)
def test_a_short_headline_is_not_a_kicker(top: str) -> None:
    a = parse(f"{top}\n\n{LEDE}\n")
    assert a.title == top.split("\n")[0]


def test_an_outlet_name_over_the_date_is_furniture() -> None:
    a = parse(f"Saudi Arabia, Iraq sign power grid deal\nThe Gulf Times\nJanuary 09, 2024 20:15\n{LEDE}\n")
    assert (a.byline, a.published) == (None, "2024-01-09")
    assert "Gulf Times" not in body(a)


def test_capitals_in_a_mixed_case_byline_stay() -> None:
    a = parse(f"India, Maldives sign swap deal\nPosted On: 07 OCT 2024 5:30PM by PIB Delhi\n{LEDE}\n")
    assert (a.byline, a.published) == ("PIB Delhi", "2024-10-07")
    assert parse(f"India, Maldives sign swap deal\nBy ANA RUIZ and JOSÉ PÉREZ\n{LEDE}\n").byline == "Ana Ruiz and José Pérez"


def test_section_tags_beside_the_date_on_a_header_line() -> None:
    a = parse(f"Oman and Iran sign shipping accord\nOMAN NEWS - Jan 11, 2023 - 22:35 | All, World, Gulf\n{LEDE}\n")
    assert (a.byline, a.published) == ("Oman News", "2023-01-11")
    assert "Gulf" not in body(a)


def test_a_place_beside_a_labelled_stamp() -> None:
    assert place_and_stamp("Nairobi | Updated on: June 4, 2024 10:15 EAT") == ("Nairobi", "updated", "2024-06-04")
    assert place_and_stamp("NEW DELHI | Published: 2 May 2024") == ("New Delhi", "published", "2024-05-02")
    assert place_and_stamp("Amina Yusuf | Updated on: June 4, 2024") is None  # a reporter
    assert place_and_stamp("Nairobi | June 4, 2024") is None  # a bare date: place_and_date's


def test_a_place_and_stamp_line_is_the_dateline_not_body() -> None:
    text = (
        "Kenya and Uganda sign rail pact\n\nNairobi | Updated on: June 4, 2024 10:15 EAT\n\n"
        "Kenya and Uganda signed a rail pact on Tuesday, officials said in a joint statement.\n"
    )
    a = parse(text)
    assert (a.dateline, a.published) == ("Nairobi", "2024-06-04")
    assert "Updated" not in a.text
