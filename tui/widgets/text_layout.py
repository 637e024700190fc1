"""Laying out an article body as lines: word wrap by terminal cells, and offset checks.

Kept apart from the widget so that it can be tested without a terminal: ``wrap`` returns
character ranges (so the view knows on which line each sentence starts) and
``checked_body`` makes a stored body safe to lay out whatever its offsets say.
"""

from __future__ import annotations

from dataclasses import replace

from rich.cells import get_character_cell_size

from store.records import Body, Mention, Paragraph, Sentence

MENTION_KINDS = frozenset({"person", "country", "organization", "agreement"})


def checked_body(body: Body) -> Body:
    """``body`` made safe to lay out: offsets within the text, tabs as spaces, mentions in order.

    A body without paragraphs is shown as one paragraph; spans that point outside the text
    (a damaged record) are clamped rather than allowed to break the view.
    """
    n = len(body.text)

    def fit(start: int, end: int) -> tuple[int, int]:
        start = max(0, min(int(start), n))
        return start, max(start, min(int(end), n))

    paragraphs = [Paragraph(p.kind, *fit(p.start, p.end)) for p in body.paragraphs]
    if not paragraphs and body.text:
        paragraphs = [Paragraph("text", 0, n)]
    return Body(
        body.id,
        body.text.replace("\t", " "),
        paragraphs,
        [Sentence(x.index, x.paragraph, *fit(x.start, x.end)) for x in body.sentences],
        [replace(q, start=fit(q.start, q.end)[0], end=fit(q.start, q.end)[1]) for q in body.quotes],
        sorted(
            (Mention(m.entity, m.kind, m.sentence, *fit(m.start, m.end), m.rule) for m in body.mentions),
            key=lambda m: (m.start, m.end),
        ),
    )


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` to ``width`` cells; long words are cut."""
    width = max(width, 1)
    out: list[tuple[int, int]] = []
    line_start, col, brk, i = start, 0, -1, start
    while i < end:
        ch = text[i]
        if ch == " ":
            col += 1
            brk = i + 1
            i += 1
            continue
        w = 1 if ch < "\u0300" else get_character_cell_size(ch)
        if col + w > width and col > 0:
            if brk > line_start:
                out.append((line_start, brk))
                line_start, brk = brk, -1
                col = sum(get_character_cell_size(c) for c in text[line_start:i])
            else:
                out.append((line_start, i))
                line_start, col, brk = i, 0, -1
            continue
        col += w
        i += 1
    out.append((line_start, end))
    return out
