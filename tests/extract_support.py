"""Helpers for the extraction tests: an Article from plain text, and lookups on an Extraction."""

from __future__ import annotations

import re

from store.extract.gazetteer import Gazetteer, load_gazetteer
from store.records import ActorHit, AgreementHit, Article, Extraction, Paragraph, Quote, Sentence

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])")
_GAZ: list[Gazetteer] = []
_ABBREV = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Adm|Gen|Jr|Sr|St|Lt|Col|Capt|Prof|[A-Z])\.$")


def _sentences(part: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in a paragraph; no split after "Dr." or an initial."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SPLIT.finditer(part):
        if _ABBREV.search(part[start : m.start()]):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(part)))
    return out


def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once for all extraction tests."""
    if not _GAZ:
        _GAZ.append(load_gazetteer())
    return _GAZ[0]


def article(
    text: str, *, headings: tuple[int, ...] = (), quotes: list[tuple[str, str]] = (), published: str | None = None
) -> Article:
    """Paragraphs split on blank lines, sentences on end punctuation; ``quotes`` are
    (quoted text, speaker) pairs located in the text."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    parts = text.split("\n\n")
    for p_index, part in enumerate(parts):
        start = text.index(part, pos)
        paragraphs.append(Paragraph("heading" if p_index in headings else "text", start, start + len(part)))
        for s_start, s_end in _sentences(part):
            sentences.append(Sentence(len(sentences), p_index, start + s_start, start + s_end))
        pos = start + len(part)
    found: list[Quote] = []
    for quoted, speaker in quotes:
        q = text.index(quoted)
        s = next(x for x in sentences if x.start <= q < x.end)
        found.append(Quote(s.index, q, q + len(quoted), speaker))
    return Article("t", "t.txt", "A title", None, None, published, None, text, paragraphs, sentences, found)


def run(text: str, **kw) -> Extraction:
    from store.extract import extract

    return extract(article(text, **kw), gazetteer())


def first_status(text: str, published: str | None = None) -> str | None:
    """The status of the first agreement extracted from ``text``."""
    return run(text, published=published).agreements[0].status


def actor(ex: Extraction, name: str, kind: str | None = None) -> ActorHit | None:
    for a in ex.actors:
        if a.name == name and (kind is None or a.kind == kind):
            return a
    return None


def names(ex: Extraction, kind: str) -> set[str]:
    return {a.name for a in ex.actors if a.kind == kind and a.spans}


def agreement(ex: Extraction, name: str) -> AgreementHit | None:
    for g in ex.agreements:
        if g.name == name:
            return g
    return None
