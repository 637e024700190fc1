"""Untrusted text made safe to show: control sequences stripped, never parsed as markup.

Every string that comes from the store (titles, names, article bodies) is passed through
these helpers before it reaches a widget. They return ``rich.text.Text`` objects, which Rich
and Textual render literally, so ``[bold]`` in an article is shown as written.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from rich.text import Text

from store.records import Body, Mention, Paragraph, Sentence
from store.text import strip_controls


def clean(value: object) -> str:
    """A store value as display text: controls and escape sequences removed."""
    if value is None:
        return ""
    return strip_controls(str(value))


def one_line(value: object) -> str:
    """Display text for a single line: newlines and tabs become spaces."""
    text = clean(value)
    if "\n" in text or "\t" in text:
        text = " ".join(text.split())
    return text


def file_name(path: object) -> str:
    """The base name of a stored file path (``/a/b/c.txt`` or ``C:\\b\\c.txt`` -> ``c.txt``;
    ``/a/\\xfename.txt``, an undecodable name as stored, -> ``\\xfename.txt``).

    The store keeps the full path so same-named files of two folders stay apart; a list
    only has room for the name.
    """
    text = one_line(path).rstrip("/\\")
    if "/" in text:  # a POSIX path: a backslash is part of a name (or of an escape "\\xfe")
        return text[text.rfind("/") + 1 :]
    return text[text.rfind("\\") + 1 :]


def safe_text(value: object, style: str = "", *, single_line: bool = True) -> Text:
    """A ``Text`` holding ``value`` literally (no markup), cleaned of control characters."""
    text = one_line(value) if single_line else clean(value)
    return Text(text, style=style)


def line_text(*parts: tuple[object, str], ellipsis: bool = True) -> Text:
    """One non-wrapping line assembled from ``(value, style)`` pairs, each cleaned."""
    out = Text(no_wrap=True, overflow="ellipsis" if ellipsis else "fold", end="")
    for value, style in parts:
        out.append(one_line(value), style=style)
    return out


def without_headline(body: Body) -> Body:
    """``body`` without its headline paragraph (the parser keeps the headline last, for
    extraction; the view shows it as the title): the text, sentences, quotes and mentions
    before it."""
    heads = [p for p in body.paragraphs if p.kind == "headline"]
    if not heads:
        return body
    end = max(0, heads[0].start - 2)
    return replace(
        body,
        text=body.text[:end],
        paragraphs=[p for p in body.paragraphs if p.end <= end and p.kind != "headline"],
        sentences=[s for s in body.sentences if s.end <= end],
        quotes=[q for q in body.quotes if q.end <= end],
        mentions=[m for m in body.mentions if m.end <= end],
    )


def clean_body(body: Body) -> Body:
    """``body`` with control characters removed from its text and every offset remapped.

    The common case (already clean text) returns ``body`` unchanged. Otherwise the text is
    cut at every offset some record points at, each piece is cleaned on its own, and each
    offset moves to where its piece now starts, so spans stay on the characters they named.
    """
    text = body.text
    if strip_controls(text) == text:
        return body
    cuts: set[int] = {0, len(text)}
    for p in body.paragraphs:
        cuts.update((p.start, p.end))
    for s in body.sentences:
        cuts.update((s.start, s.end))
    for q in body.quotes:
        cuts.update((q.start, q.end))
    for m in body.mentions:
        cuts.update((m.start, m.end))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    pieces: list[str] = []
    new_points: list[int] = []
    position = 0
    for i, point in enumerate(points):
        new_points.append(position)
        if i + 1 < len(points):
            piece = strip_controls(text[point : points[i + 1]])
            pieces.append(piece)
            position += len(piece)

    def at(offset: int) -> int:
        offset = max(0, min(offset, len(text)))
        return new_points[bisect_right(points, offset) - 1]

    return Body(
        id=body.id,
        text="".join(pieces),
        paragraphs=[Paragraph(p.kind, at(p.start), at(p.end)) for p in body.paragraphs],
        sentences=[Sentence(s.index, s.paragraph, at(s.start), at(s.end)) for s in body.sentences],
        quotes=[replace(q, start=at(q.start), end=at(q.end)) for q in body.quotes],
        mentions=[
            Mention(m.entity, m.kind, m.sentence, at(m.start), at(m.end), m.rule) for m in body.mentions
        ],
    )
