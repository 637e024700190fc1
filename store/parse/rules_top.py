"""Line rules for lines that stand apart from the story: a site's own chrome above the headline
(its masthead and its clock) and a filing place printed alone under it.

Kept apart from ``rules_head`` (the headline and the lines around it) because these lines say
nothing the story says: one names the site, one the moment the page was served, one where it
was filed.
"""

from __future__ import annotations

import re

from store.parse import boilerplate, credits, header, publisher
from store.parse.classify import Context, Label, Rule, line_key
from store.parse.datelines import (
    MONTHS,
    NOT_PLACES,
    WIRES,
    closing_wire,
    place_region_line,
    title_case,
)
from store.parse.dates import parse_stamp
from store.parse.header import NOT_NAME_WORDS
from store.parse.header_lines import (
    PLACE_FIRST_WORDS,
    PLACE_LAST_WORDS,
    opens_with_dateline,
    place_and_date,
)
from store.parse.layout import BULLET
from store.parse.prompts import TRAIL_SECTIONS
from store.parse.rules_release import release_name

# A clock time with its zone at the end of a line ("- 00:31 UTC", "| 9:05 GMT").
_CLOCK_TAIL = re.compile(r"\s[-–—|]\s\d{1,2}:\d{2}\s?(?:UTC|GMT|[A-Z]{2,4})?$")
# A later line within this many lines that is a date stamp is the story's own date.
_STAMP_REACH = 4
_LANGUAGE_SWITCH = re.compile(r"(?P<name>[^\n,]{2,40}),\s?(?:read |versi[oó]n |also )?\w{2,3}\s\S+$")


class SiteClock(Rule):
    """Rule site_clock: a place, a date and a clock time over the headline ("Lisbon, May 3rd
    2025 - 08:12 UTC") with another date stamp a few lines below it: the site's clock, the
    moment the page was served; the stamp below is the story's date and the place no dateline."""

    name, kind = "site_clock", "furniture"
    max_chars = 80

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if ":" not in s or _CLOCK_TAIL.search(s) is None or place_and_date(s) is None:
            return None
        below = ctx.lines[i + 1 : i + 1 + _STAMP_REACH]
        return self.label() if any(parse_stamp(ln.text) for ln in below) else None


# The furniture pattern of a language switch, compiled once (not looked up among all patterns per line).
_LANGUAGE_SWITCH_LINE = re.compile(dict(boilerplate.LINE_PATTERNS)["language_switch"], re.I)


class MastheadLanguage(Rule):
    """Rule masthead_language: a site's name beside its language switch over the story
    ("Plata Herald, en Español"): chrome whose name is the publisher."""

    name, kind = "masthead_language", "furniture"
    max_chars = 60

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text.strip("*_ ")
        if "," not in s or _LANGUAGE_SWITCH_LINE.fullmatch(s) is None:
            return None
        m = _LANGUAGE_SWITCH.fullmatch(s)
        name = m["name"].strip() if m else ""
        if not name or not name[0].isupper() or len(name.split()) > 4:
            return None
        return self.label(publisher=(4, name))


class MastheadOutlet(Rule):
    """Rule masthead_outlet: an outlet's name alone on the page's first line ("The Baltic Times",
    "Al Jazeera") over the headline: the site's masthead, whose name is the publisher."""

    name, kind = "masthead_outlet", "furniture"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        if i or len(ctx.lines) < 3:
            return None
        first = ctx.lines[0].text.strip("*_# ")
        if (name := publisher.outlet_name(first) or echoed_masthead(ctx, first)) is None:
            return None
        return self.label(publisher=(4, name))


# The page's last lines, where a site names itself again ("Listen to X live", "Sign up for the X newsletter").
ECHO_LINES = 8
MAX_MASTHEAD_WORDS = 4


def echoed_masthead(ctx: Context, first: str) -> str | None:
    """Rule masthead_echo: a short capitalised name alone on the first line, over a longer
    headline, that one of the page's last lines names again ("Reef Radio" over the headline,
    "Listen to Reef Radio live" at the foot): the site's masthead, though no outlet word shows it."""
    words = first.split()
    if not 1 <= len(words) <= MAX_MASTHEAD_WORDS or len(first) > 40 or first[-1] in ".!?:;,":
        return None
    if not all(w[:1].isupper() for w in words) or all(w.lower() in NOT_NAME_WORDS for w in words):
        return None
    if len(ctx.lines[1].text.split()) <= len(words):
        return None
    key = f" {first.lower()} "
    tail = ctx.lines[max(2, len(ctx.lines) - ECHO_LINES) :]
    return first if any(key in f" {ln.low} " for ln in tail) else None


# Endings of common nouns that name a section, never a place ("Environment", "Elections").
_SECTION_ENDS = ("ment", "ments", "tion", "tions", "sion", "ics", "ing", "ure", "ness", "ism", "ity", "ship", "ies")
# A place line is followed by the story: a line of prose this long, or a list item.
MIN_STORY_WORDS = 8
# One-word section names no ending gives away. Lower case; easy to extend.
_SECTION_WORDS = frozenset(
    """energy climate markets money travel lifestyle entertainment food arts books cars property
    jobs education justice crime courts military maritime shipping aviation features nation metro
    city country government focus insight spotlight perspective podcast podcasts multimedia
    commentary finance banking tourism transport infrastructure agriculture weather law legal
    geopolitics society diaspora obituaries letters blogs blog columns column viewpoint""".split()
)
MAX_PLACE_CAPS_WORDS = 3


def bare_place(s: str) -> str | None:
    """A line that is only a place's name: one capitalised word ("Doha", "Port-Vila"), or up to
    three words in capitals ("PORT MORESBY"); no word that labels a section or opens a sentence."""
    words = s.split()
    upper = s.replace(" ", "").replace("-", "").isupper()
    if not words or len(words) > (MAX_PLACE_CAPS_WORDS if upper else 1) or len(s) > 30:
        return None
    for w in words:
        if not w.replace("-", "").isalpha() or not w[0].isupper():
            return None
        low = w.lower()
        if w.title() in NOT_PLACES or w.title() in MONTHS or low in NOT_NAME_WORDS or low in _SECTION_WORDS:
            return None
    if not upper and words[0].lower().endswith(_SECTION_ENDS):
        return None
    return " ".join(title_case(w) for w in words)


# "New Delhi, May 13": a place and the day it was filed, no year (the page's stamp gives that).
_PLACE_DAY = re.compile(r"(?P<place>[^,\n]{2,30}),\s(?:(?P<month>[A-Z][a-z]{2,8})\.?\s\d{1,2}|\d{1,2}\s(?P<month2>[A-Z][a-z]{2,8}))")


def place_with_day(s: str) -> str | None:
    """Rule place_with_day: a place and a day of a month alone on a line ("Port Vila, March 9",
    "Hilo, 4 June"): the place, when it is one word, in capitals, or starts or ends like a
    place's name ("New Delhi"); two other capitalised words are a reporter's name."""
    m = _PLACE_DAY.fullmatch(s) if "," in s and len(s) <= MAX_PLACE_DAY else None
    if m is None or (m["month"] or m["month2"]).rstrip(".") not in _MONTH_NAMES:
        return None
    words = m["place"].split()
    if len(words) > 1 and not m["place"].replace(" ", "").isupper() and words[0].lower() not in PLACE_FIRST_WORDS and words[-1].lower() not in PLACE_LAST_WORDS:
        return None
    return bare_place(words[0]) if len(words) == 1 else " ".join(title_case(w) for w in words) if header.place_of(m["place"]) else None


MAX_PLACE_DAY = 45
_MONTH_NAMES = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {"Sept"}


class PlaceLine(Rule):
    """Rule place_line: a place's name alone between the headline and the story ("Doha" over
    the lede or its summary bullets, perhaps with the date between) is the dateline, when the
    story does not open with one."""

    name, kind = "place_line", "dateline"
    max_chars = MAX_PLACE_DAY

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        if ctx.dateline or ctx.prose or ctx.items or i + 1 >= len(lines) or lines[i].md_heading:
            return None
        if (place := bare_place(lines[i].text) or place_with_day(lines[i].text) or place_region_line(lines[i].text)) is None:
            return None
        nxt = lines[i + 1].text
        if parse_stamp(nxt) is not None and i + 2 < len(lines):
            nxt = lines[i + 2].text  # rule place_over_stamp: "WASHINGTON" over the story's date, then the story
        if not (BULLET.match(nxt) or len(nxt.split()) >= MIN_STORY_WORDS) or opens_with_dateline(nxt) or ctx.keys_as_title(nxt):
            return None  # (rule section_over_headline: "Asia-Pacific" over the headline printed again is the site's section)
        return self.label(place=place)


# A caption over the headline describes a picture in at least this many words.
MIN_TOP_CAPTION_WORDS = 6


class TopCaption(Rule):
    """Rule top_caption: a photo caption opening the page, over the headline ("Ministers shake
    hands in Suva on Monday. Photo: Ana Cruz/Reuters", "... on Monday. (AFP)"): a sentence
    closed by a picture credit or a bracketed agency tag is the caption, never the headline;
    its words stay as a caption, its credit is dropped."""

    name, kind = "top_caption", "caption"
    max_chars = credits.MAX_CAPTION_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        found = credits.split_credit(s)
        if found is not None and found[0]:
            caption = found[0]
        elif s[-1:] == ")" and (closed := closing_wire(s)) is not None and closed[0][-1:] == ".":
            caption = closed[0]  # "... in Suva on Monday. (AFP)": a sentence, then the agency's tag
        elif (cut := _joined_credit(s) or _marked_credit(s)) is not None:
            caption = cut
        elif s[-1:] in ".)" and i + 1 < len(ctx.lines) and credits.is_credit(ctx.lines[i + 1].text):
            caption = s  # rule credit_below: the caption's credit on the line under it ("Photo: Ana Cruz/AFP")
        else:
            return None
        if len(caption.split()) < MIN_TOP_CAPTION_WORDS:
            return None
        return self.label(text=caption, para="caption")


_JOINT = re.compile(r"(?<=[.!?”\"’])\s(?:[|—–]|-{1,2})\s(?=\S)")


def _joined_credit(s: str) -> str | None:
    """A sentence, a bar or dash, then a credit or an agency alone ("... on Monday. | Photo:
    Xinhua", "... on Monday. — AP"): the sentence, or None."""
    if len(s) > credits.MAX_CAPTION_LINE:
        return None
    joints = list(_JOINT.finditer(s))
    if not joints:
        return None
    m = joints[-1]
    tail = s[m.end() :].strip()
    if credits.is_credit(tail) or tail.lower() in WIRES or tail in _WIRE_TAGS:
        return s[: m.start()].rstrip()
    return None


_WIRE_TAGS = frozenset(WIRES.values())
# An agency and its photographer after a sentence, unbracketed: "... on Monday. Xinhua/Li Yan".
_AGENCY_SLASH = re.compile(r"(?<=[.!?])\s(?P<wire>[A-Z][A-Za-z]{1,12})\s?/\s?[A-Z][\w'’.-]{0,25}(?: [A-Z][\w'’.-]{0,25}){0,3}$")


def _marked_credit(s: str) -> str | None:
    """A sentence closed by a bracket holding a picture agency's mark ("(AP Photo/Ana Cruz,
    File)", "(Getty Images)"), or by an agency and its photographer ("Xinhua/Li Yan"): the
    sentence, or None."""
    if s[-1:] == ")" and (start := s.rfind(" (")) > 0:
        inner = s[start + 2 : -1].lower()
        if any(m in inner for m in boilerplate.CAPTION_MARKERS) or inner.startswith(("photo", "image", "picture", "file photo")):
            return s[:start].rstrip()
        return None
    if "/" in s[-40:] and (m := _AGENCY_SLASH.search(s)) is not None and m["wire"].lower() in WIRES:
        return s[: m.start()].rstrip()
    return None
# A breadcrumb's joints: spaced chevrons, slashes or bars.
_CRUMB = re.compile(r"\s(?:»|›|>|/|\|)\s")
_HERE = re.compile(r"(?:you are here|you are in)\s?:\s?", re.I)
MAX_CRUMB_WORDS = 3


def _crumb_label(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= MAX_CRUMB_WORDS and part[-1] not in ".!?:;," and all(
        w[:1].isupper() or w in ("&", "and", "of") for w in words
    ) and not any(map(str.isdigit, part))


def breadcrumb(s: str, headline: str | None) -> bool:
    """Rule breadcrumb: a site's path to the story ("News » Africa » <headline>", "World /
    Africa", "You are here: Home > World"): section names of up to three capitalised words
    joined by chevrons, slashes or bars, the last part perhaps the headline itself."""
    if len(s) > 300 or _CRUMB.search(s) is None:
        return False
    here = _HERE.match(s)
    parts = _CRUMB.split(s[here.end() :] if here else s)
    if len(parts) < 2 or not all(_crumb_label(p) for p in parts[:-1]):
        return False
    last = parts[-1]
    return _crumb_label(last) and (len(parts) > 2 or here is not None) or headline is not None and line_key(last) == line_key(headline)


class Breadcrumb(Rule):
    """A breadcrumb over or under the headline (see ``breadcrumb``): the site's chrome."""

    name, kind = "breadcrumb", "furniture"
    max_chars = 300

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        headline = ctx.title or (lines[i + 1].text if ctx.zone == "top" and i + 1 < len(lines) else None)
        if not breadcrumb(lines[i].text, headline):
            return None
        site = trail_site(lines[i].text) if i == 0 else None
        return self.label(publisher=(4, site) if site else None)


def trail_site(s: str) -> str | None:
    """Rule site_first_in_trail: the site's name opening the page's first line, a trail whose
    next part is a top section ("DW | News | World", "HARBOUR TIMES | NEWS | PACIFIC"): a name
    in capitals or an outlet's name."""
    parts = [p.strip() for p in _CRUMB.split(s)]
    if len(parts) < 2 or not parts[1]:
        return None
    first = parts[0]
    if parts[1].split()[0].lower() not in TRAIL_SECTIONS and (publisher.outlet_name(first) is None or first.isupper()):
        return None  # rule outlet_first_in_trail: "Mining Weekly > Countries > DR Congo", an outlet's name before any section
    words = first.split()
    if not words or header.section_words(words) or any(map(str.isdigit, first)):
        return None
    if not first.isupper() and publisher.outlet_name(first) is None:
        return None  # "Climate | News": a section; a site's name is in capitals or an outlet's
    return release_name(first) if len(words) > 1 else first


# "9 hours ago", "Updated 2 hrs ago": when the page was served, relative to its reading.
_RELATIVE = re.compile(r"(?:(?:last )?updated|posted|published)?:?\s?(?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago", re.I)


class TopRelativeTime(Rule):
    """Rule relative_stamp: "9 hours ago" over the story: a stamp that dates nothing; a full
    sentence under it is the lede, as under any date row."""

    name, kind = "relative_stamp", "stamp"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text.strip("*_ ")
        return self.label() if " ago" in s and _RELATIVE.fullmatch(s) else None
