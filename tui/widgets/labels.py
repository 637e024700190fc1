"""Safe one-line labels for lists: untrusted text as plain `Text`, never parsed as markup.

Names, titles and sentences come from articles. They are stripped of control and escape
sequences, their whitespace is folded to single spaces, and matched spans are marked with
bold + underline, no colour, so the mark reads the same on every theme, NO_COLOR and 16 colours.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.style import Style
from rich.text import Text

from store.text import strip_controls
from tui.glyphs import glyphs

MATCH_STYLE = Style(bold=True, underline=True)
DIM_STYLE = Style(dim=True)
HEADING_STYLE = Style(bold=True)


def clean(text: str | None) -> str:
    """Untrusted text made safe for one line: controls stripped, whitespace runs folded."""
    if not text:
        return ""
    return " ".join(strip_controls(str(text)).split())


def plain(text: str | None, style: Style | str = "") -> Text:
    """A `Text` of untrusted text on one line (markup is never interpreted)."""
    return Text(clean(text), style=style, no_wrap=False, end="")


def marked(label: str, spans: Iterable[tuple[int, int]], window: int = 0) -> Text:
    """`label` with each (start, end) span marked; spans index the raw label.

    The label is cut at span edges and each piece cleaned on its own, so marks stay on the
    right characters after controls are stripped and whitespace folded. With ``window`` > 0
    a long label is cut to about that many characters around the first span, with ellipses
    where text was left out.
    """
    raw = label or ""
    edges: list[tuple[int, int]] = []
    pos = 0
    for s, e in sorted((max(0, s), min(len(raw), e)) for s, e in spans):
        s = max(s, pos)
        if e > s:
            edges.append((s, e))
            pos = e
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for s, e in edges:
        pieces.append((raw[pos:s], False))
        pieces.append((raw[s:e], True))
        pos = e
    pieces.append((raw[pos:], False))
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    space = True  # drop leading whitespace
    for piece, is_mark in pieces:
        start = length
        for ch in strip_controls(piece):
            if ch.isspace():
                if space:
                    continue
                ch = " "
                space = True
            else:
                space = False
            out.append(ch)
            length += 1
        if is_mark and length > start:
            marks.append((start, length))
    text_str = "".join(out).rstrip()
    lead = trail = ""
    offset = 0
    if window and len(text_str) > window:
        centre = marks[0][0] if marks else 0
        offset = max(0, min(centre - window // 3, len(text_str) - window))
        end = min(len(text_str), offset + window)
        lead = glyphs().ellipsis if offset > 0 else ""
        trail = glyphs().ellipsis if end < len(text_str) else ""
        text_str = text_str[offset:end]
    text = Text(lead + text_str + trail, end="")
    for s, e in marks:
        s = max(0, s - offset) + len(lead)
        e = min(len(text_str), e - offset) + len(lead)
        if e > s:
            text.stylize(MATCH_STYLE, s, e)
    return text


def joined(*parts: Text | str | None, sep: str = "  ") -> Text:
    """Parts joined on one line; `str` parts are treated as untrusted plain text."""
    out = Text(end="")
    first = True
    for part in parts:
        if part is None or part == "":
            continue
        if not first:
            out.append(sep)
        out.append_text(part if isinstance(part, Text) else plain(part))
        first = False
    return out


def fit(main: str | None, meta: str | None, width: int, sep: str = "  ", cut: str = "main") -> Text:
    """One line of `main`, `sep` and dimmed `meta` (both untrusted) within `width` characters.

    ``cut`` says which part is shortened (with an ellipsis) when they do not fit; the other
    keeps at least its own length, and the shortened one at least 20 characters.
    """
    main_str, meta_str = clean(main), clean(meta)
    if not meta_str:
        return Text(_cut(main_str, width), end="")
    if cut == "main":
        main_str = _cut(main_str, max(20, width - len(sep) - len(meta_str)))
    else:
        meta_str = _cut(meta_str, max(20, width - len(sep) - len(main_str)))
    out = Text(main_str, end="")
    out.append(sep)
    out.append(meta_str, style=DIM_STYLE)
    return out


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + glyphs().ellipsis
