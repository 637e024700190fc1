"""RSS and Atom files: each entry an article with its link, date, author and the feed's title
as its site; an empty entry is one line; a file that is no feed is one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.parse.formats import read_records
from store.parse.formats.record import Record, RecordError
from store.parse.reader import ReadError

CORPUS = Path(__file__).parent / "corpus"


def test_rss_entries() -> None:
    wind, lithium, empty = read_records(CORPUS / "feeds" / "harbour.rss")
    assert isinstance(wind, Record) and isinstance(lithium, Record)
    assert (wind.title, wind.byline, wind.published, wind.source, wind.url, wind.where) == (
        "Portugal and Morocco sign offshore wind deal", "Tiago Lopes", "2024-10-07",
        "The Harbour Times — World", "https://harbourtimes.example/world/portugal-morocco-wind", "entry 1",
    )  # fmt: skip
    # the full content wins over the teaser; its script and frame are gone
    assert wind.text.split("\n\n") == [
        "LISBON — Portugal and Morocco signed an offshore wind agreement on Monday, Portuguese "
        "Prime Minister Luis Montenegro said, opening a subsea cable route between the two countries.",
        "The deal is worth €600 million, officials said.",
    ]
    assert lithium.text.startswith("SANTIAGO — Chile and Bolivia") and "<" not in lithium.text
    assert empty == RecordError("entry 3", "no content or summary")


def test_atom_entries() -> None:
    rail, power, empty = read_records(CORPUS / "feeds" / "ledger.atom")
    assert isinstance(rail, Record) and isinstance(power, Record)
    assert (rail.title, rail.byline, rail.published, rail.source, rail.url) == (
        "Uganda and Rwanda sign rail link agreement", "Grace Atim", "2024-07-01",
        "Coastal Ledger", "https://coastalledger.example/2024/07/uganda-rwanda-rail/",
    )  # fmt: skip
    assert rail.text.split("\n\n")[1] == "The line would link Kampala and Kigali by 2030."
    assert power.published == "2024-07-02"  # no <published>: the update date
    assert power.text.startswith("ACCRA")
    assert isinstance(empty, RecordError) and empty.where == "entry 3"


@pytest.mark.parametrize("name", ["truncated.rss", "truncated.atom"])
def test_a_cut_off_feed_keeps_its_whole_entries(name: str) -> None:
    first, cut = read_records(CORPUS / "broken" / name)
    assert isinstance(first, Record) and first.url
    assert isinstance(cut, RecordError) and cut.where == "entry 2"
    assert cut.reason.startswith("no content or summary (the feed is damaged: ")


def test_a_file_that_is_no_feed_is_one_line() -> None:
    path = CORPUS / "broken" / "not_a_feed.xml"
    with pytest.raises(ReadError) as caught:
        read_records(path)
    assert str(caught.value) == f"{path}: not an RSS or Atom feed"


def test_a_feed_never_reads_an_external_entity(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    feed = tmp_path / "x.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>Pact</title>'
        "<description>Chile signed a pact &xxe; on Monday.</description></item></channel></rss>"
    )
    for record in read_records(feed):
        if isinstance(record, Record):
            assert "TOPSECRET" not in record.text
