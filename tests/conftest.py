"""Shared fixtures: a temporary store path and hand-built articles with their extractions."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from store.records import (
    ActorHit,
    AgreementHit,
    Article,
    Extraction,
    Fact,
    Paragraph,
    RoleHit,
    Sentence,
    Span,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a fresh store goes (nothing is created until a writer commits)."""
    return tmp_path / "store" / "pactscope.json"


def build_article(
    sentences: list[str],
    *,
    file: str = "a.txt",
    title: str = "A title",
    published: str | None = None,
) -> Article:
    """An Article whose paragraphs are the given sentences, one per paragraph."""
    text = "\n\n".join(sentences)
    paragraphs, sents, pos = [], [], 0
    for i, s in enumerate(sentences):
        paragraphs.append(Paragraph("text", pos, pos + len(s)))
        sents.append(Sentence(i, i, pos, pos + len(s)))
        pos += len(s) + 2
    return Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        file=file,
        title=title,
        dateline=None,
        byline=None,
        published=published,
        source="Test Wire",
        text=text,
        paragraphs=paragraphs,
        sentences=sents,
    )


def span_of(article: Article, needle: str) -> Span:
    """The span of the first occurrence of ``needle`` in the article."""
    start = article.text.index(needle)
    sentence = next(s.index for s in article.sentences if s.start <= start < s.end)
    return Span(sentence, start, start + len(needle))


def hit(article: Article, kind: str, name: str, *forms: str, **extra: object) -> ActorHit:
    """An ActorHit with spans for each written form found in the article."""
    spans = [span_of(article, f) for f in (forms or (name,)) if f in article.text]
    return ActorHit(
        kind=kind, name=name, aliases=[f for f in forms if f != name], spans=spans, **extra
    )  # type: ignore[arg-type]


@pytest.fixture
def make_pair() -> Callable[..., tuple[Article, Extraction]]:
    """A factory: a Japan/Australia article with actors, a role and an agreement."""

    def make(
        file: str = "a.txt",
        extra: str = "",
        published: str | None = "2025-01-02",
        title: str = "Ties",
    ) -> tuple[Article, Extraction]:
        art = build_article(
            [
                "Japan and Australia signed the Reciprocal Access Agreement in 2023.",
                "Foreign Minister Penny Wong praised the deal." + extra,
            ],
            file=file,
            title=title,
            published=published,
        )
        wong = hit(art, "person", "Penny Wong")
        wong.roles.append(RoleHit("Foreign Minister", "Australia", 1))
        raa = AgreementHit(
            name="Reciprocal Access Agreement",
            parties=["Japan", "Australia"],
            year=2023,
            status="signed",
            facts=[Fact("year", 2023, 0), Fact("party", "Japan", 0)],
            spans=[span_of(art, "Reciprocal Access Agreement")],
        )
        ext = Extraction(
            article_id=art.id,
            actors=[
                hit(art, "country", "Japan", code="JP"),
                hit(art, "country", "Australia", code="AU"),
                wong,
            ],
            agreements=[raa],
        )
        return art, ext

    return make
