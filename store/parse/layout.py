"""The lines of an article file, ready to classify: stripped, markdown reduced to plain words,
HTML entities decoded, and hard-wrapped prose joined back into one line per paragraph.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

BULLET = re.compile(r"(?:[-*•▪●◦‣–]|\d{1,3}[.)])\s{1,4}(?=\S)")
# What a bullet opens with: one of these marks or a digit (keep in step with BULLET).
BULLET_MARKS = frozenset("-*•▪●◦‣–")
_MD_HEADING = re.compile(r"#{1,6}\s{1,4}(?=\S)")
_MD_BOLD = re.compile(r"\*\*([^*\n]{1,500})\*\*|__([^_\n]{1,500})__")
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(([^()\s]{0,2000})\)")

# Hard wrapping: at least this many lines, none longer than WRAP_MAX, half at least WRAP_MIN.
WRAP_LINES = 6
WRAP_MIN = 50
WRAP_MAX = 100
# A wrapped line shorter than this ends its paragraph (a heading, or a paragraph's last line).
WRAP_SHORT = 40


@dataclass(slots=True)
class Line:
    """One non-blank line: its text, whether it was a markdown heading, whether a blank preceded it."""

    text: str
    md_heading: bool = False
    after_blank: bool = True
    _low: str | None = field(default=None, repr=False, compare=False)

    @property
    def low(self) -> str:
        """``text.lower()``, made once: several rules read the line in lower case."""
        low = self._low
        if low is None:
            low = self._low = self.text.lower()
        return low


def bullet(s: str) -> re.Match[str] | None:
    """``BULLET.match(s)``, tried only on a line that opens with a mark or a digit (nearly every
    line of prose opens otherwise, and then costs no call to the pattern)."""
    c = s[:1]
    return BULLET.match(s) if c in BULLET_MARKS or c.isdecimal() else None


def clean_inline(line: str) -> str:
    """Markdown emphasis and links reduced to their words, images dropped, HTML entities decoded."""
    if "*" in line or "_" in line:
        line = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), line)
    if "](" in line:
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line))
    if "&" in line and ";" in line:
        line = html.unescape(line)
    return line


def article_lines(text: str) -> list[Line]:
    """Non-blank lines, stripped and cleaned; hard-wrapped prose is joined back into paragraphs."""
    out: list[Line] = []
    blank = True
    for raw in text.split("\n"):
        s = raw.strip()
        if not s:
            blank = True
            continue
        md = False
        if s[0] == "#":
            m = _MD_HEADING.match(s)
            if m:
                s, md = s[m.end() :].strip("# "), True
        s = clean_inline(s).strip()
        if s:
            out.append(Line(s, md, blank))
        blank = False
    return _unwrap(out) if _hard_wrapped(out) else out


def _hard_wrapped(lines: list[Line]) -> bool:
    """True for text wrapped at a fixed width (most lines 50-100 chars, none longer)."""
    if len(lines) < WRAP_LINES:
        return False
    lengths = [len(ln.text) for ln in lines]
    if max(lengths) > WRAP_MAX:
        return False
    mid = sum(1 for n in lengths if n >= WRAP_MIN)
    return mid * 2 >= len(lengths) and any(not ln.after_blank for ln in lines)


def _unwrap(lines: list[Line]) -> list[Line]:
    groups: list[list[Line]] = []
    for ln in lines:
        prev = groups[-1][-1] if groups else None
        if (
            prev is not None
            and not ln.after_blank
            and not ln.md_heading
            and not prev.md_heading
            and len(prev.text) >= WRAP_SHORT
            and not BULLET.match(ln.text)
        ):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return [Line(" ".join(x.text for x in g), g[0].md_heading, g[0].after_blank) for g in groups]
