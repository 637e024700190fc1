"""A parsed article encoded for the body segment: the JSON of its line, made in pieces.

A worker process encodes the body and the extraction (``encode_article``); the writer splices
the linked mentions in (``segment_parts``) and writes the pieces one after another, so a line
of many megabytes is never joined, nor its hundred thousand mentions held as lists at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from store.db.schema import (
    body_of_article,
    body_to_dict,
    extraction_to_dict,
    header_of,
    mention_row,
    span_row,
    span_rows,
)
from store.records import Article, Extraction, Mention, Span

ROWS_AT_ONCE = 4096


def rows_parts(items: Sequence[Any], row: Callable[[Any], Any] | None) -> list[bytes]:
    """The pieces of ``orjson.dumps([row(x) for x in items])`` (the same bytes once joined),
    made ``ROWS_AT_ONCE`` rows at a time: an article with a hundred thousand mentions never
    holds them all as lists, nor its JSON twice. ``row`` None: the items are rows already."""
    if len(items) <= ROWS_AT_ONCE:
        return [orjson.dumps(items if row is None else [row(x) for x in items])]
    parts = [b"["]
    for i in range(0, len(items), ROWS_AT_ONCE):
        some = items[i : i + ROWS_AT_ONCE]
        chunk = orjson.dumps(some if row is None else [row(x) for x in some])
        parts += (b"," if i else b"", memoryview(chunk)[1:-1])
    parts.append(b"]")
    return parts


def dumps_rows(items: Sequence[Any], row: Callable[[Any], Any]) -> bytes:
    """``orjson.dumps([row(x) for x in items])`` made as ``rows_parts`` does."""
    return b"".join(rows_parts(items, row))


@dataclass(frozen=True, slots=True)
class EncodedArticle:
    """A parsed article and its extraction as the body segment will hold them.

    The body (text, paragraphs, sentences, quotes: most of the bytes) stays JSON from the
    worker that parsed it to the segment line: the ingest's serial part never decodes or
    re-encodes it. ``body`` is a JSON object without ``mentions``, which are known only once
    the hits are linked; ``segment_line`` splices them in.
    """

    header: dict[str, Any]
    sentences: int
    body: bytes
    extraction: bytes


def encode_article(article: Article, extraction: Extraction) -> EncodedArticle:
    body = body_to_dict(body_of_article(article, []))
    del body["mentions"]
    return EncodedArticle(
        header=header_of(article),
        sentences=len(article.sentences),
        body=orjson.dumps(body),
        extraction=orjson.dumps(extraction_to_dict(extraction, _spans_of(extraction))),
    )


def segment_parts(encoded: EncodedArticle, mentions: list[list[Any]]) -> list[Any]:
    """The body-segment record ``{"article", "body", "extraction"}`` as pieces of JSON (bytes
    or views of them), built around the already-encoded body and extraction: joined, the same
    bytes as dumping the dicts. Written piece by piece, a large line is never copied whole.
    ``mentions`` are rows as the line holds them (``schema.mention_row``)."""
    if not encoded.body.endswith(b"}") or encoded.body == b"{}":
        raise ValueError("the encoded body must be a non-empty JSON object")
    return [
        b'{"article":',
        orjson.dumps(encoded.header),
        b',"body":',
        memoryview(encoded.body)[:-1],
        b',"mentions":',
        *rows_parts(mentions, None),
        b'},"extraction":',
        encoded.extraction,
        b"}",
    ]


def segment_line(encoded: EncodedArticle, mentions: list[Mention]) -> bytes:
    """``segment_parts`` joined, for mentions as records: the line as one bytes object."""
    return b"".join(segment_parts(encoded, [mention_row(m) for m in mentions]))


def _spans_of(extraction: Extraction) -> Callable[[list[Span]], Any]:
    """How ``extraction``'s hits give their spans: as rows when all of them are few enough to be
    held as lists at once (nearly every article), else by ``_spans_encoder``."""
    rows = sum(len(a.spans) for a in extraction.actors) + sum(len(g.spans) for g in extraction.agreements)
    return span_rows if rows <= ROWS_AT_ONCE else _spans_encoder()


def _spans_encoder() -> Callable[[list[Span]], Any]:
    """How one extraction's hits give their spans to its one ``orjson.dumps``: as rows while
    the article's rows so far are few (nearly every article: encoding each hit's list apart
    cost four calls per hit), then as encoded pieces, so a large article never holds more than
    ``ROWS_AT_ONCE`` rows as lists. The bytes are the same either way."""
    left = ROWS_AT_ONCE

    def encoded(spans: list[Span]) -> list[list[Any]] | orjson.Fragment:
        nonlocal left
        if len(spans) <= left:
            left -= len(spans)
            return span_rows(spans)
        return orjson.Fragment(dumps_rows(spans, span_row))

    return encoded
