"""Furniture at the end of a story: a release's media-contact block (contact_block), a wire's
currency conversion note (currency_note), and "Source: X and agencies" naming only X."""

from __future__ import annotations

from store.parse import boilerplate
from store.parse.publisher import source_of
from tests.parse.rules_support import body, parse, rule_of

STORY = (
    "Harbour Bank approves loan for coastal roads\n\n"
    "The Harbour Bank approved a $250 million loan on Monday to rebuild coastal roads in Tonga, "
    "the lender said in a statement.\n\n"
    "The loan runs for 25 years and carries a five-year grace period.\n\n"
)


def test_a_media_contact_block_is_furniture() -> None:
    text = STORY + "Media Contact\nOffice of Public Affairs\npress@harbourbank.example\n+41 22 555 0199\n"
    b = body(parse(text))
    assert "Media Contact" not in b and "press@" not in b and "Office of Public Affairs" not in b
    assert "grace period" in b
    assert rule_of(text, "+41 22 555 0199") == "contact_block"


def test_a_contact_label_with_its_entry_on_one_line() -> None:
    text = STORY + "Press enquiries: Mele Tupou, +676 555 0142\n"
    assert "Press enquiries" not in body(parse(text))


def test_short_lines_without_a_contact_label_stay() -> None:
    text = STORY + "Next steps\n\nThe first works start in June.\n"
    assert "Next steps" in body(parse(text))


def test_a_contact_block_does_not_reach_past_prose() -> None:
    text = STORY + "Media Contact\nOffice of Public Affairs\n\nThe bank also said it would review the project yearly.\n"
    assert "review the project yearly" in body(parse(text))


def test_a_currency_note_is_furniture() -> None:
    assert boilerplate.which_boilerplate("($1 = 0.8874 Swiss francs)") == "currency_note"
    assert boilerplate.which_boilerplate("(1 euro = $1.0712)") == "currency_note"
    assert boilerplate.which_boilerplate("($1 billion in new loans)") is None
    a = parse(STORY + "($1 = 2.3310 pa'anga)\n")
    assert "$1 =" not in body(a)


def test_source_with_agencies_names_only_the_outlet() -> None:
    assert source_of("Source: Harbour Times and agencies") == (1, "Harbour Times")
    assert source_of("Source: Lagoon News with wires") == (1, "Lagoon News")
    assert source_of("Source: Lagoon News") == (1, "Lagoon News")


def test_a_related_label_under_a_contact_block_opens_a_list() -> None:
    text = STORY + "Media Contact\nOffice of Public Affairs\npress@harbourbank.example\n\nRelated\nHarbour Bank lends $80 million for Samoa ports\nCountry: Tonga\n"
    b = body(parse(text))
    assert "Samoa ports" not in b and "Country: Tonga" not in b and "grace period" in b
    assert rule_of(text, "Related") == "related_label"


def test_a_facet_label_alone_is_furniture() -> None:
    assert boilerplate.which_boilerplate("Country: Tonga") == "taxonomy"
    assert boilerplate.which_boilerplate("Sector: Transport and ICT") == "taxonomy"
    assert boilerplate.which_boilerplate("Region: the loan covers three islands. It runs for years.") is None
