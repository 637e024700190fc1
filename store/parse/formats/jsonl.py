"""News exports as JSON Lines (one article per line) or JSON (a list of articles, or an object
holding one under a usual key such as ``articles``, ``items`` or ``results``).

Field names are the ones common exports use, matched without regard to case; a value may be
HTML (a body exported with its markup), which becomes plain paragraphs. A record without text,
or a line that is not JSON, is a ``RecordError`` naming its number; the others are articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from store.parse.formats.markup import plain_text
from store.parse.formats.record import (
    Record,
    RecordError,
    clean_field,
    clean_url,
    host_of,
    iso_date,
)

TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content", "full_text", "fulltext", "maintext", "bodytext",
             "article_text", "article", "body_text", "story")  # fmt: skip
SUMMARY_KEYS = ("description", "summary", "abstract", "snippet")
URL_KEYS = ("url", "link", "canonical_url", "weburl", "permalink", "uri")
DATE_KEYS = ("published", "date", "publishedat", "published_at", "pubdate", "datepublished",
             "date_published", "date_publish", "webpublicationdate", "publish_date",
             "created_at", "time")  # fmt: skip
SOURCE_KEYS = ("source", "site", "publisher", "site_name", "sitename", "source_name",
               "publication", "outlet", "domain")  # fmt: skip
AUTHOR_KEYS = ("author", "byline", "authors", "creator", "writer")
LIST_KEYS = ("articles", "items", "results", "data", "records", "entries", "stories", "posts",
             "docs", "documents", "hits", "response")  # fmt: skip
"""Where an export object keeps its list of articles (looked into two levels deep)."""


class ExportError(Exception):
    """A JSON file that holds no articles at all (not JSON, or no list of records)."""


def read_json_lines(data: bytes) -> Iterator[Record | RecordError]:
    """Each non-blank line of a JSON Lines file as a record, numbered from 1 (with its line
    number too when blank lines make the two differ)."""
    number = 0
    for line_number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        number += 1
        where = f"record {number}" + (f" (line {line_number})" if line_number != number else "")
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield RecordError(where, f"not valid JSON ({_short(exc)})")
            continue
        yield record_of(value, where, number)


def read_json(data: bytes) -> Iterator[Record | RecordError]:
    """The articles of a JSON export; a file of one JSON object per line is read as JSON Lines."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        first = data.lstrip()[:1]
        if first == b"{" and b"\n" in data.strip():
            yield from read_json_lines(data)
            return
        raise ExportError(f"not valid JSON ({_short(exc)})") from None
    items = _article_list(value)
    if items is None:
        if isinstance(value, dict) and _pick_text({str(k).casefold(): v for k, v in value.items()}, TEXT_KEYS):
            items = [value]
        else:
            raise ExportError("no list of articles in this JSON (looked for a list, or "
                              "'articles', 'items', 'results'...)")  # fmt: skip
    for number, item in enumerate(items, 1):
        yield record_of(item, f"record {number}", number)


def record_of(value: Any, where: str, number: int) -> Record | RecordError:
    """One export record as an article, or why it is not one."""
    if not isinstance(value, dict):
        return RecordError(where, f"not a JSON object ({type(value).__name__})")
    fields = {str(k).casefold(): v for k, v in value.items()}
    fields.update({k: v for k, v in _nested(fields).items() if k not in fields})
    text = _pick_text(fields, TEXT_KEYS) or _pick_text(fields, SUMMARY_KEYS)
    if not text:
        return RecordError(where, "no text (looked for 'text', 'body', 'content'...)")
    url = clean_url(_pick(fields, URL_KEYS))
    return Record(
        text=text,
        title=_text_field(_pick(fields, TITLE_KEYS)),
        byline=clean_field(_pick(fields, AUTHOR_KEYS)),
        published=iso_date(_pick(fields, DATE_KEYS)),
        source=clean_field(_pick(fields, SOURCE_KEYS)) or host_of(url),
        url=url,
        where=where,
        number=number,
    )


def _text_field(value: Any) -> str | None:
    """A title that may carry markup ("<b>Pact</b> signed") as one clean line."""
    if isinstance(value, str) and "<" in value:
        value = plain_text(value).replace("\n", " ")
    return clean_field(value)


def _pick_text(fields: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of ``keys`` holding text, as plain paragraphs; "" when none does."""
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and (text := plain_text(value).strip()):
            return text
    return ""


def _pick(fields: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` with a non-empty value."""
    for key in keys:
        value = fields.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _nested(fields: dict[str, Any]) -> dict[str, Any]:
    """Fields some exports keep one level down (``fields.bodyText``, ``_source.text``)."""
    out: dict[str, Any] = {}
    for key in ("fields", "_source", "attributes", "properties", "article"):
        inner = fields.get(key)
        if isinstance(inner, dict):
            for k, v in inner.items():
                out.setdefault(str(k).casefold(), v)
    return out


def _article_list(value: Any, depth: int = 0) -> list[Any] | None:
    """The list of records in a JSON value: the value itself, or under a usual key."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict) or depth > 1:
        return None
    lowered = {str(k).casefold(): v for k, v in value.items()}
    for key in LIST_KEYS:
        found = _article_list(lowered.get(key), depth + 1)
        if found is not None:
            return found
    return None


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:120]
