"""A site's masthead over the headline: the headline is the line right over the story's date or byline.

A page may open with the site's name or motto ("Reef Watch, Pacific News Agency", "MINISTRY OF
FISHERIES", "Notes on law and the sea"), then short labels or a navigation row ("Analysis",
"Home > News > Releases"), and only then the headline, right over its date or byline. The
first line that looked like a headline is the masthead: never the title; the page's first line,
when it is such a name, the publisher.
"""

from __future__ import annotations

import re

from store.parse import header, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.dates import parse_stamp
from store.parse.header_lines import MAX_HEADER_LINE, header_line, is_lede
from store.parse.meta_rows import meta_row
from store.parse.rules_release import release_name

# A masthead or motto has at most this many words; a headline under it at least these, and more.
MAX_MASTHEAD_WORDS = 8
MIN_HEADLINE_WORDS = 4
# Rule kicker_over_headline: a line this short may sit right over the headline, with no label
# between ("Ukraine war latest" over the headline over its byline), as a title-case kicker does.
MAX_KICKER_WORDS = 3
# A headline right under such a line has at most this many words (a standfirst has more).
MAX_WORDS_UNDER_KICKER = 12
# The headline comes at most this many lines under the masthead.
MAX_LOOKAHEAD = 4
MAX_TITLE = 250
# A label between them: parts of at most this many words, joined by bars, chevrons or commas.
MAX_LABEL_PART_WORDS = 3
MAX_LABEL_WORDS = 12
_LABEL_JOINT = re.compile(r"\s*[|>›»/•·,]\s*")
_NAME_CUT = re.compile(r",\s|\s[—–|-]\s")
MAX_NAME_WORDS = 4
_STOPS = ".!?:;,…"


def _masthead_shaped(s: str) -> bool:
    """A site's name or motto: a short capitalised line without digits or a closing stop."""
    words = s.split()
    return (
        1 <= len(words) <= MAX_MASTHEAD_WORDS
        and s[:1].isupper()
        and s[-1:] not in _STOPS
        and not any(map(str.isdigit, s))
    )


def _label_shaped(s: str) -> bool:
    """A section label or navigation row: short parts, no digits, no sentence."""
    if not s or len(s.split()) > MAX_LABEL_WORDS or any(map(str.isdigit, s)) or s[-1:] in ".!?:;":
        return False
    parts = [p for p in _LABEL_JOINT.split(s) if p]
    return bool(parts) and all(len(p.split()) <= MAX_LABEL_PART_WORDS for p in parts)


def _headline_shaped(s: str, than: int) -> bool:
    """A headline: longer than the masthead, capitalised, not a sentence, a stamp or a meta row."""
    words = s.split()
    if len(words) < max(MIN_HEADLINE_WORDS, than + 1) or len(s) > MAX_TITLE or not s[:1].isupper():
        return False
    return s[-1:] not in ".:;," and not is_lede(s) and parse_stamp(s) is None and meta_row(s) is None


def _kicker_reach(kicker: str, s: str) -> bool:
    """Rule kicker_over_headline: whether line ``kicker`` may sit right over headline ``s``: a
    short line holding a section's word ("Ukraine war latest", "PACIFIC"; "Pact signed" is a
    headline over its deck), and under it a headline, not a standfirst or a name with its post."""
    words = kicker.split()
    if len(words) > MAX_KICKER_WORDS or not any(w.lower() in header.NOT_NAME_WORDS for w in words):
        return False
    return len(s.split()) <= MAX_WORDS_UNDER_KICKER and _unsigned(s)


def _unsigned(s: str) -> bool:
    """Whether ``s`` names no one as a byline would ("Jane Doe, Staff Reporter", "Posted by X")."""
    return header.bare_name_of(s) is None and header_line(s, []) is None


def _meta_line(s: str) -> bool:
    """A story's date or byline line."""
    if len(s) > MAX_HEADER_LINE:
        return False
    return parse_stamp(s) is not None or header.byline_of(s) is not None or meta_row(s) is not None


def headline_below(ctx: Context, i: int) -> int | None:
    """Rule masthead_over_headline: the index of the true headline when line ``i`` is a
    masthead: short, over short labels only, and under them a longer headline-shaped line right
    over a date or a byline (line ``i`` itself is over none); a line of three words or fewer
    needs no label between."""
    lines = ctx.lines
    s = lines[i].text.strip("*_# ")
    if not _masthead_shaped(s):
        return None
    n = len(s.split())
    for j in range(i + 1, min(i + 1 + MAX_LOOKAHEAD, len(lines) - 1)):
        t = lines[j].text.strip("*_# ")
        reach = j > i + 1 or _kicker_reach(s, t)
        if reach and _headline_shaped(t, n) and _meta_line(lines[j + 1].text):
            return j
        if not _label_shaped(t) or _meta_line(t):
            return None
    return None


def site_name(s: str) -> str | None:
    """The site's name from a masthead line: cut before a tagline ("Reef Watch, Pacific News
    Agency" -> "Reef Watch"), written in title case if in capitals."""
    s = s.strip("*_# ")
    if not _masthead_shaped(s) or header.section_words(s.split()):
        return None  # "WORLD", "Asia Pacific": a section, not the site
    m = _NAME_CUT.search(s)
    if m is not None and 1 <= len(s[: m.start()].split()) <= MAX_NAME_WORDS:
        s = s[: m.start()].strip()
    return release_name(s)


_TAGLINE = re.compile(r"(?P<name>[A-Z][\w&'’-]{2,30}(?: [A-Z][\w&'’-]{1,30}){0,2})(?:,|\.|\s[—–|-])\s(?P<tag>[^\n]{3,60})")


def tagline_site(s: str) -> tuple[int, str] | None:
    """Rule tagline_masthead: a kicker opening the page that is a name and its tagline naming an
    outlet ("Reef Herald. South Pacific News Agency", "Reef Herald, Pacific News Service"): the
    name is the publisher, as a masthead's."""
    m = _TAGLINE.fullmatch(s.strip("*_# "))
    if m is None or publisher.outlet_name(m["tag"].rstrip(".")) is None:
        return None
    return 4, m["name"]


class MastheadOverHeadline(Rule):
    """Lines over the true headline (see ``headline_below``): the masthead and the labels under it
    are chrome; the page's first line, when it is the masthead's name, the publisher (weakest of
    all: any other naming of the outlet wins)."""

    name, kind = "masthead_over_headline", "furniture"
    max_chars = 120

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.title_at is not None:
            return self.label() if i < ctx.title_at else None
        j = headline_below(ctx, i)
        if j is None:
            return None
        ctx.title_at = j
        if j == i + 1:
            return self.label()  # a kicker right over the headline names no site
        name = site_name(ctx.lines[0].text)
        return self.label(publisher=(MASTHEAD_NAME_PRIORITY, name) if name else None)


# Weaker than every other publisher the page gives.
MASTHEAD_NAME_PRIORITY = 6
