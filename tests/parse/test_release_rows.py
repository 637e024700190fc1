"""A release's kind-and-issuer row over its headline, and label blocks of a page's fields
("Author" over a name, "Publish Date" over a date)."""

from __future__ import annotations

from store.parse.rules_release import author_label, date_label, release_issuer
from tests.parse.rules_support import body, parse, rule_of

LEDE = "Norway and Iceland signed a fisheries accord on Tuesday that shares the mackerel quota for ten years."
MORE = "The accord takes effect in January once both parliaments approve it."


def test_the_issuer_of_a_release_row_in_either_order() -> None:
    assert release_issuer("PRESS RELEASE | Ministry of Fisheries Norway") == "Ministry of Fisheries Norway"
    assert release_issuer("Nordic Council - Press release") == "Nordic Council"
    assert release_issuer("Media release – Office of the Prime Minister") == "Office of the Prime Minister"
    assert release_issuer("Press release | 12 May 2024") is None  # a stamp row
    assert release_issuer("Press release") is None
    assert release_issuer("the ministry said in a press release") is None
    assert release_issuer("Norway rejects claims - press release was wrong, minister says today") is None


def test_a_release_row_is_no_headline_but_names_the_source() -> None:
    text = f"PRESS RELEASE | Ministry of Fisheries Norway\n\nNorway and Iceland sign mackerel accord\n\nOslo, 14 May 2024\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert a.title == "Norway and Iceland sign mackerel accord"
    assert a.source == "Ministry of Fisheries Norway"
    assert (a.dateline, a.published) == ("Oslo", "2024-05-14")
    assert "PRESS RELEASE" not in body(a) and LEDE in body(a)
    assert rule_of(text, "PRESS RELEASE | Ministry of Fisheries Norway") == "release_row"


def test_a_release_row_under_the_headline_is_left_alone() -> None:
    a = parse(f"Norway and Iceland sign mackerel accord\n\n{LEDE}\n\nNordic Council - Press release\n\n{MORE}\n")
    assert a.title == "Norway and Iceland sign mackerel accord" and a.source is None


def test_label_lines_alone() -> None:
    assert author_label("Author") and author_label("Written by:") and not author_label("Authority")
    assert date_label("Publish Date") == "published" and date_label("Date:") == "published"
    assert date_label("Updated date") == "updated" and date_label("Dates of the talks") is None


def test_an_author_block_gives_the_byline_and_a_date_block_the_date() -> None:
    text = f"Norway and Iceland sign mackerel accord\n\nAuthor\nIngrid Solberg,\nPublish Date\nTue, 14 May 2024, 6:10pm\n\n{LEDE}\n"
    a = parse(text)
    assert (a.byline, a.published) == ("Ingrid Solberg", "2024-05-14")
    text_body = body(a)
    assert "Author" not in text_body and "Publish Date" not in text_body and "Ingrid" not in text_body
    assert rule_of(text, "Author") == "author_label" and rule_of(text, "Ingrid Solberg,") == "author_value"


def test_an_author_label_over_prose_is_left_alone() -> None:
    a = parse(f"Norway and Iceland sign mackerel accord\n\nAuthor\n\n{LEDE}\n")
    assert a.byline is None and LEDE in body(a)


def test_a_release_row_with_its_date() -> None:
    text = f"Nordic Fisheries Council - Press release - 14 May 2024\n\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.source, a.published) == ("Norway and Iceland sign mackerel accord", "Nordic Fisheries Council", "2024-05-14")
    assert release_issuer("Press release | Distributed by Wire Group") is None


def test_an_office_over_or_under_a_lone_release_label() -> None:
    a = parse(f"Press Release\nMinistry of Fisheries\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert (a.title, a.source) == ("Norway and Iceland sign mackerel accord", "Ministry of Fisheries")
    b = parse(f"Nordic Fisheries Council\nPress release\n\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert (b.title, b.source) == ("Norway and Iceland sign mackerel accord", "Nordic Fisheries Council")


def test_a_headline_under_a_lone_release_label_stays_the_headline() -> None:
    a = parse(f"Press release\n\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert (a.title, a.source) == ("Norway and Iceland sign mackerel accord", None)
    b = parse(f"Press release\n\nNorway And Iceland Sign Mackerel Accord\n\n{LEDE}\n")
    assert b.title == "Norway And Iceland Sign Mackerel Accord" and b.source is None


def test_an_office_opening_the_page_is_its_publisher() -> None:
    a = parse(f"Ministry of Fisheries of Norway\n\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert (a.title, a.source) == ("Norway and Iceland sign mackerel accord", "Ministry of Fisheries of Norway")
    b = parse(f"Home\nMinistry of Fisheries of Norway\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert b.title == "Norway and Iceland sign mackerel accord" and b.source is None  # a section's name in the menu


def test_an_issuer_in_capitals_is_written_as_a_name_and_a_release_number_is_furniture() -> None:
    a = parse(f"EMBASSY OF NORWAY - PRESS RELEASE\n\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert a.source == "Embassy of Norway"
    b = parse(f"Press Release No. 45/2024\n\nNorway and Iceland sign mackerel accord\n\n{LEDE}\n")
    assert b.title == "Norway and Iceland sign mackerel accord" and "45/2024" not in body(b)
