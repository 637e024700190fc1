"""A page's own metadata, read where trafilatura left a header field empty.

Open Graph (``og:title``, ``og:site_name``, ``og:url``, ``article:published_time``,
``article:author``), JSON-LD ``NewsArticle`` (also inside lists and ``@graph``), the
canonical link and the first ``<time datetime>``. Read from the parsed tree, never by
patterns over the markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from store.parse.formats.record import clean_field, clean_url, iso_date

NEWS_TYPES = frozenset({"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                        "blogposting", "opinionnewsarticle", "backgroundnewsarticle"})  # fmt: skip


def page_fields(data: bytes) -> dict[str, str]:
    """Header fields the page states as metadata: title, byline, published, source, url."""
    import lxml.html  # imported when a page is read
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return {}
    found: dict[str, str | None] = {}
    for item in _news_items(root):
        _set(found, "title", clean_field(item.get("headline")))
        _set(found, "byline", clean_field(item.get("author")))
        _set(found, "published", iso_date(item.get("datePublished")))
        _set(found, "source", clean_field(item.get("publisher")))
        _set(found, "url", clean_url(item.get("url")) or clean_url(item.get("mainEntityOfPage")))
    meta = {
        (m.get("property") or m.get("name") or "").lower(): m.get("content")
        for m in root.iter("meta")
        if m.get("content")
    }
    _set(found, "title", clean_field(meta.get("og:title")))
    _set(found, "byline", clean_field(meta.get("article:author") or meta.get("author")))
    _set(found, "published", iso_date(meta.get("article:published_time")))
    _set(found, "source", clean_field(meta.get("og:site_name")))
    _set(found, "url", clean_url(meta.get("og:url")))
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            _set(found, "url", clean_url(link.get("href")))
    for stamp in root.iter("time"):
        _set(found, "published", iso_date(stamp.get("datetime")))
        break
    return {k: v for k, v in found.items() if v}


def _set(found: dict[str, str | None], key: str, value: str | None) -> None:
    if value and not found.get(key):
        found[key] = value


def _news_items(root: Any) -> Iterator[dict[str, Any]]:
    """JSON-LD objects of a news type, wherever the page's ld+json scripts hold them."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            value = orjson.loads(script.text.strip())
        except orjson.JSONDecodeError:
            continue
        yield from _typed(value, 0)


def _typed(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 3:
        return
    if isinstance(value, list):
        for item in value:
            yield from _typed(item, depth + 1)
    elif isinstance(value, dict):
        kinds = value.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and k.lower() in NEWS_TYPES for k in kinds):
            yield value
        if "@graph" in value:
            yield from _typed(value["@graph"], depth + 1)
