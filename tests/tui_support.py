"""Deterministic stores for the explorer's tests, shared by every TUI test module.

``seeded_store(tmp)`` ingests the bundled seeds/ into a fresh store (skips the test when the
ingest pipeline is unavailable). ``crafted_store(tmp)`` writes a small store through the real
``Store`` API from hand-made parse and extraction records: its text, sentences and mentions
are known exactly, so tests can assert on sentence numbers and mention highlights, and one
article carries hostile text (markup, escape sequences, bells, carriage returns).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db.store import Store
from store.records import (
    ActorHit,
    AgreementHit,
    Article,
    Extraction,
    Fact,
    Paragraph,
    Sentence,
    Span,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

HOSTILE = "[bold]x[/] [link=http://e]y[/link] \x1b[2J \x1b]52;c;aGk=\x07 bell\x07 cr\rend"


def make_article(
    id: str,
    title: str,
    paragraphs: list[tuple[str, list[str]]],
    *,
    published: str | None = "2025-01-01",
    source: str | None = "Example News",
    dateline: str | None = None,
    byline: str | None = None,
) -> Article:
    """An Article from ``(kind, [sentence, ...])`` paragraphs; offsets computed exactly."""
    text_parts: list[str] = []
    paras: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for p_index, (kind, sents) in enumerate(paragraphs):
        if p_index:
            offset += 2  # the "\n\n" between paragraphs
        start = offset
        for s_index, sentence in enumerate(sents):
            if s_index:
                offset += 1  # one space between sentences
            sentences.append(Sentence(len(sentences), p_index, offset, offset + len(sentence)))
            offset += len(sentence)
        paras.append(Paragraph(kind, start, offset))
        text_parts.append(" ".join(sents))
    text = "\n\n".join(text_parts)
    assert len(text) == offset
    return Article(
        id=id,
        file=f"{id}.txt",
        title=title,
        dateline=dateline,
        byline=byline,
        published=published,
        source=source,
        text=text,
        paragraphs=paras,
        sentences=sentences,
    )


def spans_of(article: Article, name: str) -> list[Span]:
    """Every occurrence of ``name`` in the article as a Span (sentence found by offset)."""
    spans: list[Span] = []
    start = article.text.find(name)
    while start >= 0:
        sentence = next(s.index for s in article.sentences if s.start <= start < s.end)
        spans.append(Span(sentence, start, start + len(name)))
        start = article.text.find(name, start + len(name))
    return spans


def actor(article: Article, kind: str, name: str, code: str | None = None) -> ActorHit:
    return ActorHit(kind=kind, name=name, aliases=[name], code=code, spans=spans_of(article, name))  # type: ignore[arg-type]


def crafted_articles() -> list[tuple[Article, Extraction]]:
    """Three articles: a long one with many sentences, a follow-up, and a hostile one."""
    long_sentences = [
        f"Filler sentence number {i} about the Pacific Accord talks." for i in range(4, 60)
    ]
    first = make_article(
        "a1",
        "Atlantis and Lemuria sign the Pacific Accord",
        [
            (
                "text",
                [
                    "Atlantis and Lemuria signed the Pacific Accord on Monday.",
                    "Premier Ana Ruiz said the deal was worth $5 billion.",
                ],
            ),
            ("heading", ["What the accord says"]),
            ("bullet", ["The Ocean Council will oversee the Pacific Accord."]),
            ("text", long_sentences),
            ("source", ["Source: Example Wire"]),
        ],
        published="2025-03-02",
        dateline="Port Royal",
        byline="By A. Writer",
    )
    ext1 = Extraction(
        article_id="a1",
        actors=[
            actor(first, "country", "Atlantis", "AT"),
            actor(first, "country", "Lemuria", "LM"),
            actor(first, "person", "Ana Ruiz"),
            actor(first, "organization", "Ocean Council"),
        ],
        agreements=[
            AgreementHit(
                name="Pacific Accord",
                parties=["Atlantis", "Lemuria"],
                year=2025,
                status="signed",
                value="$5 billion",
                facts=[
                    Fact("party", "Atlantis", 0),
                    Fact("party", "Lemuria", 0),
                    Fact("status", "signed", 0),
                    Fact("value", "$5 billion", 1),
                ],
                spans=spans_of(first, "Pacific Accord"),
            )
        ],
    )
    second = make_article(
        "a2",
        "Lemuria reviews the accord",
        [("text", ["Lemuria said the Pacific Accord is under review.", "Atlantis disagreed."])],
        published="2025-02-01",
    )
    ext2 = Extraction(
        article_id="a2",
        actors=[
            actor(second, "country", "Lemuria", "LM"),
            actor(second, "country", "Atlantis", "AT"),
        ],
        agreements=[
            AgreementHit(
                name="Pacific Accord",
                parties=["Atlantis", "Lemuria"],
                status="under_review",
                facts=[Fact("status", "under_review", 0)],
                spans=spans_of(second, "Pacific Accord"),
            )
        ],
    )
    hostile = make_article(
        "a3",
        "Hostile [bold]title[/] \x1b[31mred\x1b[0m",
        [("text", [f"Plain start. {HOSTILE} Lemuria again."]), ("post", ["A post line."])],
        published="2024-12-31",
        source="[i]src[/i]\x07",
    )
    ext3 = Extraction(article_id="a3", actors=[actor(hostile, "country", "Lemuria", "LM")])
    return [(first, ext1), (second, ext2), (hostile, ext3)]


def write_store(path: Path, records: list[tuple[Article, Extraction]]) -> Path:
    """Commit ``records`` to the store at ``path`` (created if missing)."""
    with Store.open(path, write=True) as store:
        for article, extraction in records:
            store.add(article, extraction)
        store.commit()
    return path


def crafted_store(tmp: Path) -> Path:
    return write_store(tmp / "crafted.json", crafted_articles())


def extra_article() -> tuple[Article, Extraction]:
    """A fourth article, for tests of a second ingest while the explorer runs."""
    article = make_article(
        "a4",
        "Zeta joins the Pacific Accord",
        [("text", ["Zeta joined the Pacific Accord."])],
        published="2025-04-01",
    )
    return article, Extraction("a4", actors=[actor(article, "country", "Zeta", "ZT")])


def seeded_store(tmp: Path) -> Path:
    """The seeds ingested into ``tmp/seeds.json`` (skips when ingest is not available)."""
    try:
        from store.ingest import ingest
    except ImportError as error:  # the pipeline is still being assembled
        pytest.skip(f"ingest unavailable: {error}")
    path = tmp / "seeds.json"
    with Store.open(path, write=True) as store:
        try:
            report = ingest(store, [SEEDS], jobs=1)
        except ImportError as error:
            pytest.skip(f"ingest unavailable: {error}")
        store.commit()
    assert not report.failed, report.failed
    return path
