"""The top of a page without a usable headline: a date-and-section row over the lede, a photo
caption opening the page, a blog's "Posted by X in Section on date" row."""

from __future__ import annotations

from store.parse.header_lines import header_line, posted_in
from tests.parse.rules_support import body, parse, rule_of

LEDE = "Chile and Argentina agreed on Monday to build a second road tunnel under the Andes, the two foreign ministers said."
MORE = "The tunnel is due to open in 2031 and will cut the crossing to twenty minutes."


def test_a_date_and_section_row_opening_the_page_dates_it_and_the_lede_stays() -> None:
    a = parse(f"17/03/2024 - 09:12 | Americas\n\n{LEDE}\n\n{MORE}\n")
    assert a.title == "" and a.published == "2024-03-17"
    assert LEDE in body(a) and "09:12" not in body(a)


def test_a_short_sentence_under_a_date_row_is_still_the_headline() -> None:
    a = parse(f"17/03/2024 | World\n\nChile, Argentina agree on tunnel.\n\n{LEDE}\n")
    assert a.title == "Chile, Argentina agree on tunnel."


def test_a_headline_under_a_date_row_stays_the_headline() -> None:
    a = parse(f"March 17, 2024 | Middle East\n\nChile and Argentina agree on second Andes tunnel\n\n{LEDE}\n")
    assert a.title == "Chile and Argentina agree on second Andes tunnel" and a.published == "2024-03-17"


def test_a_place_beside_a_date_is_not_a_section_tag() -> None:
    assert header_line("17/03/2024 | Jane Doe", []) == "Jane Doe"
    assert header_line("17/03/2024 | Mendoza", []) is None  # a place alone: left to the place rules


def test_a_caption_opening_the_page_is_no_headline() -> None:
    text = f"Workers inspect the tunnel entrance near Mendoza on Monday. Photo: Ana Ruiz/Reuters\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert a.title == ""
    assert "Reuters" not in body(a) and "Workers inspect the tunnel" in body(a) and LEDE in body(a)
    assert rule_of(text, text.split("\n", 1)[0]) == "top_caption"


def test_a_caption_closed_by_an_agency_tag_over_the_headline() -> None:
    text = f"Workers inspect the tunnel entrance near Mendoza, Argentina, on Monday. (AFP)\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n"
    a = parse(text)
    assert a.title == "Andes neighbours agree on second tunnel" and a.source is None


def test_a_headline_with_a_bracketed_tag_stays_the_headline() -> None:
    a = parse(f"Andes neighbours agree on second tunnel (AFP)\n\n{LEDE}\n")
    assert a.title.startswith("Andes neighbours agree")


def test_posted_by_in_a_section_on_a_date() -> None:
    stamps: list[tuple[str, str]] = []
    assert posted_in("Posted by KTG in Politics on 28/09/2021", stamps) == "KTG"
    assert stamps == [("published", "2021-09-28")]
    assert posted_in("Posted by admin in News on 28/09/2021", []) == ""
    assert posted_in("Posted by Jane Doe on 3 May 2024 in World", []) == "Jane Doe"
    assert posted_in("Posted by the ministry in a statement on its website", []) is None
    a = parse(f"Andes neighbours agree on second tunnel\n\nPosted by Ana Ruiz in Americas on 18/03/2024\n\n{LEDE}\n")
    assert a.byline == "Ana Ruiz" and a.published == "2024-03-18" and "Posted by" not in body(a)


def test_posted_on_a_date_by_someone_over_the_headline() -> None:
    a = parse(f"Posted on 18/03/2024 by KTG in Americas\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n")
    assert a.title == "Andes neighbours agree on second tunnel" and a.byline == "KTG" and a.published == "2024-03-18"


def test_a_relative_time_over_the_lede_dates_nothing() -> None:
    a = parse(f"9 hours ago\n\n{LEDE}\n\n{MORE}\n")
    assert a.title == "" and a.published is None and LEDE in body(a)
    assert rule_of(f"9 hours ago\n\n{LEDE}\n", "9 hours ago") == "relative_stamp"


def test_breadcrumbs_are_chrome() -> None:
    from store.parse.rules_top import breadcrumb

    head = "Andes neighbours agree on second tunnel"
    assert breadcrumb(f"News » Americas » {head}", head)
    assert breadcrumb(f"World / South America / {head}", head)
    assert breadcrumb("You are here: Home > World", None)
    assert breadcrumb("World > Americas > Chile", None)
    assert not breadcrumb("Chile / Argentina sign tunnel deal", None)  # a headline with a slash
    assert not breadcrumb("Chile > Argentina", None)  # two names: no path without its label
    for where in ("above", "below"):
        crumb = f"News » Americas » {head}"
        text = f"{crumb}\n\n{head}\n\n{LEDE}\n" if where == "above" else f"{head}\n\n{crumb}\n\n{LEDE}\n"
        a = parse(text)
        assert a.title == head and "»" not in body(a), where


def test_captions_with_joined_credits_open_the_page() -> None:
    for credit in (" | Photo: Xinhua", " — AP", " (Photo credit: State House)"):
        text = f"Workers inspect the tunnel entrance near Mendoza on Monday.{credit}\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n"
        a = parse(text)
        assert a.title == "Andes neighbours agree on second tunnel", credit
        assert "Workers inspect" in body(a) and credit.strip(" |—()") not in body(a), credit


def test_a_dated_row_with_a_clock_and_a_section() -> None:
    a = parse(f"Mar 17, 2024 | 09:12 AM | Americas\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n")
    assert a.title == "Andes neighbours agree on second tunnel" and a.published == "2024-03-17"
    assert parse(f"Andes neighbours agree on second tunnel\n\nDated: 17/03/2024\n\n{LEDE}\n").published == "2024-03-17"


def test_a_caption_with_its_credit_on_the_next_line_opens_the_page() -> None:
    text = f"Workers inspect the tunnel entrance near Mendoza on Monday.\nPhoto: Ana Ruiz/Reuters\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n"
    a = parse(text)
    assert a.title == "Andes neighbours agree on second tunnel"
    assert "Workers inspect the tunnel" in body(a) and "Ana Ruiz" not in body(a)


def test_section_tags_before_the_date_or_listed_with_commas() -> None:
    for row in ("Americas | 17/03/2024 - 09:12", "17/03/2024 - 09:12 | South America, Politics", "Politics | 17 March 2024"):
        a = parse(f"{row}\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n")
        assert a.title == "Andes neighbours agree on second tunnel" and a.published == "2024-03-17", row
    assert header_line("Politics | Economy", []) is None  # sections without a date: no header row


def test_a_byline_row_over_the_headline_gives_its_date() -> None:
    a = parse(f"By Ana Ruiz - 17/03/2024 - 09:12 | Americas\n\nAndes neighbours agree on second tunnel\n\n{LEDE}\n")
    assert a.byline == "Ana Ruiz" and a.published == "2024-03-17"


def test_captions_closed_by_an_agencys_mark_open_the_page() -> None:
    for caption in (
        "FILE - Workers inspect the tunnel entrance near Mendoza on March 3, 2023. (AP Photo/Ana Ruiz, File)",
        "Workers inspect the tunnel entrance near Mendoza on Monday. Xinhua/Li Wen",
    ):
        a = parse(f"{caption}\n\n{LEDE}\n\n{MORE}\n")
        assert a.title == "" and "Workers inspect the tunnel" in body(a) and LEDE in body(a), caption
        assert "Li Wen" not in body(a) and "AP Photo" not in body(a)
