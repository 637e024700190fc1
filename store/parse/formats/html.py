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

# Character references to C0/C1 controls ("&#27;", "&#x1b;"): invalid in HTML, and lxml gives
# up on the whole page over one; they would only ever carry a terminal escape.
_CONTROL_REF = re.compile(
    rb"&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|12[7-9]|1[3-5][0-9])(?![0-9])"
    rb"|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])(?![0-9a-fA-F]));?"
)

# htmldate, under trafilatura: the page's own dates only, no guessing from any date in the text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


class PageError(Exception):
    """A page with no article text in it (a front page, an error page, an empty shell)."""


def read_page(data: bytes) -> Record:
    """The article of one saved HTML page; ``PageError`` when the page holds none."""
    import trafilatura  # a few hundred ms to import: only when a page is read

    data = _CONTROL_REF.sub(b"", data)
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
