"""Header and footer shapes of fresh regional news: a two-word place before a colon opening the
lede (colon_place), also under a summary line (standfirst); an agency's tag alone opening the lede
(wire_open) or closing a paragraph (wire_close); photo credits with a photographer or a copyright
mark; a byline author's bio; an outlet's name signing off the story (outlet_signoff); comment
forms and wire credits as furniture."""

from __future__ import annotations

from store.parse.credits import split_credit
from store.parse.datelines import closing_wire, dateline_of
from tests.parse.rules_support import body, parse

LEDE = (
    "Uruguay and Paraguay signed a river transport protocol on Friday that opens the Parana "
    "waterway to barges of both flags, the two foreign ministries said."
)


def test_a_two_word_place_before_a_colon_is_a_dateline() -> None:
    assert dateline_of(f"Buenos Aires: {LEDE}") == ("Buenos Aires", 14, None)


def test_a_two_word_label_before_a_colon_is_no_dateline() -> None:
    assert dateline_of(f"Main Points: {LEDE}") is None
    assert dateline_of(f"Key Facts: {LEDE}") is None
    assert dateline_of("Buenos Aires: a short line.") is None  # no sentence of prose after it


def test_a_dateline_under_a_summary_line_is_read() -> None:
    a = parse(
        "River protocol signed\n\nThe ministers also discussed dredging and customs posts\n\n"
        f"Asuncion: {LEDE}\n\nThe protocol runs for ten years.\n"
    )
    assert a.dateline == "Asuncion"
    assert body(a).count("Uruguay and Paraguay signed") == 1


def test_after_a_first_sentence_of_prose_a_colon_place_is_not_read() -> None:
    a = parse(f"River protocol signed\n\n{LEDE}\n\nSan Lorenzo: the barges will start in May from the northern ports.\n")
    assert a.dateline is None


def test_an_agency_tag_alone_opens_the_lede() -> None:
    assert dateline_of(f"(LATAMWIRE) {LEDE}") == (None, 12, "LATAMWIRE")
    assert dateline_of(f"(Reuters) {LEDE}") == (None, 10, "Reuters")
    a = parse(f"River protocol signed\n\n(LATAMWIRE) {LEDE}\n")
    assert a.source == "LATAMWIRE" and "LATAMWIRE" not in body(a)


def test_a_bracketed_label_opening_the_lede_is_no_tag() -> None:
    assert dateline_of(f"(UPDATE) {LEDE}") is None
    assert dateline_of(f"(Video) {LEDE}") is None


def test_a_known_agency_tag_closing_a_paragraph_is_the_source() -> None:
    assert closing_wire("The barges start in May. (ANSA)") == ("The barges start in May.", "ANSA")
    assert closing_wire("Talks were led by the World Health Organization (WHO)") is None
    a = parse(f"River protocol signed\n\n{LEDE}\n\nThe barges start in May. (APA)\n")
    assert a.source == "APA" and "(APA)" not in body(a)


def test_an_outlet_picture_tag_with_a_photographer_is_a_credit() -> None:
    caption = "Ministers sign the protocol in Asuncion on Friday (May 3, 2024)."
    assert split_credit(f"{caption} (IP photo by Rosa Benitez)") == (caption, "(IP photo by Rosa Benitez)")


def test_a_copyright_mark_starts_a_credit() -> None:
    caption = "Barges wait at the port of Nueva Palmira, Uruguay"
    credit = "© PHOTO LUIS ORTEGA / HARBOUR TRUST / ANDINA / AFP"
    assert split_credit(f"{caption} {credit}") == (caption, credit)
    a = parse(f"River protocol signed\n\n{LEDE}\n\n{caption} {credit}\n")
    assert "Nueva Palmira" in body(a) and "ORTEGA" not in body(a)


def test_the_byline_authors_bio_as_researcher_is_not_body() -> None:
    a = parse(
        f"River protocol signed\nBy Marta Quiroga\n\n{LEDE}\n\n"
        "Marta Quiroga is a senior researcher at the Rio de la Plata Institute.\n"
    )
    assert a.byline == "Marta Quiroga" and "senior researcher" not in body(a)


def test_someone_elses_job_stays_in_the_body() -> None:
    a = parse(f"River protocol signed\nBy Marta Quiroga\n\n{LEDE}\n\nPedro Vaz is an analyst at the port authority.\n")
    assert "Pedro Vaz is an analyst" in body(a)


def test_an_outlet_name_closing_the_story_is_its_source() -> None:
    a = parse(f"River protocol signed\n\n{LEDE}\n\nThe barges start in May.\n\nPlata Herald\n* With EFE and AFP\n")
    assert a.source == "Plata Herald"
    assert "Plata Herald" not in body(a) and "With EFE" not in body(a)


def test_an_outlet_name_with_prose_after_it_is_body() -> None:
    a = parse(f"River protocol signed\n\n{LEDE}\n\nPlata Herald\n\nThe barges start in May, officials said.\n")
    assert a.source is None


def test_a_section_label_is_no_outlet() -> None:
    a = parse(f"River protocol signed\n\n{LEDE}\n\nWorld News\n")
    assert a.source is None


def test_comment_forms_and_full_story_prompts_are_furniture() -> None:
    a = parse(
        f"River protocol signed\n\n{LEDE}\n\nFor the full story, please visit\n\nCommentaries\n\n"
        "MAKE A COMMENT\nAll fields required\nNOT TO BE PUBLISHED\n"
    )
    text = body(a)
    for junk in ("full story", "Commentaries", "MAKE A COMMENT", "fields required", "PUBLISHED"):
        assert junk not in text, junk


def test_a_bracketed_caption_keeps_its_persons_and_drops_its_credit() -> None:
    line = "(Photos, of Chilean trade minister Ana Rojas and of Peru's envoy Luis Paz: Andes Photo Service)"
    assert split_credit(line) == ("Chilean trade minister Ana Rojas and of Peru's envoy Luis Paz", "Andes Photo Service")
    assert split_credit("(Photo: Reuters)") == ("", "(Photo: Reuters)")


def test_a_date_and_labels_joined_by_bars_over_the_headline_is_a_stamp() -> None:
    a = parse(
        "Office of the President of Palau\n\n04/22/2024 | Press release | Distributed by Wirehub on 04/21/2024 20:02\n\n"
        f"Joint statement - Koror\n\n{LEDE}\n"
    )
    assert a.title == "Joint statement - Koror"
    assert a.published == "2024-04-22"
    assert "Wirehub" not in body(a)


def test_a_headline_with_a_bar_stays_the_headline() -> None:
    a = parse(f"Ports deal signed | Plata Herald\n\n{LEDE}\n")
    assert a.title is not None and a.title.startswith("Ports deal signed")


def test_an_outlet_name_over_a_date_under_the_headline_is_the_source() -> None:
    a = parse(f"River protocol signed\n\nPlata4 News\n3 May 2024\n\n{LEDE}\n")
    assert a.source == "Plata4 News" and a.published == "2024-05-03"
    assert "Plata4" not in body(a)


def test_a_browser_warning_over_the_headline_is_chrome() -> None:
    a = parse(f"Your web browser is no longer supported. Update it here\n\nRiver protocol signed\n\n{LEDE}\n")
    assert a.title == "River protocol signed"


def test_a_capitals_place_with_outlet_wire_and_date_in_one_bracket() -> None:
    assert dateline_of(f"ASUNCION (Plata News / Andina - 3rd May, 2024) {LEDE}") == ("Asuncion", 47, "Plata News")
    assert dateline_of(f"Asuncion (Plata News - talks) {LEDE}") is None


def test_a_date_time_and_desk_credit_under_a_standfirst_is_a_stamp() -> None:
    a = parse(f"River protocol signed\nBarges to cross the border from May\n3 May 2024 - 16:00 Agency Staff\n{LEDE}\n")
    assert a.published == "2024-05-03" and "Agency Staff" not in body(a)


def test_a_language_switch_is_chrome() -> None:
    a = parse(f"Plata Herald, en Español\n\nRiver protocol signed\n\n{LEDE}\n")
    assert a.title == "River protocol signed"
    assert "Español" not in body(a)


def test_about_the_author_at_the_end_gives_the_byline() -> None:
    a = parse(f"River protocol signed\n\n{LEDE}\n\nAbout the author: Rosa Benitez writes about rivers for Plata Herald.\n")
    assert a.byline == "Rosa Benitez" and "About the author" not in body(a)
    b = parse(f"River protocol signed\nBy Ana Lima\n\n{LEDE}\n\nAbout the author: Rosa Benitez writes about rivers.\n")
    assert b.byline == "Ana Lima"
