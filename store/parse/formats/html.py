"""Saved web pages: the article's text and header fields, through trafilatura.

trafilatura is made for news pages: it finds the article among navigation, footers, related
links, cookie banners and scripts, and reads the page's own metadata (Open Graph, JSON-LD
``NewsArticle``, ``<time>`` through htmldate, the canonical link) for the title, author,
date, site name and URL. It works on the bytes given and never goes to the network. We only
shape its output: one paragraph per block, the headline not repeated as the first line.
"""

from __future__ import annotations

import logging
import re
import warnings
from typing import Any

from store.parse.formats.page_meta import page_fields
from store.parse.formats.record import Record, clean_field, clean_url, iso_date
from store.text import strip_controls

# A page's bytes before lxml reads them: references to control characters made the raw bytes
# (C1 ones dropped), then escape sequences removed whole and the control bytes left dropped, as
# ``store.text.strip_controls`` does for text. lxml gives up on a page over one "&#27;", and
# would drop a raw ESC but keep the rest of its sequence ("[2J") as text.
_REF = re.compile(rb"&#(?:0*(\d{1,4})|[xX]0*([0-9a-fA-F]{1,3}));?")
_SEQUENCE = re.compile(rb"\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _raw_control(m: re.Match[bytes]) -> bytes:
    code = int(m[1]) if m[1] else int(m[2], 16)
    if code < 32 and code not in (9, 10, 13) or code == 127:
        return bytes((code,))
    return b"" if 128 <= code <= 159 else m[0]


def without_controls(data: bytes) -> bytes:
    """A page's bytes without escape sequences or control characters (see above)."""
    return _CONTROL.sub(b"", _SEQUENCE.sub(b"", _REF.sub(_raw_control, data)))


# htmldate, under trafilatura: the page's own dates only, no guessing from any date in the text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


class PageError(Exception):
    """A page with no article text in it (a front page, an error page, an empty shell)."""


def read_page(data: bytes) -> Record:
    """The article of one saved HTML page; ``PageError`` when the page holds none."""
    import trafilatura  # a few hundred ms to import: only when a page is read

    data = without_controls(data)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            deduplicate=False,
            date_extraction_params=DATE_PARAMS,
        )
    if doc is None:
        raise PageError("no article text found in the page")
    fields: dict[str, Any] = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    title = clean_field(fields.get("title"))
    text = _paragraphs(str(fields.get("text") or ""), title)
    if not text:
        raise PageError("no article text found in the page")
    own = page_fields(data)
    return Record(
        text=text,
        title=title or own.get("title"),
        byline=clean_field(fields.get("author")) or own.get("byline"),
        published=iso_date(fields.get("date")) or own.get("published"),
        source=clean_field(fields.get("sitename")) or own.get("source") or clean_field(fields.get("hostname")),
        url=clean_url(fields.get("url")) or own.get("url"),
    )


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's plain text (one block a line) as paragraphs separated by a blank line,
    without the headline it keeps as the first block."""
    lines = [" ".join(line.split()) for line in strip_controls(text).split("\n")]
    lines = [line for line in lines if line]
    if lines and title and " ".join(lines[0].split()).casefold() == title.casefold():
        lines = lines[1:]
    return "\n\n".join(lines)
