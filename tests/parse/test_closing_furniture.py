"""Furniture around a story by its shape: a wire's clock without a year, a time before a numeric
date, a print-friendly link, a feed's disclaimer naming a news service, a prompt behind an arrow,
a mailing-list prompt, a video teaser and a related-reading list, a wire's "Enditem" closing the
last paragraph and a wire's tag with its desk's initials."""

from __future__ import annotations

from store.parse.boilerplate import is_boilerplate, is_furniture
from store.parse.dates import parse_stamp
from tests.parse.rules_support import body, parse, rule_of

HEAD = "Kenya and Tanzania open a one-stop border post\n\n"
LEDE = "Kenya and Tanzania opened a shared border post at Namanga on Friday, cutting truck waits from days to hours, officials said."
MORE = "Traders welcomed the move but asked for longer opening hours at the post."


def test_a_wire_clock_without_a_year_is_furniture_and_dates_nothing() -> None:
    for line in ("14 MAR, 09:40", "Mar 14, 09:40", "3 June 18.05"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("14 March 2024") and not is_boilerplate("14 trucks crossed")
    a = parse(f"{HEAD}14 MAR, 09:40\n\n{LEDE}\n")
    assert a.published is None and "09:40" not in body(a)


def test_a_time_before_a_numeric_date_is_a_stamp() -> None:
    assert parse_stamp("09:40 14/03/2024") == ("date", "2024-03-14")
    assert parse_stamp("09:40 2024") is None
    assert parse(f"{HEAD}09:40 14/03/2024\n\n{LEDE}\n").published == "2024-03-14"


def test_print_links_and_feed_notes_are_furniture() -> None:
    for line in (
        "Print friendly pdf",
        "Printer-friendly version",
        "This report is auto-generated from the Harbour news service. The Ledger holds no responsibility for its content.",
        "➤ Click here to follow our Telegram channel for more stories.",
        "Join the Harbour Ledger mailing list |",
    ):
        assert is_furniture(line), line
    assert not is_furniture("The print run of the treaty text was small, officials said.")


def test_a_video_teaser_and_a_related_reading_list_are_no_body() -> None:
    text = f"{HEAD}{LEDE}\n\n{MORE}\n\nGo to video\nUganda floods cut the main road to Juba\n"
    assert "Uganda" not in body(parse(text)) and rule_of(text, "Go to video") == "related_label"
    text = f"{HEAD}{LEDE}\n\n{MORE}\n\nRelated reading\nWhat the new customs union means for truckers\nRules of transit: a short guide\n"
    a = parse(text)
    assert "customs union" not in body(a) and "Rules of transit" not in body(a) and MORE in body(a)


def test_a_wire_enditem_closing_the_last_paragraph_is_cut() -> None:
    a = parse(f"{HEAD}{LEDE}\n\n{MORE} Enditem\n")
    assert body(a).endswith("at the post.") and "Enditem" not in body(a)


def test_a_wire_tag_with_its_desks_initials_closes_the_story() -> None:
    text = f"{HEAD}NAIROBI, May 3 (PTI) {LEDE}\n\n{MORE}\n\nPTI KM JS\n"
    a = parse(text)
    assert rule_of(text, "PTI KM JS") == "wire_signoff" and "KM JS" not in body(a)
    b = parse(f"{HEAD}{LEDE}\n\nUN EU AU\n\n{MORE}\n")
    assert "UN EU AU" in body(b)  # not a known wire's tag: left to the story


def test_prompts_behind_emoji_and_tap_to_follow_rows() -> None:
    for line in (
        "👉 Click here to join our Telegram channel",
        "➡️ Follow us on WhatsApp",
        "Stay updated: follow our Telegram channel",
        "Tap to follow Harbour Ledger on WhatsApp",
        "Click to follow us on X",
        "Print Friendly, PDF & Email",
        "Download as PDF",
        "Total Views: 2,418",
        "09:40 GMT",
        "7.15 am IST",
    ):
        assert is_furniture(line), line
    assert not is_furniture("→ The border post opened on Friday after two years of building, officials said at the ceremony.")
    assert is_boilerplate("© 2024 Harbour Ledger")  # a copyright sign is not an arrow


def test_a_reworked_headline_note_names_the_outlet() -> None:
    note = "(Only the headline of this report may have been reworked by Harbour Ledger staff; the rest of the content is auto-generated from a syndicated feed.)"
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\n{note}\n")
    assert a.source == "Harbour Ledger" and "reworked" not in body(a)


def test_read_next_and_also_on_label_other_stories() -> None:
    for label in ("Read next", "Also on Harbour Ledger:"):
        text = f"{HEAD}{LEDE}\n\n{MORE}\n\n{label}\nUganda floods cut the main road to Juba\n"
        assert "Uganda" not in body(parse(text)), label


def test_disclaimers_channel_notices_hashtags_and_republication_notes() -> None:
    for line in (
        "Disclaimer: The views expressed in this piece are the author's own.",
        "We're now on WhatsApp. Click to join.",
        "#Kenya #Tanzania #Trade",
        "This article was first published in the Harbour Ledger.",
    ):
        assert is_furniture(line), line
    assert not is_furniture("The treaty was first published in 1962 and revised twice.")
    assert not is_furniture("We are on track to open the post by May, the minister said.")


def test_follow_an_outlet_on_a_network_names_it_but_not_a_person() -> None:
    assert parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nFollow Harbour Times on Google News\n").source == "Harbour Times"
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nFollow Amina Yusuf on X\n")
    assert a.source is None
