"""A lone release label as sites print it (plural, numbered, beside its name in the issuer's
language) makes the office's name beside it the publisher, never the headline; a place and
its date alone over a release's text are its dateline and date, never the headline."""

from __future__ import annotations

from store.parse import boilerplate
from store.parse.meta_rows import meta_row
from tests.parse.rules_support import body, parse

LEDE = (
    "The trade agreement between the two republics enters into force today, the ministry said in a statement.\n\n"
    "Tariffs on most goods will fall to zero over ten years under the agreement.\n"
)


def test_a_plural_label_under_the_issuer_before_a_dated_headline() -> None:
    a = parse("Ministry of Fisheries\nPress Releases\n\n12.03.2024\n\nMinister Signs Trade Agreement With Two Partners\n\n" + LEDE)
    assert a.source == "Ministry of Fisheries"
    assert a.title == "Minister Signs Trade Agreement With Two Partners"
    assert a.published == "2024-03-12"


def test_a_numbered_bilingual_label_and_a_place_date_line() -> None:
    a = parse("Ministerio de Comercio, Industria y Pesca\nBoletín de prensa / Press release No. 12\n\nLima, 4 March 2024\n\n" + LEDE)
    assert a.source == "Ministerio de Comercio, Industria y Pesca"
    assert not a.title and a.dateline == "Lima" and a.published == "2024-03-04"
    assert "Press release No" not in body(a) and "enters into force" in body(a)
    assert boilerplate.which_boilerplate("Press Releases") == "release_label"


def test_a_place_date_row_needs_both_halves() -> None:
    assert meta_row("Lima, 4 March 2024") is not None
    assert meta_row("Minister, 4 March 2024") is None
    assert meta_row("In Lima, 4 March 2024 was sunny") is None
