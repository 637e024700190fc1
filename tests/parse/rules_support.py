"""Helpers for the line-rule tests: the labels a text gets, and an article's body."""

from __future__ import annotations

from store.parse.article import RULES, parse_article
from store.parse.classify import Label, classify
from store.parse.layout import article_lines
from store.records import Article


def labels(text: str) -> list[Label]:
    """Every line's label, in order."""
    return classify(article_lines(text), RULES)


def rules_of(text: str) -> list[tuple[str, str]]:
    """``(rule, kind)`` for every line, in order."""
    return [(lb.rule, lb.kind) for lb in labels(text)]


def rule_of(text: str, line: str) -> str:
    """The rule that labelled the first line equal to ``line``."""
    lines = article_lines(text)
    for ln, lb in zip(lines, labels(text), strict=True):
        if ln.text == line:
            return lb.rule
    raise AssertionError(f"no line {line!r}")


def body(a: Article) -> str:
    """The body text: the article's paragraphs but its headline."""
    return "\n\n".join(a.paragraph_text(i) for i, p in enumerate(a.paragraphs) if p.kind != "headline")


def parse(text: str) -> Article:
    return parse_article(text, "x.txt")
