"""Line rules for a site's label row over the headline: its name, section and date in short parts
("WORLD | ASIA", "12.03.2024 | Pacific", "Harbour Times | Opinion"), a site's name alone
on the page's first line over such a row, and a blog's meta row closing with its comment link
("Harbour Times May 9, 2023 Business Leave a comment").

Kept apart from ``rules_head`` (the headline itself) because these lines are the site's chrome:
they give the date and the publisher, never the title nor body text.
"""

from __future__ import annotations

import re

from store.parse import boilerplate, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.datelines import WIRES
from store.parse.dates import date_in, parse_stamp
from store.parse.header_lines import is_lede, opens_with_dateline

# The joints of a label row: a spaced bar, chevron or slash, or a run of spaces before a capital.
_JOINT = re.compile(r"\s(?:\||>|»|›|/)\s|(?<=\w)\s{2,3}(?=[A-Z])")
MAX_ROW = 80
MAX_PARTS = 4
# A label has at most this many words ("Pacific Islands", "Reef News Agency").
MAX_LABEL_WORDS = 4
_JOINERS = frozenset({"of", "and", "&", "de", "da", "the", "for", "in", "on"})
_WIRE_NAMES = frozenset(v.lower() for v in WIRES.values())
_TERMINAL = ".!?,;:…"


def _label(part: str) -> bool:
    """A section's or a site's name: one to four capitalised words, no digit, no final stop."""
    words = part.split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS or part[-1] in _TERMINAL or any(map(str.isdigit, part)):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _JOINERS for w in words)


def _sentence_case_label(part: str) -> bool:
    """Rule sentence_case_section: in a row of three labels or more, a section's name of two
    words written in sentence case ("Commentary | Arms control | Europe")."""
    words = part.split()
    return len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and words[1].isalpha()


def _outlet(part: str) -> str | None:
    """A part that names a news outlet: a known outlet or wire, or an outlet's name by shape."""
    low = part.lower()
    if low in _WIRE_NAMES or part.isupper() and low in WIRES:
        return part  # a tag counts in capitals only: "AFP", not "Map"
    return publisher.outlet_name(part)


def label_row(s: str) -> tuple[str | None, str | None] | None:
    """Rule label_row: ``(outlet, iso)`` for a row of two to four short labels joined by bars,
    chevrons, slashes or runs of spaces ("DEFENCE | AIRCRAFT", "PERU > POLITICS", "03.05.2024 |
    Andes", "Markets  Andes  Water"), each a date or up to four capitalised words; the outlet a
    part names, the date a part gives. A headline closing with the outlet's name ("Fiji and Samoa
    sign pact | Harbour Times") is no label row."""
    if len(s) > MAX_ROW or not ("|" in s or ">" in s or "/" in s or "»" in s or "›" in s or "  " in s) or _JOINT.search(s) is None:
        return None  # a joint's character first: one test, nearly every line has none
    parts = [p.strip() for p in _JOINT.split(s)]
    if not 2 <= len(parts) <= MAX_PARTS or not all(parts):
        return None
    outlet = iso = None
    # rule flash_row: beside a flash word ("LIVE | Argentina markets") a topic in sentence case is a label too
    loose = len(parts) > 2 or any(boilerplate.is_boilerplate(p) for p in parts)
    for part in parts:
        if any(map(str.isdigit, part)):
            stamp = parse_stamp(part)
            if stamp is None or stamp[0] != "date" or iso is not None:
                return None
            iso = stamp[1]
        elif not _label(part) and not (loose and _sentence_case_label(part)) and not boilerplate.is_boilerplate(part):
            return None  # rule chrome_part: a part may be chrome itself ("Live updates | Middle East")
        elif outlet is None:
            outlet = _outlet(part)
    if publisher.title_outlet(s) is not None:
        return None  # "Pact Talks Resume | Harbour Times": the headline and its outlet
    return outlet, iso


class LabelRow(Rule):
    """A label row over the headline (see ``label_row``): chrome whose date is the story's and
    whose outlet is the publisher; the headline is the next line."""

    name, kind = "label_row", "furniture"
    max_chars = MAX_ROW

    def match(self, ctx: Context, i: int) -> Label | None:
        found = label_row(ctx.lines[i].text)
        if found is None:
            return None
        outlet, iso = found
        if ctx.zone == "top" and not (outlet or iso) and self.headline_itself(ctx, i):
            return None
        return self.label(publisher=(4, outlet) if outlet else None, dates=[("date", iso)] if iso else [])

    @staticmethod
    def headline_itself(ctx: Context, i: int) -> bool:
        """Rule titled_row: a row with no date and no outlet, a part of it three words or more,
        right over the lede ("Fiji Signs Reef Pact | Pacific" over the story): the headline in
        title case with its section, not a label row over one."""
        if i + 1 >= len(ctx.lines) or max(len(p.split()) for p in _JOINT.split(ctx.lines[i].text)) < MIN_TITLE_PART_WORDS:
            return False
        nxt = ctx.lines[i + 1].text
        return is_lede(nxt) or opens_with_dateline(nxt)


MIN_TITLE_PART_WORDS = 3

# A site's name over its label row has at most this many words.
MAX_SITE_WORDS = 5


class SiteOverLabels(Rule):
    """Rule site_over_labels: a short capitalised name alone on the page's first line, right over
    a label row ("Coastal Shipping Review" over "News | Ports"): the site's masthead, whose name
    is the publisher."""

    name, kind = "site_over_labels", "furniture"
    max_chars = 50

    def match(self, ctx: Context, i: int) -> Label | None:
        if i or len(ctx.lines) < 3:
            return None
        s = ctx.lines[0].text.strip("*_# ")
        words = s.split()
        if not s or len(words) > MAX_SITE_WORDS or _JOINT.search(s) or not _label(s) and not s.isupper():
            return None
        return self.label(publisher=(4, s)) if label_row(ctx.lines[1].text) is not None else None


_COMMENT_LINK = (" leave a comment", " leave a reply", " comments off", " no comments")
_LINK_ENDS = frozenset("tTyYfFsS")  # the last letters of those links: a cheap test first
MAX_META_ROW = 160


def comment_row(s: str) -> tuple[str | None, str] | None:
    """Rule comment_row: ``(outlet, iso)`` for a blog's meta row under the headline: who posted
    it, the date, its sections, then the comment link ("Harbour Times May 9, 2023 Business,
    Ports Leave a comment"); the outlet when the poster is one."""
    if len(s) > MAX_META_ROW or s[-1:] not in _LINK_ENDS or not s.lower().endswith(_COMMENT_LINK):
        return None
    iso = date_in(s)
    if iso is None:
        return None
    head = s[: next(k for k, c in enumerate(s) if c.isdigit())].split()
    if head and head[-1][:3].lower() in _MONTH_HEADS:
        head.pop()  # "May" of "May 9, 2023"
    return publisher.outlet_name(" ".join(head).strip(" ,|-")) if head else None, iso


_MONTH_HEADS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())


class CommentRow(Rule):
    """A blog's meta row closing with its comment link (see ``comment_row``): chrome that dates
    the story and may name its outlet."""

    name, kind = "comment_row", "furniture"
    max_chars = MAX_META_ROW

    def match(self, ctx: Context, i: int) -> Label | None:
        found = comment_row(ctx.lines[i].text)
        if found is None:
            return None
        outlet, iso = found
        return self.label(publisher=(4, outlet) if outlet else None, dates=[("date", iso)])
