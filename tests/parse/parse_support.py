"""Helpers for the parse tests: a fixture article parsed, and its body, sentences and quotes."""

from __future__ import annotations

from pathlib import Path

from store.parse.article import parse_article
from store.parse.reader import read_article_file
from store.records import Article

ARTICLES = Path(__file__).resolve().parents[1] / "articles"


def load(name: str) -> Article:
    text, warnings = read_article_file(ARTICLES / name)
    assert warnings == []
    return parse_article(text, str(ARTICLES / name))


def paragraphs(a: Article) -> list[tuple[str, str]]:
    """The body's paragraphs (the headline, kept last for extraction, is not body)."""
    return [(p.kind, a.paragraph_text(i)) for i, p in enumerate(a.paragraphs) if p.kind != "headline"]


def body(a: Article) -> str:
    """The body text: the article's text without its headline paragraph."""
    return "\n\n".join(t for _, t in paragraphs(a))


def sentences(a: Article) -> list[str]:
    return [a.sentence_text(i) for i in range(len(a.sentences))]


def quotes(a: Article) -> list[tuple[str, str | None]]:
    return [(a.text[q.start : q.end], q.speaker) for q in a.quotes]


def check_structure(a: Article) -> None:
    """Offsets agree with the text: paragraphs joined by a blank line, sentences inside them."""
    assert a.text == "\n\n".join(a.paragraph_text(i) for i in range(len(a.paragraphs)))
    for i, s in enumerate(a.sentences):
        assert s.index == i
        p = a.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        t = a.text[s.start : s.end]
        assert t == t.strip() and t
    assert [s.start for s in a.sentences] == sorted(s.start for s in a.sentences)
    for q in a.quotes:
        s = a.sentences[q.sentence]
        assert s.start <= q.start < q.end <= s.end


LEDE = "The European Union and Azerbaijan signed a memorandum of understanding on gas supplies."
