"""Extraction of a very long article in windows, so its memory is bounded by the window.

Extraction keeps several objects per token (words, offsets, folds, chunks): hundreds of bytes
for each, so an 8 MB file held whole took gigabytes. An article longer than ``LONG`` characters
is cut at sentence boundaries (at a paragraph's start where one is near) into windows of about
``WINDOW`` characters; each window is extracted as an article of its own, its offsets and
sentence indices moved back to the whole article's, and the hits are merged by actor and
agreement. News articles are far shorter than a window, so they are extracted whole, as before;
in a longer text a person named in full in one window and by surname in a later one may stay
two mentions apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from store.records import (
    ActorHit,
    AgreementHit,
    Article,
    Extraction,
    Paragraph,
    QuoteHit,
    Sentence,
    Span,
)

LONG = 200_000
WINDOW = 100_000


def windows(article: Article, size: int = WINDOW) -> Iterator[tuple[int, int]]:
    """Sentence ranges [k0, k1) of about ``size`` characters each, cut at a paragraph's start
    when one comes in the second half of a window, else at a sentence's."""
    sentences = article.sentences
    k0 = 0
    while k0 < len(sentences):
        start = sentences[k0].start
        k1 = k0 + 1
        cut = None
        while k1 < len(sentences) and sentences[k1].end - start <= size:
            if sentences[k1].paragraph != sentences[k1 - 1].paragraph and (
                sentences[k1].start - start >= size // 2
            ):
                cut = k1
            k1 += 1
        if k1 < len(sentences) and cut is not None:
            k1 = cut
        yield k0, k1
        k0 = k1


def window_article(article: Article, k0: int, k1: int) -> tuple[Article, int]:
    """Sentences [k0, k1) as an article of their own, and the offset its text starts at."""
    sentences = article.sentences[k0:k1]
    lo, hi = sentences[0].start, max(s.end for s in sentences)
    p0, p1 = sentences[0].paragraph, max(s.paragraph for s in sentences) + 1
    paragraphs = [
        Paragraph(p.kind, max(p.start, lo) - lo, min(p.end, hi) - lo)
        for p in article.paragraphs[p0:p1]
    ]
    local = [Sentence(s.index - k0, s.paragraph - p0, s.start - lo, s.end - lo) for s in sentences]
    quotes = [
        replace(q, sentence=q.sentence - k0, start=q.start - lo, end=q.end - lo)
        for q in article.quotes
        if k0 <= q.sentence < k1 and lo <= q.start and q.end <= hi
    ]
    part = replace(
        article, text=article.text[lo:hi], paragraphs=paragraphs, sentences=local, quotes=quotes
    )
    return part, lo


def _span(s: Span, k0: int, lo: int) -> Span:
    return Span(s.sentence + k0, s.start + lo, s.end + lo, s.rule)


def _shift(out: Extraction, k0: int, lo: int) -> Extraction:
    """``out`` of a window moved to the whole article's offsets and sentence indices."""
    for a in out.actors:
        a.spans = [_span(s, k0, lo) for s in a.spans]
        a.roles = [replace(r, sentence=r.sentence + k0) for r in a.roles]
    for g in out.agreements:
        g.spans = [_span(s, k0, lo) for s in g.spans]
        g.facts = [replace(f, sentence=f.sentence + k0) for f in g.facts]
    out.quotes = [
        QuoteHit(q.speaker, q.sentence + k0, q.start + lo, q.end + lo) for q in out.quotes
    ]
    return out


def _more(into: list, items: list) -> None:
    for item in items:
        if item not in into:
            into.append(item)


def _merge_actor(into: ActorHit, hit: ActorHit) -> None:
    _more(into.aliases, [a for a in hit.aliases if a != into.name])
    roles = {(r.title, r.affiliation) for r in into.roles}
    into.roles += [r for r in hit.roles if (r.title, r.affiliation) not in roles]
    into.spans += hit.spans


def _merge_agreement(into: AgreementHit, hit: AgreementHit) -> None:
    _more(into.aliases, [a for a in hit.aliases if a != into.name])
    _more(into.keywords, hit.keywords)
    _more(into.parties, hit.parties)
    for name in ("year", "status", "value", "amount", "currency", "part_of"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(hit, name))
    into.facts += hit.facts
    into.spans += hit.spans


def extract_in_windows(
    article: Article, extract_one: Callable[[Article], Extraction]
) -> Extraction:
    """Extract ``article`` window by window (see the module docstring) and merge the hits."""
    merged = Extraction(article_id=article.id)
    actors: dict[tuple[str, str], ActorHit] = {}
    agreements: dict[tuple[str, bool], AgreementHit] = {}
    for k0, k1 in windows(article):
        part, lo = window_article(article, k0, k1)
        found = _shift(extract_one(part), k0, lo)
        del part
        for a in found.actors:
            known = actors.get((a.kind, a.name))
            if known is None:
                actors[(a.kind, a.name)] = a
                merged.actors.append(a)
            else:
                _merge_actor(known, a)
        for g in found.agreements:
            same = agreements.get((g.name, g.unnamed))
            if same is None:
                agreements[(g.name, g.unnamed)] = g
                merged.agreements.append(g)
            else:
                _merge_agreement(same, g)
        merged.quotes += found.quotes
    return merged

