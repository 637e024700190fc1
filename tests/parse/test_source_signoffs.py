"""The publisher named by a desk's research credit, a newsletter prompt of an outlet known by its
initials, an outlet or station signing off the page, and an outlet's tag in a dateline."""

from __future__ import annotations

from store.parse.assemble import same_agency
from store.parse.datelines import find_dateline
from store.parse.publisher import source_of, station_name
from tests.parse.rules_support import body, parse, rule_of

HEAD = "Chile and Peru agree on shared lithium rules\n\n"
LEDE = "Chile and Peru agreed on Tuesday to align their lithium royalty rules, the two mining ministers said in Lima."
MORE = "The rules take effect next year once both congresses approve them."


def test_a_research_credit_names_an_outlet_as_the_source_but_not_a_person() -> None:
    assert source_of("Researched and written by Andes Mining News") == (3, "Andes Mining News")
    assert source_of("Researched and written by Al Jazeera") == (3, "Al Jazeera")
    assert source_of("Researched and written by Lucía Ferrer") is None
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nResearched and written by Andes Mining News\n")
    assert a.source == "Andes Mining News" and "Researched" not in body(a)


def test_a_newsletter_of_an_outlet_known_by_its_initials() -> None:
    assert source_of("Sign up to the HBTN newsletter") == (3, "HBTN")
    assert source_of("Sign up to the IT newsletter") is None  # two capitals are as often a topic
    assert source_of("Sign up to the Morning Briefing newsletter") is None


def test_an_outlet_signing_off_below_a_related_list() -> None:
    text = f"{HEAD}{LEDE}\n\n{MORE}\n\nRELATED ARTICLES\nCopper exports rise in March\nPeso steadies after rate cut\nAndes Times\n"
    a = parse(text)
    assert a.source == "Andes Times" and rule_of(text, "Andes Times") == "outlet_signoff"


def test_a_pager_below_the_comments_is_no_outlet() -> None:
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nPost a Comment\nPrevious Post Next Post\n")
    assert a.source is None


def test_a_station_signing_off_under_its_chrome() -> None:
    assert station_name("Harbour FM") == "Harbour FM" and station_name("Radio NZ") == "Radio NZ"
    assert station_name("Jane Doe") is None and station_name("Jean DUPONT") is None and station_name("NATO EU") is None and station_name("World FM") is None
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nShare this article\nListen live\nHarbour FM\n")
    assert a.source == "Harbour FM" and "Harbour FM" not in body(a)
    b = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nLima FM\n")  # no chrome above it: a line of the story
    assert b.source is None


def test_an_agency_tag_over_the_outlet_signing_off() -> None:
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nAFP\nAndes Times\n")
    assert a.source == "Andes Times" and "AFP" not in body(a)


def test_an_outlet_tag_with_initials_after_a_place_in_capitals() -> None:
    d = find_dateline("LIMA, May 7 (Andes FT) - Chile and Peru agreed on Tuesday.")
    assert d is not None and (d.place, d.wire) == ("Lima", "Andes FT")
    d = find_dateline("LIMA (Andes FT): Chile and Peru agreed on Tuesday.")
    assert d is not None and (d.place, d.wire) == ("Lima", "Andes FT")
    assert find_dateline("Lima (Andes Mining) - Chile and Peru agreed on Tuesday.") is None


def test_a_place_in_capitals_over_the_date_is_the_dateline() -> None:
    a = parse(f"{HEAD}LIMA\nMay 7 2025\n\n{LEDE}\n")
    assert (a.dateline, a.published) == ("Lima", "2025-05-07")


def test_a_generic_source_line_names_no_publisher() -> None:
    assert source_of("Source: Agencies") is None and source_of("SOURCE: Social media") is None
    assert source_of("Source: Andes Times") == (1, "Andes Times")
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nSource: Agencies\n")
    assert a.source is None


def test_a_title_closing_with_the_outlets_name() -> None:
    a = parse(f"Chile and Peru agree on shared lithium rules | Andes Times\n\n{LEDE}\n")
    assert (a.title, a.source) == ("Chile and Peru agree on shared lithium rules", "Andes Times")
    b = parse(f"Chile and Peru agree on lithium - Al Jazeera\n\n{LEDE}\n")
    assert (b.title, b.source) == ("Chile and Peru agree on lithium", "Al Jazeera")
    c = parse(f"Chile and Peru agree on lithium - a breakthrough\n\n{LEDE}\n")
    assert c.title == "Chile and Peru agree on lithium - a breakthrough" and c.source is None


def test_an_outlet_tag_ending_in_an_outlets_word_after_a_place_in_capitals() -> None:
    d = find_dateline("LIMA (Andes Daily): Chile and Peru agreed on Tuesday.")
    assert d is not None and (d.place, d.wire) == ("Lima", "Andes Daily")
    assert find_dateline("LIMA (Two Words) - Chile and Peru agreed on Tuesday.") is None


_WIRE_LEDE = (
    "PORT VILA, March 9 (Reuters) - Vanuatu and New Caledonia signed a fisheries accord on Monday "
    "that sets shared tuna quotas for the next five years, officials said."
)


def test_a_wire_dateline_under_a_site_masthead_makes_the_wire_the_source() -> None:
    a = parse(f"Lagoon Times\n\nVanuatu and New Caledonia seal tuna accord\n\n{_WIRE_LEDE}\n")
    assert a.source == "Reuters"


def test_a_feed_note_yields_to_the_wire_of_the_dateline() -> None:
    note = "(This story has not been edited by Lagoon Times staff and is auto-generated from a syndicated feed.)"
    a = parse(f"Vanuatu and New Caledonia seal tuna accord\n\n{_WIRE_LEDE}\n\nMore talks are due in May.\n\n{note}\n")
    assert a.source == "Reuters"
    b = parse(f"Vanuatu and New Caledonia seal tuna accord\n\n{_WIRE_LEDE.replace(' (Reuters)', '')}\n\n{note}\n")
    assert b.source == "Lagoon Times"


def test_a_bare_wire_signoff_does_not_displace_the_outlet_named_below_it() -> None:
    lede = _WIRE_LEDE.replace(" (Reuters)", "")
    a = parse(f"Vanuatu and New Caledonia seal tuna accord\n\n{lede}\n\nMore talks are due in May.\n\nAFP\n\n© 2026 Lagoon Times\n")
    assert a.source == "Lagoon Times"


def test_a_tag_spelling_the_initials_of_the_copyright_name_is_the_source_as_printed() -> None:
    assert same_agency("Pacific Island News Agency", "PINA")
    assert not same_agency("Pacific Island News Agency", "PIN")
    assert not same_agency("Lagoon Times", "AFP")
