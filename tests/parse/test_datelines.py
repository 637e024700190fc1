"""Datelines in the layouts of wire services and regional outlets, and on lines of their own."""

from __future__ import annotations

import pytest

from store.parse.datelines import dateline_line, find_dateline, title_case


@pytest.mark.parametrize(
    ("paragraph", "place", "wire"),
    [
        ("KINSHASA (ACP) - The Congolese government said on Monday.", "Kinshasa", "ACP"),
        ("Montevideo, Uruguay, Mar 3 (EFE).- Uruguay said on Monday.", "Montevideo, Uruguay", "EFE"),
        ("HANOI, (VNA).- Vietnam said on Monday.", "Hanoi", "VNA"),
        ("Nouméa, New Caledonia, France (AFP) - Talks began.", "Nouméa, New Caledonia, France", "AFP"),
        ("BEIRUT —Lebanon said on Monday.", "Beirut", None),
        ("AMMAN, Jordan—Jordan said on Monday.", "Amman, Jordan", None),
        ("RIYADH: Saudi Arabia said on Monday.", "Riyadh", None),
        ("Kathmandu. Nepal and India signed a power trade pact on Monday after talks.", "Kathmandu", None),
        ("ISTANBUL (AP) — Turkey said.", "Istanbul", "AP"),
        # rule upper_month: a wire's date with the month in capitals
        ("QUETTA, AUGUST 14 (PPI) — Officials opened the new crossing.", "Quetta", "PPI"),
        ("MOMBASA, 9 OCT. (KNA) - Port workers ended their strike.", "Mombasa", "KNA"),
        ("CHITTAGONG, DEC 2 — The port authority said.", "Chittagong", None),
        # rule slash_wire: the agency's tag between slashes, no dash after it
        ("MURMANSK, June 12. /TASS/. The port authority said.", "Murmansk", "TASS"),
        # wires known by a mixed-case tag
        ("ANKARA (Anadolu) - The ministry said on Monday.", "Ankara", "Anadolu"),
        ("HAVANA, May 4 (Prensa Latina) - The ministry said on Monday.", "Havana", "Prensa Latina"),
    ],
)
def test_find_dateline(paragraph: str, place: str, wire: str | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None and (found.place, found.wire) == (place, wire)
    assert paragraph[found.cut :][:1].isupper()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan—Australia ties have deepened since 2022.",
        "Al-Shabaab claimed the attack on Monday.",
        "Mr. Ruto met the delegation on Monday.",
        "St. Lucia and Grenada signed a pact.",
        "Meanwhile. The talks went on for hours into the night in the capital.",
        "Nepal. A pact.",
        "Key Points: the deal covers power trade.",
    ],
)
def test_prose_openings_are_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "place"),
    [("PUTRAJAYA:", "Putrajaya"), ("DAR ES SALAAM —", "Dar es Salaam"), ("Suva:", "Suva"), ("Key Points:", None), ("Why now:", None)],
)
def test_dateline_line(line: str, place: str | None) -> None:
    assert dateline_line(line) == place


@pytest.mark.parametrize(
    ("word", "shown"), [("COX'S", "Cox's"), ("O'BRIEN", "O'Brien"), ("LONDON/PARIS", "London/Paris"), ("U.S.", "U.S."), ("ESKİŞEHİR", "Eskişehir")]
)
def test_title_case(word: str, shown: str) -> None:
    assert title_case(word) == shown


def test_an_agency_after_the_place_is_the_wire() -> None:
    found = find_dateline("Tehran, IRNA -- Iran and Oman discussed maritime security on Sunday.")
    assert found is not None and (found.place, found.wire) == ("Tehran", "IRNA")
    found = find_dateline("CIUDAD DE MÉXICO.— Mexico and Guatemala agreed on Monday.")
    assert found is not None and found.place == "Ciudad de México"


def test_a_releases_date_in_brackets_after_the_place() -> None:
    from store.parse.datelines import find_dateline

    found = find_dateline("SUVA, FIJI (11 January 2025) — The Pacific Bank has approved a $60 million loan.")
    assert found is not None and found.place == "Suva, Fiji" and found.wire is None
    assert find_dateline("The bank (11 January 2025) — approved a loan.") is None


@pytest.mark.parametrize(
    ("paragraph", "place", "wire"),
    [
        ("Port Louis, March 9 -- Mauritius and Seychelles agreed on Monday to share patrols.", "Port Louis", None),
        ("Santa Cruz, 4 June - Bolivian officials said the road would open.", "Santa Cruz", None),
        ("Port Vila, March 9/2026 (VBTC) -- Vanuatu signed a loan on Monday.", "Port Vila", "VBTC"),
    ],
)
def test_a_place_with_its_date_before_a_dash_is_a_dateline_in_any_case(paragraph: str, place: str, wire: str | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None and (found.place, found.wire) == (place, wire)


@pytest.mark.parametrize(
    "paragraph",
    ["Key Points, May 2 - The talks resume.", "Main Summary, June 4: the talks resume."],
)
def test_a_label_with_a_date_is_still_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_a_place_in_capitals_and_its_day_may_close_with_a_full_stop() -> None:
    found = find_dateline("HILO, Hawaii, July 4. Officials from both islands signed the accord.")
    assert found is not None and found.place == "Hilo, Hawaii"
    assert find_dateline("Hilo, July 4. Officials from both islands signed the accord.") is None
    assert find_dateline("Version 2.3. The update adds ports.") is None


def test_a_day_and_a_known_agency_tag_open_a_dateline_without_a_place() -> None:
    found = find_dateline("March 9 (Reuters) - Vanuatu signed a loan on Monday.")
    assert found is not None and (found.place, found.wire) == (None, "Reuters")
    assert find_dateline("March 9 (Jane) - Vanuatu signed a loan on Monday.") is None


def test_a_place_and_the_outlet_in_capitals_between_bars_open_a_dateline() -> None:
    found = find_dateline("Hilo, Hawaii | THE LAGOON TIMES | The council approved the port lease on Monday.")
    assert found is not None and found.place == "Hilo, Hawaii"
    assert find_dateline("Update | BREAKING | The council approved the lease.") is None
    assert find_dateline("Hilo, Hawaii | The council approved the lease.") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "LIVE: Fiji and Tonga agree fisheries pact after all-night talks",
        "LIVE UPDATES: Leaders gather in Apia for the regional summit",
        "EXCLUSIVE - Samoa weighs a port deal with two bidders",
    ],
)
def test_a_run_in_label_in_capitals_is_no_place(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_places_in_capitals_still_open_datelines() -> None:
    found = find_dateline("GENERAL SANTOS CITY — The port authority said on Monday.")
    assert found is not None and found.place == "General Santos City"


def test_a_live_blog_headline_in_capitals_is_the_title() -> None:
    from store.parse.article import parse_article

    text = (
        "LIVE: Fiji and Tonga agree fisheries pact\n\n"
        "Fiji and Tonga agreed a fisheries pact on Tuesday after talks that ran through the night in Nuku'alofa.\n\n"
        "The pact covers shared patrols.\n"
    )
    assert parse_article(text, "x.txt").title == "LIVE: Fiji and Tonga agree fisheries pact"


def test_a_dated_dateline_closing_with_a_bare_agency_tag() -> None:
    found = find_dateline("Doha, March 4, 2024, QNA -- Qatar and Oman signed a shipping accord on Monday.")
    assert found is not None and (found.place, found.wire) == ("Doha", "QNA")
    assert find_dateline("Doha, March 4, 2024, ABC -- Qatar and Oman signed an accord.") is None  # no agency's tag


def test_a_dated_agency_dateline_dates_the_story() -> None:
    from store.parse.article import parse_article

    a = parse_article("Qatar and Oman sign accord\n\nDoha, March 4, 2024, QNA -- Qatar and Oman signed a shipping accord on Monday.\n", "x.txt")
    assert (a.dateline, a.published, a.source) == ("Doha", "2024-03-04", "QNA")


@pytest.mark.parametrize(
    ("line", "place"),
    [("DJIBOUTI, Djibouti", "Djibouti, Djibouti"), ("PORT LOUIS, Mauritius", "Port Louis, Mauritius"),
     ("Port Louis, Mauritius", None), ("KEY POINTS, Summary", None), ("DJIBOUTI, DJIBOUTI", None),
     ("DJIBOUTI, Reuters", None), ("ASHA ALI, Senior Correspondent", None)],
)
def test_a_place_in_capitals_and_its_country_alone_on_a_line(line: str, place: str | None) -> None:
    assert dateline_line(line) == place


def test_a_place_and_country_line_over_the_lede_is_the_dateline() -> None:
    from store.parse.article import parse_article

    lede = "Djibouti and Ethiopia signed a port access accord on Monday that runs for twenty years."
    a = parse_article(f"Djibouti, Ethiopia sign port accord\n\nDJIBOUTI, Djibouti\n\n{lede}\n", "x.txt")
    assert (a.dateline, a.text.split("\n\n")[0]) == ("Djibouti, Djibouti", lede)
