"""A site's label row over the headline ("NAVAL AFFAIRS | WARSHIPS", "04.02.2026 | Andes") and its name
alone over such a row: chrome, never the title; its date is the story's, its outlet the source."""

from __future__ import annotations

import pytest

from store.parse.rules_label import comment_row, label_row
from tests.parse.rules_support import parse, rule_of

LEDE = (
    "Chile and Bolivia signed a water-sharing accord on Thursday that sets how much of the Silala "
    "river each side may draw for the next ten years, officials said."
)
HEAD = "Chile and Bolivia seal Silala water accord"


@pytest.mark.parametrize(
    "row",
    [
        "NAVAL AFFAIRS | WARSHIPS",
        "BOLIVIA > POLITICS",
        "Regional Desk / Andes",
        "Evening Edition | Americas",
        "AFP | Agence France-Presse",
    ],
)
def test_a_row_of_short_labels_over_the_headline_is_not_the_title(row: str) -> None:
    page = f"{row}\n{HEAD}\n\n{LEDE}\n"
    a = parse(page)
    assert a.title == HEAD
    assert rule_of(page, row) == "label_row"
    assert row not in a.text


def test_a_date_in_the_row_is_the_story_date_and_no_headline_when_the_lede_follows() -> None:
    page = f"04.02.2026 | Andes\n\n{LEDE}\n"
    a = parse(page)
    assert a.published == "2026-02-04"
    assert not a.title
    assert LEDE in a.text


def test_a_known_outlet_in_the_row_is_the_source() -> None:
    a = parse(f"Al Jazeera | Americas\n\n{HEAD}\n\n{LEDE}\n")
    assert a.title == HEAD
    assert a.source == "Al Jazeera"


def test_a_headline_closing_with_its_outlet_is_still_headline_and_source() -> None:
    a = parse(f"Silala Talks Resume | Harbour Times\n\n{LEDE}\n")
    assert a.title == "Silala Talks Resume"
    assert a.source == "Harbour Times"


@pytest.mark.parametrize(
    "line",
    [
        "Chile and Bolivia seal Silala water accord | Harbour Times",  # a headline part of sentence case
        "Water talks: what comes next | Analysis",  # a colon ends a part
        "2 ministers / 3 rivers",  # digits that are no date
        "Andes",  # no joint
        "One | Two | Three | Four | Five",  # too many parts
    ],
)
def test_lines_that_are_no_label_row(line: str) -> None:
    assert label_row(line) is None


def test_a_site_name_alone_over_a_label_row_is_the_source_not_the_title() -> None:
    page = f"Port Engineering Technology\nNews | Ports\n\n{HEAD}\n\n17 March 2026\n\n{LEDE}\n"
    a = parse(page)
    assert a.title == HEAD
    assert a.source == "Port Engineering Technology"
    assert rule_of(page, "Port Engineering Technology") == "site_over_labels"
    assert "News | Ports" not in a.text


def test_a_first_line_over_a_headline_without_a_label_row_is_left_alone() -> None:
    page = f"Port Engineering Technology\n{HEAD}\n\n{LEDE}\n"
    assert rule_of(page, "Port Engineering Technology") != "site_over_labels"


@pytest.mark.parametrize(
    ("row", "outlet", "iso"),
    [
        ("The Lagoon Courier May 9, 2026 Business, Ports Leave a comment", "The Lagoon Courier", "2026-05-09"),
        ("Mele Tupou 4 June 2026 Pacific Leave a Reply", None, "2026-06-04"),
    ],
)
def test_a_meta_row_closing_with_its_comment_link(row: str, outlet: str | None, iso: str) -> None:
    assert comment_row(row) == (outlet, iso)


def test_lines_that_are_no_comment_row() -> None:
    assert comment_row("The Lagoon Courier May 9, 2026 Business") is None  # no comment link
    assert comment_row("Business, Ports Leave a comment") is None  # no date


def test_a_comment_row_under_the_headline_dates_the_story_and_names_its_outlet() -> None:
    row = "The Lagoon Courier May 9, 2026 Business, Ports Leave a comment"
    page = f"{HEAD}\n\n{row}\n\n{LEDE}\n"
    a = parse(page)
    assert (a.title, a.published, a.source) == (HEAD, "2026-05-09", "The Lagoon Courier")
    assert "Leave a comment" not in a.text


def test_a_date_with_a_spaced_comma_after_its_weekday_is_a_stamp() -> None:
    a = parse(f"{HEAD}\n\nFriday , June 5 2026\n\n{LEDE}\n")
    assert a.published == "2026-06-05"
    assert "June 5" not in a.text


@pytest.mark.parametrize(
    "line",
    ["Give Feedback", "Read the article in the original language", "Share this news"],
)
def test_site_controls_are_no_body(line: str) -> None:
    a = parse(f"{HEAD}\n\n{LEDE}\n\n{line}\n\nBoth sides meet again in May to review the quotas.\n")
    assert line not in a.text


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed in this column are the writer's own and not those of Lagoon Media.",
        "The following links open in a new tab",
    ],
)
def test_a_disclaimer_and_a_link_notice_opening_with_the_are_no_body(line: str) -> None:
    a = parse(f"{HEAD}\n\n{LEDE}\n\n{line}\n\nBoth sides meet again in May to review the quotas.\n")
    assert line not in a.text


def test_prose_about_views_stays_body() -> None:
    line = "The views expressed are worrying, the analyst said on Friday after the vote."
    a = parse(f"{HEAD}\n\n{LEDE}\n\n{line}\n")
    assert line in a.text


def test_a_row_of_labels_spaced_apart_under_the_date_is_no_body() -> None:
    row = "Markets  Andes  Water"
    assert label_row(row) == (None, None)
    assert label_row("The talks  resumed today") is None
    a = parse(f"{HEAD}\n17 March 2026\n{row}\n\n{LEDE}\n")
    assert a.title == HEAD
    assert row not in a.text


def test_a_title_case_headline_with_its_section_right_over_the_lede_stays_the_headline() -> None:
    row = "Chile Signs Water Pact | Americas"
    assert parse(f"{row}\n\n{LEDE}\n").title == row
    assert parse(f"{row}\n{HEAD}\n\n{LEDE}\n").title == HEAD  # over a headline it is a label row


def test_a_row_of_chrome_and_a_section_under_a_live_headline() -> None:
    from store.parse.article import parse_article

    text = (
        "LIVE: Fiji and Samoa sign fisheries pact\n\nLive updates | Pacific\n\n"
        "Refresh for latest | Posted in Regional, Fiji, Samoa\n\n"
        "Fiji and Samoa signed a fisheries pact on Monday after talks in Apia, officials said.\n"
    )
    a = parse_article(text, "x.txt")
    assert a.title == "LIVE: Fiji and Samoa sign fisheries pact"
    assert a.text.split("\n\n")[0].startswith("Fiji and Samoa signed")


def test_a_flash_word_beside_a_topic_in_sentence_case_is_a_label_row() -> None:
    from store.parse.rules_label import label_row
    from tests.parse.rules_support import parse as parse_page

    assert label_row("LIVE | Peru markets") == (None, None)
    assert label_row("Peru markets | Chile votes") is None  # two topics and no flash word: not so read
    a = parse_page("LIVE | Peru markets\n\nPeru's central bank signs swap line with Chile – as it happened\n\nPeru's central bank signed a swap line with Chile on Monday, officials said.\n")
    assert a.title == "Peru's central bank signs swap line with Chile – as it happened"


def test_a_site_row_with_its_section_and_date_names_the_publisher() -> None:
    from tests.parse.rules_support import parse as parse_page

    a = parse_page("Fiji to end survey pact with Tonga\n\nREEF HERALD | NEWS | 15 December 2023\n\nFiji will not renew a survey pact with Tonga, officials said on Monday.\n")
    assert (a.source, a.published, a.byline, a.dateline) == ("Reef Herald", "2023-12-15", None, None)


def test_a_region_over_the_headline_printed_again_is_no_dateline() -> None:
    from tests.parse.rules_support import parse as parse_page

    head = "Fiji orders two patrol boats from Japan in $80 million deal"
    a = parse_page(f"{head}\n\nAsia-Pacific\n\n{head}\n\nSUVA (AFP) - Fiji agreed on Thursday to buy two patrol boats from Japan, officials said.\n")
    assert (a.title, a.dateline, a.source) == (head, "Suva", "AFP")
