"""A site's masthead and labels over the headline (masthead_over_headline), a portfolio line that
is no byline (office_not_byline), a stamped byline under a standfirst with its outlet
(stamped_byline_under_standfirst, role_at_outlet), and date stamps in two forms (twin_stamp,
dotted_iso) with a view count beside them (view_count)."""

from __future__ import annotations

import pytest

from store.parse.dates import parse_stamp
from store.parse.publisher import byline_outlet, office_line, row_domain
from store.parse.rules_masthead import site_name, tagline_site
from tests.parse.rules_support import body, parse, rule_of

TITLE = "Tonga and Samoa agree to share patrol boats across their waters"
LEDE = (
    "Tonga and Samoa signed an agreement on Tuesday that lets the patrol boats of either country "
    "work in the waters of the other, officials in Nuku'alofa said."
)
MORE = "The two navies will hold their first joint patrol in June, the ministers said."


def test_a_site_name_with_its_tagline_over_a_label_and_the_headline() -> None:
    text = f"Reef Herald, Pacific News Service\n\nFisheries\n\n{TITLE}\n\nThursday, March 7th 2024 - 10:15 UTC\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert (a.title, a.published, a.source) == (TITLE, "2024-03-07", "Reef Herald")
    assert rule_of(text, "Reef Herald, Pacific News Service") == "masthead_over_headline"
    assert "Fisheries" not in body(a) and "Reef Herald" not in body(a)


def test_an_office_in_capitals_over_its_unit_a_breadcrumb_and_the_headline() -> None:
    text = (
        f"MINISTRY OF FISHERIES OF TONGA\nDepartment of Communications\n\nHome > Releases > Visits\n\n"
        f"{TITLE}\n\n12.03.2024\n\n{LEDE}\n"
    )
    a = parse(text)
    assert (a.title, a.published, a.source) == (TITLE, "2024-03-12", "Ministry of Fisheries of Tonga")


def test_a_blog_motto_and_navigation_row_over_a_post_with_its_byline() -> None:
    text = f"Notes on law and the sea\n\nHome  |  Analysis  |  About\n\nANALYSIS\n\n{TITLE}\n\nBy Mele Fifita | 4 April 2024\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.byline, a.published) == (TITLE, "Mele Fifita", "2024-04-04")


def test_a_headline_right_over_its_date_is_kept() -> None:
    text = f"{TITLE}\n\nPacific\n\nNew patrols begin in June for the two navies\n\n4 April 2024\n\n{LEDE}\n"
    assert parse(text).title == TITLE


def test_a_headline_over_a_longer_standfirst_is_kept() -> None:
    standfirst = "The deal lets each navy patrol the waters of the other from June onwards, with a review after a year"
    text = f"Patrol boat deal\n\n{standfirst}\n\nBy Mele Fifita\n\n{LEDE}\n"
    assert parse(text).title == "Patrol boat deal"


def test_a_headline_over_a_caption_sentence_is_kept() -> None:
    text = f"Patrol deal signed\n\nAnalysis\n\nThe ministers at the signing in Apia on Tuesday.\n\nBy Mele Fifita\n\n{LEDE}\n"
    assert parse(text).title == "Patrol deal signed"


def test_a_short_kicker_right_over_the_headline_and_its_byline() -> None:
    text = f"Pacific security latest\n\n{TITLE}\n\nby Mele Fifita\nMay 8, 2024 1:47 PM\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.byline, a.source) == (TITLE, "Mele Fifita", None)


def test_a_short_headline_over_a_name_and_date_is_kept() -> None:
    a = parse(f"Pact signed\n\nMele Fifita, Staff Reporter\n7 March 2024\n\n{LEDE}\n")
    assert (a.title, a.byline) == ("Pact signed", "Mele Fifita")


def test_site_names() -> None:
    assert site_name("Reef Herald, Pacific News Service") == "Reef Herald"
    assert site_name("Harbour Blog from the Centre for Ocean Policy") == "Harbour Blog from the Centre for Ocean Policy"
    assert site_name("PRESIDENCY OF THE REPUBLIC OF PALAU") == "Presidency of the Republic of Palau"
    assert site_name("Reporters said on Tuesday that the deal was done.") is None


def test_a_portfolio_line_under_a_release_is_no_byline() -> None:
    text = f"{TITLE}\n\n30 Aug 2023\n\nPrime Minister, Minister for Foreign Affairs\n\n{LEDE}\n"
    a = parse(text)
    assert a.byline is None and a.published == "2023-08-30"


def test_a_stamped_byline_under_a_standfirst_gives_date_author_and_outlet() -> None:
    standfirst = "The agreement opens both zones to the two navies"
    text = f"{TITLE}\n\n{standfirst}\n\nPublished on 13/11/2023 - 09:05 By Mele Fifita - Reporter at Reef Herald\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert (a.byline, a.published, a.source) == ("Mele Fifita", "2023-11-13", "Reef Herald")
    assert "Published on" not in body(a) and standfirst in body(a)


def test_byline_outlets() -> None:
    assert byline_outlet("By Mele Fifita - Reporter at Reef Herald") == "Reef Herald"
    assert byline_outlet("By Mele Fifita - Correspondent for The Island Times") == "The Island Times"
    assert byline_outlet("By Mele Fifita - Lawyer at Smith Partners") is None


def test_twin_and_dotted_stamps() -> None:
    assert parse_stamp("08/01/2024  August 1, 2024") == ("date", "2024-08-01")
    assert parse_stamp("01/08/2024 | 1 August 2024") == ("date", "2024-08-01")
    assert parse_stamp("08/01/2024  August 2, 2024") is None
    assert parse_stamp("2025.06.05") == ("date", "2025-06-05")


def test_a_dotted_date_beside_a_view_count() -> None:
    text = f"{TITLE}\n\n2024.06.05  |  Views 2,310\n\n{LEDE}\n"
    a = parse(text)
    assert a.published == "2024-06-05" and "Views" not in body(a)


def test_a_trail_of_sections_in_sentence_case_over_the_headline() -> None:
    text = f"Analysis | Maritime security | Pacific\n\n{TITLE}\n\n4 April 2024\nBy Mele Fifita\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.byline, a.published) == (TITLE, "Mele Fifita", "2024-04-04")


def test_a_headline_with_a_short_sentence_case_part_is_no_label_row() -> None:
    text = f"Deal done | Pacific\n\n{LEDE}\n"
    assert parse(text).title == "Deal done | Pacific"


def test_a_station_name_over_its_second_name_and_the_headline_names_the_publisher() -> None:
    text = f"Harbour Radio\nRadio Hamnen\n\nLIVE: {TITLE}\n\nMonday 26 February 2024\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.source, a.published) == (f"LIVE: {TITLE}", "Harbour Radio", "2024-02-26")


def test_an_office_in_capitals_over_its_section_names_the_publisher() -> None:
    text = f"THE ISLAND OFFICE\n\nBriefings & Statements\n\nFact Sheet: {TITLE}\n\nMay 13, 2024\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.source) == (f"Fact Sheet: {TITLE}", "The Island Office")


def test_sections_over_the_headline_name_no_publisher() -> None:
    text = f"WORLD\n\nAsia Pacific\n\n{TITLE}\n\nMay 13, 2024\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.source) == (TITLE, None)


@pytest.mark.parametrize(
    ("trail", "site"),
    [
        ("HT | News | Pacific | Fisheries", "HT"),
        ("HARBOUR TIMES | NEWS | PACIFIC", "Harbour Times"),
        ("PIA  |  Newsroom  >  Press Releases", "PIA"),
    ],
)
def test_the_site_first_in_a_trail_opening_the_page_is_the_publisher(trail: str, site: str) -> None:
    a = parse(f"{trail}\n\n{TITLE}\n\nMay 13, 2024\n\n{LEDE}\n")
    assert (a.title, a.source) == (TITLE, site)


def test_a_trail_from_home_names_no_publisher() -> None:
    a = parse(f"Home > News > Pacific\n\n{TITLE}\n\nMay 13, 2024\n\n{LEDE}\n")
    assert (a.title, a.source) == (TITLE, None)


def test_a_domain_beside_the_byline_names_the_site() -> None:
    text = f"{TITLE}\n\nBy Mele Fifita | Harbourtimes.com\n\n18 Jul 2024\n\n{LEDE}\n"
    a = parse(text)
    assert (a.byline, a.source, a.published) == ("Mele Fifita", "Harbourtimes.com", "2024-07-18")
    assert row_domain("By Mele Fifita | 3.5 min read") is None


def test_a_name_with_an_outlets_tagline_over_the_headline_names_the_publisher() -> None:
    text = f"Reef Herald. South Pacific News Agency\n\n{TITLE}\n\nSaturday, December 7th 2024 - 08:15 UTC\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.source) == (TITLE, "Reef Herald")
    assert tagline_site("Reef Herald. The voice of the islands") is None


def test_an_institutions_name_closing_the_page_under_its_chrome_is_the_publisher() -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{MORE}\n\nThis page in: English | Français\nPacific Harbour Bank Group\n"
    assert parse(text).source == "Pacific Harbour Bank Group"
    assert office_line("Ministry of Fisheries") == "Ministry of Fisheries"
    assert office_line("Bank holiday") is None


def test_a_desks_post_under_the_date_is_the_byline() -> None:
    text = f"{TITLE}\n\nFRIDAY, JUNE 23, 2023\nHT Correspondent\n\n{LEDE}\n"
    a = parse(text)
    assert (a.byline, a.published) == ("HT Correspondent", "2023-06-23") and "Correspondent" not in body(a)


def test_a_post_without_a_desks_name_names_no_one() -> None:
    a = parse(f"{TITLE}\n\n23 June 2023\nStaff Reporter\n\n{LEDE}\n")
    assert a.byline is None and "Staff Reporter" not in body(a)


def test_a_role_line_under_a_named_byline_keeps_the_name() -> None:
    a = parse(f"{TITLE}\n\nBy Mele Fifita\nPacific Correspondent\n\n{LEDE}\n")
    assert a.byline == "Mele Fifita"


def test_a_press_centre_in_the_contact_block_names_the_issuer() -> None:
    text = (
        f"Press release\n24 October 2024 14:30 CET\n\n{TITLE}\n\n{LEDE}\n\n{MORE}\n\n"
        "For further information, please contact:\nHarbour Ports Press Centre,\n+679 123 4567\n"
    )
    assert parse(text).source == "Harbour Ports"


def test_a_publisher_named_by_its_initials_goes_by_them() -> None:
    text = (
        f"{TITLE}\n\n{LEDE}\n\n{MORE}\n\nGet the RHN app for ad-free news and current affairs\n"
        "Copyright © 2025, Radio Harbour Network\n"
    )
    assert parse(text).source == "RHN"
    other = f"{TITLE}\n\n{LEDE}\n\n{MORE}\n\nCopyright © 2025, Radio Harbour Network\n"
    assert parse(other).source == "Radio Harbour Network"


def test_a_short_headline_over_its_deck_and_byline_is_kept() -> None:
    a = parse(f"Patrol pact agreed\n\nTonga and Samoa reach accord on shared patrols\n\nBy Mele Fifita\n\n{LEDE}\n")
    assert a.title == "Patrol pact agreed"


def test_a_section_first_in_a_trail_is_no_publisher() -> None:
    a = parse(f"Climate | News | Pacific\n\n{TITLE}\n\nMay 13, 2024\n\n{LEDE}\n")
    assert (a.title, a.source) == (TITLE, None)


def test_an_institutions_name_as_the_last_tag_is_no_publisher() -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{MORE}\n\nTags\nPacific Harbour Bank Group\n"
    assert parse(text).source is None
