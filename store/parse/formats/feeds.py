"""RSS and Atom files saved on disk, through feedparser: each entry an article.

An entry's text is its full content when the feed carries it, else its summary (HTML made
plain paragraphs); its link, date and author are header fields, the feed's own title is the
site. feedparser reads the bytes given and fetches nothing. An entry with neither content nor
summary is a ``RecordError`` naming its number; a file that is no feed at all, one error.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from store.parse.formats.markup import plain_text
from store.parse.formats.record import Record, RecordError, clean_field, clean_url, host_of


class FeedError(Exception):
    """A file that is not an RSS or Atom feed."""


def read_feed(data: bytes) -> Iterator[Record | RecordError]:
    """The entries of one RSS or Atom document, in document order, numbered from 1."""
    import feedparser  # imported when a feed is read

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())[:120]})" if reason else ""
        raise FeedError(f"not an RSS or Atom feed{detail}")
    feed = parsed.get("feed", {})
    site = clean_field(feed.get("title")) or host_of(clean_url(feed.get("link")))
    if not parsed.entries:
        raise FeedError("a feed with no entries")
    damaged = ""
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        damaged = f" (the feed is damaged: {' '.join(str(parsed.bozo_exception).split())[:120]})"
    for number, entry in enumerate(parsed.entries, 1):
        result = _entry(entry, site, f"entry {number}", number)
        if isinstance(result, RecordError):
            result.reason += damaged
        yield result


def _entry(entry: Any, site: str | None, where: str, number: int) -> Record | RecordError:
    text = _content(entry)
    if not text:
        return RecordError(where, "no content or summary")
    title = entry.get("title")
    if isinstance(title, str) and "<" in title:
        title = plain_text(title).replace("\n", " ")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return Record(
        text=text,
        title=clean_field(title),
        byline=clean_field(entry.get("author")),
        published=time.strftime("%Y-%m-%d", stamp) if stamp else None,
        source=clean_field((entry.get("source") or {}).get("title")) or site,
        url=clean_url(entry.get("link")) or clean_url(entry.get("id")),
        where=where,
        number=number,
    )


def _content(entry: Any) -> str:
    """The longest full content of an entry, else its summary, as plain paragraphs."""
    texts = [plain_text(c.get("value") or "") for c in entry.get("content") or ()]
    best = max(texts, key=len, default="")
    if best.strip():
        return best.strip()
    return plain_text(entry.get("summary") or "").strip()

