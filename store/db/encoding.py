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
)
from store.records import Article, Extraction, Mention, Span

ROWS_AT_ONCE = 4096


def rows_parts(items: Sequence[Any], row: Callable[[Any], Any]) -> list[bytes]:
    """The pieces of ``orjson.dumps([row(x) for x in items])`` (the same bytes once joined),
    made ``ROWS_AT_ONCE`` rows at a time: an article with a hundred thousand mentions never
    holds them all as lists, nor its JSON twice."""
    if len(items) <= ROWS_AT_ONCE:
        return [orjson.dumps([row(x) for x in items])]
    parts = [b"["]
    for i in range(0, len(items), ROWS_AT_ONCE):
        chunk = orjson.dumps([row(x) for x in items[i : i + ROWS_AT_ONCE]])
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
        extraction=orjson.dumps(extraction_to_dict(extraction, _spans_encoder())),
    )


def segment_parts(encoded: EncodedArticle, mentions: list[Mention]) -> list[Any]:
    """The body-segment record ``{"article", "body", "extraction"}`` as pieces of JSON (bytes
    or views of them), built around the already-encoded body and extraction: joined, the same
    bytes as dumping the dicts. Written piece by piece, a large line is never copied whole."""
    if not encoded.body.endswith(b"}") or encoded.body == b"{}":
        raise ValueError("the encoded body must be a non-empty JSON object")
    return [
        b'{"article":',
        orjson.dumps(encoded.header),
        b',"body":',
        memoryview(encoded.body)[:-1],
        b',"mentions":',
        *rows_parts(mentions, mention_row),
        b'},"extraction":',
        encoded.extraction,
        b"}",
    ]


def segment_line(encoded: EncodedArticle, mentions: list[Mention]) -> bytes:
    """``segment_parts`` joined: the line as one bytes object."""
    return b"".join(segment_parts(encoded, mentions))


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
            return list(map(span_row, spans))
        return orjson.Fragment(dumps_rows(spans, span_row))

    return encoded
