"""JSON Lines and JSON news exports: common field names, HTML bodies made plain, a record
without text or a line that is not JSON reported by number, the rest read."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.parse.formats import read_records
from store.parse.formats.jsonl import read_json, read_json_lines
from store.parse.formats.record import Record, RecordError, iso_date
from store.parse.reader import ReadError

CORPUS = Path(__file__).parent / "corpus"


def test_json_lines_export() -> None:
    got = read_records(CORPUS / "exports" / "newsdesk.jsonl")
    assert [type(r).__name__ for r in got] == ["Record", "Record", "RecordError", "RecordError", "Record"]
    first, second, missing, broken, last = got
    assert isinstance(first, Record) and isinstance(second, Record) and isinstance(last, Record)
    assert (first.title, first.byline, first.published, first.source, first.url, first.where) == (
        "Vietnam and the Philippines sign coast guard pact", "Lan Pham", "2024-01-30",
        "Newsdesk Asia", "https://newsdesk.example/asia/vn-ph-coast-guard", "record 1",
    )  # fmt: skip
    assert first.text.count("\n\n") == 1  # its two paragraphs
    # an HTML body: paragraphs kept, the script gone, no tag left
    assert second.text.split("\n\n")[1] == "The pipeline would carry gas from the Vaca Muerta field to southern Brazil by 2027."
    assert "<" not in second.text and "alert" not in second.text
    assert (second.published, second.source, second.byline) == ("2024-03-14", "Newsdesk Americas", "Carla Mendes")
    assert missing == RecordError("record 3", "no text (looked for 'text', 'body', 'content'...)")
    assert isinstance(broken, RecordError) and broken.where == "record 4"
    assert broken.reason.startswith("not valid JSON (")
    assert last.where == "record 5 (line 6)" and last.number == 5  # a blank line before it
    assert last.source == "Newsdesk Middle East" and last.url is None


def test_json_export_with_an_article_list() -> None:
    got = read_records(CORPUS / "exports" / "wire_api.json")
    first, empty, summary_only = got
    assert isinstance(first, Record) and isinstance(summary_only, Record)
    assert (first.title, first.byline, first.source, first.published) == (
        "Iceland and Greenland sign fisheries accord", "Freya Holm", "Polar Wire", "2024-08-21"
    )
    assert first.text.startswith("REYKJAVIK")  # the full content, not the description
    assert empty == RecordError("record 2", "no text (looked for 'text', 'body', 'content'...)")
    assert summary_only.text.startswith("HELSINKI")  # only a description: that is its text


def test_nested_exports_and_field_spellings() -> None:
    data = {"response": {"results": [
        {"webTitle": "x", "headline": "Pact signed", "webUrl": "https://g.example/p",
         "webPublicationDate": "2024-02-03T10:00:00Z", "fields": {"bodyText": "Body here."},
         "Byline": "A. Writer", "Publication": "The Daily"},
    ]}}  # fmt: skip
    (record,) = read_json(orjson.dumps(data))
    assert isinstance(record, Record)
    assert (record.title, record.text, record.url, record.published, record.byline, record.source) == (
        "Pact signed", "Body here.", "https://g.example/p", "2024-02-03", "A. Writer", "The Daily"
    )
    (one,) = read_json(b'{"title": "Alone", "text": "Just one.", "url": "https://www.Wire.example:8080/a"}')
    assert isinstance(one, Record) and one.where == "record 1"
    assert one.source == "wire.example"  # no site named: the URL's host
    lines = read_json(b'{"text": "a"}\n{"text": "b"}\n')  # JSON Lines saved as .json
    assert [r.text for r in lines if isinstance(r, Record)] == ["a", "b"]


def test_records_that_are_not_objects_and_unsafe_fields() -> None:
    got = list(read_json_lines(b'[1, 2]\n{"text": "ok \\u001b[31mred", "url": "javascript:alert(1)", "title": "<b>Bold</b> title"}\n'))
    assert got[0] == RecordError("record 1", "not a JSON object (list)")
    record = got[1]
    assert isinstance(record, Record)
    assert record.text == "ok red" and record.url is None and record.title == "Bold title"


@pytest.mark.parametrize(
    "name,reason",
    [
        ("not_json.json", "not valid JSON (invalid literal, expected 'true': line 1 column 1 (char 0))"),
        ("config.json", "no list of articles in this JSON (looked for a list, or 'articles', 'items', 'results'...)"),
    ],
)
def test_a_json_file_without_articles_is_one_line(name: str, reason: str) -> None:
    path = CORPUS / "broken" / name
    with pytest.raises(ReadError) as caught:
        read_records(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_cut_off_export_keeps_its_whole_records() -> None:
    good, cut = read_records(CORPUS / "broken" / "truncated.jsonl")
    assert isinstance(good, Record) and good.title == "Fine record"
    assert isinstance(cut, RecordError) and cut.where == "record 2"


@pytest.mark.parametrize(
    "value,iso",
    [
        ("2024-03-05T08:00:00Z", "2024-03-05"),
        ("Tue, 05 Mar 2024 08:00:00 GMT", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        (1709625600, "2024-03-05"),
        (1709625600000, "2024-03-05"),
        ("soon", None),
        (True, None),
        (12, None),
    ],
)
def test_dates_as_exports_write_them(value: object, iso: str | None) -> None:
    assert iso_date(value) == iso
