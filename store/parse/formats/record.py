"""What every non-text reader yields: one article's text with the header fields its file gave.

A page, an export record or a feed entry carries its title, author, date, site and link as
data; those travel beside the text (``Record``) and win over what the text parser would guess.
A record that cannot be an article is a ``RecordError``: the reason and where it sits in its
file ("record 3", "entry 2"), so the ingest reports it on one line and goes on.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import UTC, datetime

from store.parse.dates import date_in
from store.text import strip_controls

MAX_FIELD = 300
"""Header fields longer than this are not header fields (a body pasted into a title)."""
# Epoch timestamps in seconds or milliseconds between 1990 and 2100.
_EPOCH_S = (631_152_000, 4_102_444_800)


@dataclass(slots=True)
class Record:
    """One article read from a page, an export or a feed: plain text and header fields.

    ``text`` is plain prose with paragraphs separated by a blank line (never markup).
    ``where`` names the record inside a file of several ("record 3", "entry 2"); None for a
    file that holds one article.
    """

    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date
    source: str | None = None
    url: str | None = None
    where: str | None = None
    number: int | None = None


@dataclass(slots=True)
class RecordError:
    """A record of a multi-article file that is not an article, and why."""

    where: str
    reason: str


def clean_field(value: object) -> str | None:
    """A header field as one clean line of text, or None when it is empty or not text."""
    if isinstance(value, (list, tuple)):
        parts = [p for p in (clean_field(v) for v in value) if p]
        return ", ".join(dict.fromkeys(parts)) if parts else None
    if isinstance(value, dict):
        return clean_field(value.get("name") or value.get("title"))
    if not isinstance(value, str):
        return None
    line = " ".join(strip_controls(value).split())
    if not line or len(line) > MAX_FIELD:
        return None
    return line


def clean_url(value: object) -> str | None:
    """An absolute http(s) URL as one line, or None (relative links, ``javascript:``...)."""
    line = clean_field(value)
    if line is None or " " in line:
        return None
    if not line.lower().startswith(("http://", "https://")):
        return None
    return line


def host_of(url: str | None) -> str | None:
    """The host name of an absolute URL ("harbourtimes.example"), the site when none is named."""
    if not url:
        return None
    host = url.split("/")[2].split("@")[-1].split(":")[0].lower()
    return host.removeprefix("www.") or None


def iso_date(value: object) -> str | None:
    """The calendar date (YYYY-MM-DD) a date field states: ISO 8601, RFC 822 (feeds, email),
    epoch seconds or milliseconds, or a written date ("5 March 2024"); None when none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > _EPOCH_S[1] else value
        if _EPOCH_S[0] <= seconds <= _EPOCH_S[1]:
            return datetime.fromtimestamp(seconds, UTC).date().isoformat()
        return None
    line = clean_field(value)
    if line is None:
        return None
    try:
        return datetime.fromisoformat(line).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(line).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return date_in(line)
