"""The publisher named by the page's own furniture: a known outlet's name closing the story, a
government release's "From:" line, a newsletter prompt naming the outlet, a publication's note
on who makes it, and a dateline's wire tag over the same wire's footer written out."""

from __future__ import annotations

from store.parse import boilerplate
from store.parse.assemble import same_agency
from store.parse.publisher import outlet_line, outlet_name, source_of
from tests.parse.rules_support import body, parse

STORY = (
    "Baltic states agree on joint grid reserve\n\n"
    "Estonia, Latvia and Lithuania agreed on Friday to share a power reserve after leaving the "
    "Russian grid, their energy ministers said.\n\n"
    "The reserve will hold 500 megawatts and be run from Riga.\n\n"
)


def test_a_known_outlet_closing_the_story_is_the_source() -> None:
    assert outlet_name("Al Jazeera") == "Al Jazeera"
    assert outlet_name("Middle East Monitor") == "Middle East Monitor"  # two region words, then an outlet's
    assert outlet_name("Africa News") is None  # a section's name
    a = parse(STORY + "Daily Sabah\n")
    assert a.source == "Daily Sabah" and "Daily Sabah" not in body(a)


def test_a_name_closing_the_story_that_no_list_knows_stays() -> None:
    a = parse(STORY + "Riga Energy Council\n")
    assert a.source is None


def test_a_release_from_an_office() -> None:
    assert source_of("From: Ministry of Economic Affairs and Communications") == (1, "Ministry of Economic Affairs and Communications")
    assert source_of("From: Prime Minister's Office, 10 Downing Street") == (1, "Prime Minister's Office, 10 Downing Street")
    assert source_of("From: Foreign, Commonwealth & Development Office") == (1, "Foreign, Commonwealth & Development Office")
    assert source_of("From: Ministry of Defence, Defence Equipment and Support") == (1, "Ministry of Defence")
    assert source_of("From: Jane Doe") is None  # a letter's sender
    a = parse("Baltic states agree on joint grid reserve\n\nFrom: Ministry of Climate\n\n" + STORY.split("\n\n", 1)[1])
    assert a.source == "Ministry of Climate" and "From:" not in body(a)


def test_a_newsletter_prompt_naming_the_outlet() -> None:
    assert source_of("Sign up to the Baltic Times newsletter") == (3, "Baltic Times")
    assert source_of("Sign up to the Baltic Times Morning Brief newsletter") == (3, "Baltic Times")
    assert source_of("Subscribe to the Ledger's weekly newsletter") == (3, "Ledger")
    assert source_of("Sign up to the Morning Brief newsletter") is None
    assert source_of("Sign up for our newsletter") is None
    assert parse(STORY + "Sign up to the Baltic Times newsletter\n").source == "Baltic Times"


def test_a_publications_note_on_who_makes_it() -> None:
    note = "Grid Briefing is written and produced by Nord Analytics. The firm advises investors."
    assert source_of(note, None, True) == (3, "Grid Briefing")
    assert source_of(note, None, False) is None  # only among the page's last lines
    a = parse(STORY + "About Us\n\n" + note + "\n\nPlease contact desk@nord.example for assistance.\n")
    assert a.source == "Grid Briefing" and "Nord Analytics" not in body(a) and "desk@" not in body(a)
    assert boilerplate.which_boilerplate("Please contact desk@nord.example for assistance.") == "contact_email"


def test_the_dateline_tag_over_the_same_wires_footer() -> None:
    assert same_agency("The Associated Press", "AP") and same_agency("Agence France-Presse", "AFP")
    assert not same_agency("Baltic Times", "AFP")
    text = "Baltic states agree on joint grid reserve\n\nRIGA (AFP) — " + STORY.split("\n\n", 1)[1] + "© Agence France-Presse\n"
    assert parse(text).source == "AFP"
    other = "Baltic states agree on joint grid reserve\n\nRIGA (AFP) — " + STORY.split("\n\n", 1)[1] + "© 2024 Baltic Times\n"
    assert parse(other).source == "Baltic Times"  # a paper running the wire's copy names itself


def test_published_by_an_office_among_the_last_lines() -> None:
    assert source_of("Published by the Ministry of Climate", None, True) == (3, "Ministry of Climate")
    assert source_of("Published by the Ministry of Climate", None, False) is None
    assert source_of("Issued by the central bank, the bonds mature in 2030.", None, True) is None
    a = parse(STORY + "Published by the Ministry of Climate\n")
    assert a.source == "Ministry of Climate" and "Published by" not in body(a)


def test_more_outlet_words_close_a_story() -> None:
    for name in ("Gulf Today", "Eurasia Review", "Jakarta Globe", "Harbour Daily"):
        assert outlet_name(name) == name, name
    assert outlet_name("World Today") is None  # a section's name
    assert parse(STORY + "Baltic Review\n").source == "Baltic Review"


def test_an_outlets_masthead_over_the_headline_is_the_publisher() -> None:
    a = parse("The Baltic Times\n\n" + STORY)
    assert a.source == "The Baltic Times" and a.title == "Baltic states agree on joint grid reserve"
    kicker = parse("World News\n\n" + STORY)
    assert kicker.source is None and kicker.title == "Baltic states agree on joint grid reserve"


def test_a_copyright_line_naming_the_outlet_then_the_year_is_the_source_and_no_body() -> None:
    line = "Copyright Lagoon Courier, 2026"
    assert source_of(line, line.lower(), True) == (2, "Lagoon Courier")
    assert boilerplate.is_boilerplate(line)


def test_published_with_permission_names_the_publisher_among_the_last_lines() -> None:
    line = (
        "Published by Lagoon Content Services with permission from Reef Wire. For any query about "
        "this article please contact the desk at desk@lagoon.example"
    )
    assert source_of(line, line.lower(), True) == (3, "Lagoon Content Services")
    a = parse(f"Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday, officials said.\n\n{line}\n")
    assert a.source == "Lagoon Content Services"
    assert "permission" not in body(a)


def test_an_outlet_with_its_home_city_over_the_date_is_the_publisher() -> None:
    a = parse("Fiji and Samoa sign pact\nHarbour News (Port Vila)\n12 May 2026\n\nFiji and Samoa signed a pact on Monday, officials said.\n")
    assert a.source == "Harbour News"
    assert "Port Vila" not in body(a)


def test_a_person_with_an_agency_in_brackets_is_no_outlet_line() -> None:
    assert outlet_line("Jane Doe (Reuters)") is None
    assert outlet_line("Talks resume (update)") is None


def test_a_source_row_with_a_date_dates_the_story_and_names_the_agency_alone() -> None:
    text = (
        "Fiji and Samoa sign pact\n\nSource: Reef Wire | 2026-03-07 02:14:08 | Editor: desk\n\n"
        "SUVA, March 6 (Reef Wire) -- Fiji and Samoa signed a fisheries pact on Monday, officials said.\n"
    )
    a = parse(text)
    assert a.published == "2026-03-07"
    assert a.source == "Reef Wire"


def test_a_copyright_year_dates_only_a_wire_dateline_day() -> None:
    lede = "Fiji and Samoa signed a fisheries pact on Monday, officials said."
    untagged = parse(f"Fiji and Samoa sign pact\n\nSUVA, Fiji, March 6. {lede}\n\n(c) 2026 Lagoon Times\n")
    assert untagged.dateline == "Suva, Fiji"
    assert untagged.published is None
    tagged = parse(f"Fiji and Samoa sign pact\n\nSUVA, March 6 (AFP) - {lede}\n\n© 2026 AFP\n")
    assert tagged.published == "2026-03-06"


def test_a_news_service_or_agency_by_name_is_an_outlet() -> None:
    assert outlet_name("Lagoon News Service") == "Lagoon News Service"
    assert outlet_name("Reef Press Agency") == "Reef Press Agency"
    assert outlet_name("News Service") is None
    assert outlet_name("Civil Service") is None
    a = parse("Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday, officials said.\n\nLagoon News Service\n")
    assert a.source == "Lagoon News Service"
