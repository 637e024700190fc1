"""Whatever bytes a page, export or feed holds, reading it either gives records of plain text
without control characters or fails with one ``ReadError`` line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.parse.formats import read_records
from store.parse.formats.record import Record
from store.parse.reader import ReadError

SUFFIXES = (".html", ".jsonl", ".json", ".rss", ".atom")
ESCAPES = ["\x1b[2J", "\x1b]52;c;cHduZWQ=\x07", "\x1b]0;title\x1b\\", "\x9b31m", "\u202e", "\x07", "\x00"]
PIECES = st.sampled_from(
    ["<p>", "</p>", "<script>x()</script>", "<title>T</title>", '{"text": "', '"}', "\n",
     "<item><description>", "</description></item>", "<rss version=\"2.0\"><channel>",
     "</channel></rss>", "&#27;", "&lt;b&gt;", "Japan and Chile signed a pact.", *ESCAPES]
)  # fmt: skip


def unsafe(text: str | None) -> bool:
    return text is not None and any(
        (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in text
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from(SUFFIXES), parts=st.lists(PIECES, max_size=30), noise=st.binary(max_size=64))
def test_any_bytes_read_as_safe_records_or_one_line(tmp_path: Path, suffix: str, parts: list[str], noise: bytes) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes("".join(parts).encode("utf-8", "surrogatepass") + noise)
    try:
        records = read_records(path)
    except ReadError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))
        return
    for record in records:
        if isinstance(record, Record):
            assert record.text.strip()
            for value in (record.text, record.title, record.byline, record.source, record.url):
                assert not unsafe(value), value
        else:
            assert "\n" not in record.reason


@pytest.mark.parametrize("escape", ESCAPES)
def test_escapes_in_every_field_are_dropped(tmp_path: Path, escape: str) -> None:
    import orjson

    path = tmp_path / "x.jsonl"
    record = {"title": f"T{escape}itle", "text": f"Bo{escape}dy.", "author": f"A{escape}", "source": f"S{escape}",
              "url": f"https://x.example/{escape}"}  # fmt: skip
    path.write_bytes(orjson.dumps(record))
    (got,) = read_records(path)
    assert isinstance(got, Record)
    for value in (got.text, got.title, got.byline, got.source, got.url):
        assert not unsafe(value), value
    assert got.text.startswith("Bo") and got.text.endswith("dy.")


def test_a_page_loses_whole_escape_sequences_raw_or_written_as_references(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(
        b"<html><head><title>Pact \x1b[2J signed</title></head><body><article><h1>Pact \x1b[2J signed</h1>"
        b"<p>Chile and Peru signed a border pact &#27;[31mon Friday&#x1b;[0m, the ministry said "
        b"\x1b]52;c;aGVsbG8=\x07 in a statement &#7;released in Lima after the ceremony there.</p>"
        b"<p>The pact&#128; covers patrols &#233;t&#233; along the shared border, officials said.</p>"
        b"</article></body></html>"
    )
    (record,) = read_records(page)
    assert isinstance(record, Record)
    assert record.title == "Pact signed"
    assert "on Friday, the ministry said in a statement released in Lima" in record.text
    assert "été" in record.text
    for leftover in ("[31m", "[0m", "52;c", "aGVsbG8", "[2J"):
        assert leftover not in record.text + record.title, leftover
