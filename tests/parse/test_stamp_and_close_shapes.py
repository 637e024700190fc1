"""Stamps, rows and closing lines as news pages print them: a zone with its offset, a French
clock, a byline row carrying its stamp, a row's own filing, a wire's triple-dash dateline, an
agency's routing codes, a dashed end mark and a live page's controls."""

from __future__ import annotations

from store.parse import boilerplate
from store.parse.dates import parse_stamp
from store.parse.meta_rows import meta_row
from tests.parse.rules_support import body, parse

LEDE = (
    "SUVA, Fiji (PIR) - Fiji and Tonga renewed their fisheries pact on Monday for another ten years, "
    "the two governments said.\n\n"
    "The pact sets catch limits for tuna in the waters between the two archipelagos.\n\n"
)


def test_a_zone_with_its_offset_and_a_french_clock() -> None:
    assert parse_stamp("Updated 9:05 AM GMT+3, March 4, 2024") == ("updated", "2024-03-04")
    assert parse_stamp("26/03/2024 à 11h40") == ("date", "2024-03-26")
    assert parse_stamp("March 4, 2024 and then some") is None


def test_a_rows_own_filing_beside_its_stamp() -> None:
    row = meta_row("Posted: 4 March 2024 | Filed under: Fisheries, Trade")
    assert row is not None and row.dates == [("published", "2024-03-04")]
    assert meta_row("Filed under: Fisheries | Trade") is None  # no stamp, no row


def test_a_byline_row_under_a_standfirst_dates_the_story() -> None:
    a = parse(
        "Fiji and Tonga renew fisheries pact\n\n"
        "Island states extend tuna catch limits for a decade in what officials call a landmark step\n\n"
        "By Mere Tuilagi | March 4, 2024, 9:12 am\n\n" + LEDE
    )
    assert a.byline == "Mere Tuilagi" and a.published == "2024-03-04"


def test_a_triple_dash_closes_a_wires_dateline() -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\n" + LEDE.replace(") - ", ") --- ", 1))
    assert a.dateline == "Suva, Fiji" and a.source == "PIR"


def test_routing_codes_end_marks_and_live_controls_are_no_body() -> None:
    for line, rule in (
        ("dpa kl mm b2 xz", "wire_slug"),
        ("ABC // DE", "desk_initials"),
        ("-END-", "sign_off"),
        ("Refresh for latest updates", "live_page"),
        ("Show 8 earlier updates", "live_page"),
        ("This blog is now closed.", "live_page"),
        ("Share this live blog", "live_page"),
    ):
        assert boilerplate.which_boilerplate(line) == rule, line
    for prose in ("dpa reported that the", "The end.", "The coverage has ended with a truce"):
        assert boilerplate.which_boilerplate(prose) is None
    a = parse("Fiji and Tonga renew fisheries pact\n\n" + LEDE + "dpa kl mm b2 xz\n\n-END-\n")
    assert "dpa kl" not in body(a) and "END" not in body(a) and "catch limits" in body(a)


def test_a_wires_month_in_its_own_language_in_the_dateline() -> None:
    a = parse("Fiji and Tonga renew fisheries pact\n\nSuva, 6 dic (EFE).- Fiji and Tonga renewed their fisheries pact on Friday for ten years.\n\nThe pact sets catch limits.\n")
    assert (a.dateline, a.source) == ("Suva", "EFE")
    a = parse("Fiji and Tonga renew fisheries pact\n\nSuva, 29 jan 2025 (Lusa) – Fiji and Tonga renewed their fisheries pact on Wednesday.\n\nThe pact sets catch limits.\n")
    assert (a.dateline, a.source, a.published) == ("Suva", "Lusa", "2025-01-29")
