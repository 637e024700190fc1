"""Bylines: the author's name under a headline, beside a date, an outlet or a place, and what is not one."""

from __future__ import annotations

import pytest

from store.parse.article import parse_article
from store.parse.header import byline_of
from tests.parse.parse_support import LEDE, body


@pytest.mark.parametrize(
    "line",
    [
        "Posted on March 3, 2025 by Jane Doe",
        "By Jane Doe on March 3, 2025",
        "By Jane Doe | Reuters | March 3, 2025 10:42 AM",
        "Jane Doe - March 3, 2025",
    ],
)
def test_byline_and_date_on_one_header_line(line: str) -> None:
    a = parse_article(f"Pact signed in Rome\n{line}\nROME — Leaders met on Monday. They agreed.", "x.txt")
    assert (a.byline, a.published, a.dateline) == ("Jane Doe", "2025-03-03", "Rome")
    assert body(a) == "Leaders met on Monday. They agreed."


def test_name_beside_an_outlet_is_a_byline() -> None:
    a = parse_article("Pact signed in Rome\nJane Doe | Reuters\nROME — Leaders met on Monday.", "x.txt")
    assert (a.byline, body(a)) == ("Jane Doe", "Leaders met on Monday.")


def test_a_heading_beside_a_date_is_not_a_byline() -> None:
    a = parse_article("Pact signed\nItaly and France agree - March 3, 2025\nLeaders met.", "x.txt")
    assert a.byline is None and body(a).startswith("Italy and France agree")


def test_scraper_metadata_fields() -> None:
    a = parse_article(
        "Title: Chile and Peru sign lithium accord\nURL: https://example.com/a\nDate: 2025-01-15\n"
        "Author: Ana Ruiz\n\nChile and Peru signed an accord on lithium mining on Wednesday.\n",
        "x.txt",
    )
    assert (a.title, a.byline, a.published) == ("Chile and Peru sign lithium accord", "Ana Ruiz", "2025-01-15")
    assert body(a) == "Chile and Peru signed an accord on lithium mining on Wednesday."


@pytest.mark.parametrize(
    "line,name",
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By JANE DOE, Associated Press", "Jane Doe"),
        ("By HANNA ARHIROVA Associated Press", "Hanna Arhirova"),
        ("Written by: Sam Lee", "Sam Lee"),
        ("by", None),
        ("By Tuesday, the talks had stalled and nobody knew why.", None),
        ("By bolstering each other’s capabilities, Japan and Australia", None),
    ],
)
def test_byline_of(line: str, name: str | None) -> None:
    assert byline_of(line) == name


def test_bare_name_under_headline_before_a_date_is_the_byline() -> None:
    a = parse_article("Pact signed\n\nIngrid Larsen\n7 March 2024\n\nBRUSSELS — Sweden joined on Thursday.\n", "x.txt")
    assert (a.byline, a.published, a.dateline) == ("Ingrid Larsen", "2024-03-07", "Brussels")
    assert body(a) == "Sweden joined on Thursday."


def test_bare_name_before_a_dateline_and_as_first_line_before_prose() -> None:
    lede = "Sweden formally joined the alliance on Thursday, ending two centuries of military non-alignment."
    a = parse_article(f"Pact signed\n\nMin-ji Park\n\nSEOUL — {lede}\n", "x.txt")
    assert (a.byline, a.dateline, body(a)) == ("Min-ji Park", "Seoul", lede)
    a = parse_article(f"Pact signed\n\nLucía Fernández\n\n{lede}\n", "x.txt")
    assert (a.byline, body(a)) == ("Lucía Fernández", lede)


@pytest.mark.parametrize("label", ["Key Points", "World News", "South Korea", "Rising Tensions", "Asia Pacific"])
def test_a_label_under_the_headline_is_not_a_byline(label: str) -> None:
    lede = "Sweden formally joined the alliance on Thursday, ending two centuries of military non-alignment."
    a = parse_article(f"Pact signed\n\n{label}\n\n{lede}\n", "x.txt")
    assert a.byline is None
    assert body(a).endswith(lede)


def test_byline_beside_a_place_and_names_in_any_script() -> None:
    a = parse_article("Pact signed\n\nDecember 6, 2024\n\nBy Lucía Fernández | Montevideo\n\nThe deal was done.\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Lucía Fernández", "2024-12-06", "The deal was done.")
    assert byline_of("By SØREN ØDEGÅRD, Reuters") == "Søren Ødegård"
    assert byline_of("By jane doe") is None


def test_author_bio_is_dropped_only_for_the_articles_author() -> None:
    page = "Pact signed\n\nBy Jane Doe\n\nThe deal was done.\n\n{}\n"
    a = parse_article(page.format("Jane Doe is a reporter at The Baltic Ledger."), "x.txt")
    assert body(a) == "The deal was done."
    a = parse_article(page.format("John Roe is a reporter at The Baltic Ledger who was detained."), "x.txt")
    assert body(a).endswith("John Roe is a reporter at The Baltic Ledger who was detained.")


@pytest.mark.parametrize(
    "line", ["Jane Doe, Staff Reporter", "Jane Doe | The Baltic Ledger", "Posted by Jane Doe", "Words: Jane Doe"]
)
def test_name_with_a_role_or_outlet_under_the_headline_is_the_byline(line: str) -> None:
    a = parse_article(f"Pact signed\n\n{line}\n7 March 2024\n\nThe deal was done.\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Jane Doe", "2024-03-07", "The deal was done.")


def test_bare_name_needs_a_date_not_just_furniture_below_it() -> None:
    a = parse_article("Pact signed\n\nJane Doe\nCorrespondent\nMarch 7, 2024 · 4 min read\n\nThe deal was done.\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Jane Doe", "2024-03-07", "The deal was done.")
    a = parse_article("Pact signed\n\nRising Tensions\nAdvertisement\n\nThe deal was done.\n", "x.txt")
    assert a.byline is None and "Rising Tensions" in body(a)


def test_bare_name_below_the_date_before_prose_is_the_byline() -> None:
    lede = "Sweden formally joined the alliance on Thursday, ending two centuries of military non-alignment."
    a = parse_article(f"Pact signed\n\n7 March 2024\nIngrid Larsen\n\n{lede}\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Ingrid Larsen", "2024-03-07", lede)
    a = parse_article(f"Pact signed\n\n{lede}\n\nIngrid Larsen\n\n{lede}\n", "x.txt")
    assert a.byline is None  # a name between paragraphs with no date is not a byline


def test_a_name_beside_a_date_stays_the_byline() -> None:
    a = parse_article(f"EU and Azerbaijan sign gas deal\n\nJane Doe | March 5, 2024\n\n{LEDE}", "x.txt")
    assert (a.byline, a.published, a.dateline, body(a)) == ("Jane Doe", "2024-03-05", None, LEDE)


def test_a_desk_byline_names_no_one() -> None:
    assert byline_of("By Staff Writer") is None
    assert byline_of("By News Desk") is None
    assert byline_of("By Mele Tupou") == "Mele Tupou"


@pytest.mark.parametrize(
    "line,name",
    [
        ("By Pacific affairs reporter Mele Tupou", "Mele Tupou"),
        ("By political editor Ana Ruiz", "Ana Ruiz"),
        ("By chief correspondent Kofi Boateng in Accra", "Kofi Boateng"),
        ("By Staff Reporter", None),
        ("By the senior editor", None),
        ("By WORLD WIRES", None),
    ],
)
def test_a_reporters_post_before_the_name(line: str, name: str | None) -> None:
    assert byline_of(line) == name


def test_a_post_byline_under_the_headline_is_no_body() -> None:
    a = parse_article("Pact signed in Rome\n\nBy foreign affairs correspondent Ana Ruiz\n\nLeaders met in Rome on Monday. They agreed.\n", "x.txt")
    assert (a.byline, body(a)) == ("Ana Ruiz", "Leaders met in Rome on Monday. They agreed.")


def test_an_author_label_closing_the_story_is_the_byline() -> None:
    text = "Pact signed in Rome\n\nLeaders met in Rome on Monday. They agreed.\n\nThe pact runs for five years.\n\nAuthor: Ana Ruiz\n\nTags: Italy, pact\n"
    a = parse_article(text, "x.txt")
    assert a.byline == "Ana Ruiz" and "Author" not in body(a)
    b = parse_article("Pact signed in Rome\n\nLeaders met in Rome on Monday.\n\nAuthorities said the pact runs for five years.\n", "x.txt")
    assert b.byline is None and "Authorities said" in body(b)


def test_a_desk_credit_under_a_caption_is_no_body_and_no_byline() -> None:
    text = (
        "Pact signed in Rome\n\nA ferry leaves Civitavecchia at dawn. Ferries carry most of the trade.\n\n"
        "Text by: NEWS WIRES\n\nLeaders met in Rome on Monday. They agreed.\n"
    )
    a = parse_article(text, "x.txt")
    assert a.byline is None and "WIRES" not in body(a) and "Leaders met in Rome on Monday. They agreed." in body(a)
