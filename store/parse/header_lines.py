"""Readers of the lines around a headline: bylines beside dates, place-and-date lines, ledes.

Each function answers for one line (looking a few lines ahead where a shape needs it); the
rules of ``rules_head`` and ``rules_body`` decide which lines to ask about.
"""

from __future__ import annotations

import re

from store.parse import boilerplate, header, publisher
from store.parse.classify import Context
from store.parse.datelines import MONTHS, NOT_PLACES, WIRES, Dateline, find_dateline, title_case
from store.parse.dates import parse_stamp
from store.parse.header import NOT_NAME_WORDS
from store.parse.prompts import OFFICE_TITLES
from store.parse.sentences import split_sentences

# Header lines longer than this are prose.
MAX_HEADER_LINE = 200
# A first line ending like a sentence with at least this many words is the lede, not a headline.
LEDE_WORDS = 24
# Lines looked at below a bare name for the date or dateline that makes it a byline.
BYLINE_LOOKAHEAD = 3
# A bare name right under the headline is the byline when a line of prose this long follows it.
MIN_LEDE_WORDS = 8
_HEADER_SPLIT = re.compile(r"\s[|•·]\s|\s[-–—]\s|\s(?=(?:last )?updated\b)", re.I)
_TIME_PART = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?[A-Z]{2,5})?", re.I)
_LEAD_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?\s(?=\D)", re.I)
# rule section_clock_stamp: a section's name, then the clock and the date ("All News 11:02 December 01, 2023")
_SECTION_CLOCK = re.compile(r"(?:[A-Z][A-Za-z&]{1,15} ){1,3}\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s(?=\D)", re.I)
_NAME_THEN_STAMP = re.compile(r"(?P<name>[^\d|]{3,60}?)\s(?P<stamp>(?:first )?(?:published|updated|posted)\b[^\n]{4,80})", re.I)
_NAME_COMMA = re.compile(r"(?P<name>[^\d,|]{3,60}?)\s?,\s(?P<stamp>[^\n]{6,60})")
_PLACE_DATE_CUT = re.compile(r",\s|\s[|•·–—-]\s")
# First words of many-word place names ("New Delhi", "Port Moresby", "Buenos Aires"): a line
# "<these words>, <date>" names where the story was filed, not who wrote it.
# A first line of two sentences is the lede from this many words on.
MIN_TWO_SENTENCE_LEDE = 10
# Last words of place names ("Gaza City", "Washington DC", "Cook Islands").
PLACE_LAST_WORDS = frozenset(
    "city town island islands bay beach province state district region county dc d.c.".split()
)
PLACE_FIRST_WORDS = frozenset(
    """new san santa santo los las port saint st kuala buenos addis abu rio sao são hong tel ho
    phnom cape dar el la le mexico panama kuwait guatemala costa sri north south east west upper
    lower fort bandar belo porto puerto nur ulan bay kota gaza""".split()
)
_TERMINAL = ".!?,;:…"
# A list of section tags beside a date: capitalised words and commas.
_TAGS = re.compile(r"[A-Z][\w&-]{1,20}(?:\s[A-Z][\w&-]{1,20})?(?:,\s[A-Z][\w&-]{1,20}(?:\s[A-Z][\w&-]{1,20})?){1,6}")


def is_lede(s: str) -> bool:
    """A line that reads as the story's first paragraph, not a headline: it ends with a full
    stop and is long (LEDE_WORDS words), or holds two sentences or more and is not short
    ("Biden and Xi meet. What next?" is a headline)."""
    t = s.rstrip("”\"’' ")
    if not t or t[-1] != ".":
        return False
    words = len(s.split())
    if words >= LEDE_WORDS:
        return True
    return words >= MIN_TWO_SENTENCE_LEDE and len(split_sentences(s, 0, len(s))) >= 2


def opens_with_dateline(s: str) -> bool:
    """A wire or upper-case dateline ("WASHINGTON (Reuters) -") opens prose, never a headline."""
    return upper_dateline(s) is not None


def upper_dateline(s: str) -> Dateline | None:
    """The dateline of ``opens_with_dateline``, found once for a caller that also cuts it off."""
    found = find_dateline(s)
    if found is not None and found.upper and (found.wire is not None or found.place is not None):
        return found
    return None


MAX_PLACE_LINE = 30  # a place alone on its line between a byline and its stamp


def bare_byline(ctx: Context, i: int, plain: bool) -> str | None:
    """A line that is only a person's name is the byline when a date stamp or a dateline follows
    it ("Ingrid Larsen" then "7 March 2024"), or, with ``plain`` (under the headline), when a
    full line of prose follows it, perhaps past the page's chrome ("2 Min Read")."""
    lines = ctx.lines
    if ctx.byline or lines[i].md_heading or (name := header.bare_name_of(lines[i].text)) is None:
        return None
    if any(w.lower() in OFFICE_TITLES for w in name.split()):
        return None  # rule office_not_byline: "Prime Minister, Minister for Trade" is a portfolio
    if boilerplate.is_boilerplate(lines[i].text):
        return None  # rule chrome_not_byline: a menu item over a date ("Country Profile") names no one
    j = i + 1
    while j < len(lines) and j <= i + BYLINE_LOOKAHEAD:
        nxt = lines[j].text
        dated: list[tuple[str, str]] = []
        if len(nxt) <= MAX_HEADER_LINE and (parse_stamp(nxt) is not None or header_line(nxt, dated) is not None and bool(dated)):
            return name  # a date follows, perhaps after a role line ("Correspondent")
        if opens_with_dateline(nxt):
            return name
        if not boilerplate.is_boilerplate(nxt) and not (j == i + 1 and len(nxt) <= MAX_PLACE_LINE and " " not in nxt and header.place_of(nxt)):
            break  # (rule place_between: "Anil Giri" over "Kathmandu" over the stamp)
        j += 1
    k = i + 1
    while k < len(lines) - 1 and k <= i + BYLINE_LOOKAHEAD and boilerplate.is_boilerplate(lines[k].text):
        k += 1  # rule byline_over_chrome: "Jane Doe" over "2 Min Read", then the lede
    if k >= len(lines):
        return None
    nxt = lines[k].text
    if plain and len(nxt.split()) >= MIN_LEDE_WORDS and not _is_heading_like(nxt) and not _has_word_suffix(name):
        return name
    return None


def _is_heading_like(s: str) -> bool:
    return len(s) <= 110 and s[-1] not in _TERMINAL and s[0] not in "\"“‘'(" and len(s.split()) <= 14


# Endings of common English words that are rarely the end of a personal name ("Rising Tensions").
_WORD_SUFFIXES = ("ing", "tion", "tions", "ment", "ments", "ness", "ity", "ies", "ism", "ship", "ance", "ence")


def _has_word_suffix(name: str) -> bool:
    return any(w.lower().endswith(_WORD_SUFFIXES) and len(w) > 5 for w in name.split())


def place_and_date(s: str) -> tuple[str | None, str] | None:
    """``(place, iso)`` for a line that is a place and a date ("Brussels, 4 April 2023",
    "GENEVA, March 3, 2025"). The place is one word or in capitals. Two or more capitalised
    words before a comma are the reporter (left to ``header_line``) unless they start like a
    place name ("New Delhi, 4 April 2023"), which gives only its date (place None)."""
    if len(s) > 60:
        return None
    cut = _PLACE_DATE_CUT.search(s)
    if cut is None:
        return None
    place, rest = s[: cut.start()].strip(), s[cut.end() :]
    stamp = parse_stamp(rest)
    if stamp is None or stamp[0] != "date" or not header.place_of(place):
        return None
    words = place.split()
    if words[0] in NOT_PLACES or words[0] in MONTHS:
        return None
    if words[0].lower() in NOT_NAME_WORDS or parse_stamp(s) is not None:
        return None  # "Thursday, March 7, 2024" is a date alone
    if not (len(words) == 1 or place.replace(" ", "").replace("-", "").isupper()):
        if not cut.group().startswith(","):
            return None  # "Jane Doe | March 3, 2025" is left to the byline rules
        if not _place_like(words) and header.names_of(place):
            return None  # "Jane Doe, 4 April 2023": a reporter and a date
        return None, stamp[1]
    return " ".join(title_case(w) for w in words), stamp[1]


def place_and_stamp(s: str) -> tuple[str, str, str] | None:
    """``(place, kind, iso)`` for a line that is a place beside a labelled stamp ("Sydney |
    Updated on: March 11, 2023 08:45 IST"): where the story was filed, and when."""
    if len(s) > 80 or " | " not in s:
        return None
    place, rest = (part.strip() for part in s.split(" | ", 1))
    place, region = _city_and_region(place)
    words = place.split()
    stamp = parse_stamp(rest)
    if stamp is None or stamp[0] == "date" or not words or len(words) > 3 or not header.place_of(place):
        return None
    if words[0] in NOT_PLACES or words[0] in MONTHS or words[0].lower() in NOT_NAME_WORDS:
        return None
    if len(words) > 1 and not (_place_like(words) or place.replace(" ", "").isupper()):
        return None  # "Jane Doe | Updated ...": a reporter, left to the byline rules
    shown = " ".join(title_case(w) for w in words)
    return (f"{shown}, {region}" if region else shown), stamp[0], stamp[1]


def _city_and_region(place: str) -> tuple[str, str | None]:
    """Rule city_region_stamp: "Nairobi, Kenya | Updated: ..." files from a city of a country or
    region: one capitalised word (or a place-shaped name) after the comma, no wire's tag."""
    if ", " not in place:
        return place, None
    city, region = place.split(", ", 1)
    rwords = region.split()
    if not rwords or len(rwords) > 2 or region.lower() in WIRES or not header.place_of(region):
        return place, None
    if rwords[0].lower() in NOT_NAME_WORDS or not (len(rwords) == 1 or _place_like(rwords)):
        return place, None
    return city, region


def _place_like(words: list[str]) -> bool:
    """Whether capitalised words start or end like a place name ("New Delhi", "Gaza City")."""
    return words[0].lower() in PLACE_FIRST_WORDS or words[-1].lower() in PLACE_LAST_WORDS


def _name_and_stamp(part: str) -> tuple[str, tuple[str, str]] | None:
    """ "Jane Doe Published March 1, 2024" or "Jane Doe, Tuesday 9 Sep 2025": a name and a stamp."""
    for rx in (_NAME_THEN_STAMP, _NAME_COMMA):
        m = rx.fullmatch(part)
        if m is None:
            continue
        name_part = m["name"].strip()
        if _place_like(name_part.split()):
            continue
        stamp = parse_stamp(m["stamp"])
        name = header.names_of(name_part) if stamp else None
        if name and stamp:
            return name, stamp
    return None


# "Posted by KTG in Politics on 28/09/2021", "Written by Jane Doe on 3 May 2024 in World".
_POSTED_IN = re.compile(
    r"(?:posted|written|published|filed) by (?P<by>[^\n]{1,60}?)(?: in (?P<s1>[^\n]{1,40}?))? on (?P<date>[^\n]{6,40}?)(?: in (?P<s2>[^\n]{1,40}))?\.?",
    re.I,
)
# "Posted on 28/09/2021 by KTG in Politics": the date first.
_POSTED_ON = re.compile(
    r"(?:posted|written|published|filed) on (?P<date>[^\n]{6,40}?) by (?P<by>[^\n]{1,60}?)(?: in (?P<s1>[^\n]{1,40}))?\.?",
    re.I,
)
# rule posted_on_in: "Posted on 3 March 2025 in Politics, World": the date and sections, no author.
_POSTED_ON_IN = re.compile(r"(?:posted|written|published|filed) on (?P<date>[^\n]{6,40}?) in (?P<s1>[^\n]{1,60})\.?", re.I)
_POSTED_OPENINGS = ("posted by", "written by", "published by", "filed by", "posted on", "written on", "published on", "filed on")
# A page's section tag beside a date ("12/04/2023 - 14:35 | Africa") has this many words at most.
MAX_SECTION_WORDS = 3


def posted_in(s: str, stamps: list[tuple[str, str]]) -> str | None:
    """Rule posted_in_section: a blog's meta row "Posted by KTG in Politics on 28/09/2021": the
    author (a name, or initials in capitals) or "" when it names none, and its date; None when
    the line reads otherwise."""
    if not s[:12].lower().startswith(_POSTED_OPENINGS):
        return None
    m = _POSTED_IN.fullmatch(s.strip()) or _POSTED_ON.fullmatch(s.strip()) or _POSTED_ON_IN.fullmatch(s.strip())
    if m is None:
        return None
    stamp = parse_stamp(m["date"])
    if stamp is None:
        return None
    stamps.append(("published", stamp[1]))
    by = m.groupdict().get("by")
    return (header.names_of(by) or header.agency_of(by) or "") if by else ""


# Words of the section list that also name a country ("South Korea"): a place, not a section.
_COUNTRY_WORDS = frozenset("korea china japan india russia ukraine israel iran states kingdom republic islands union".split())


def _section_tag(part: str) -> bool:
    """Rule section_tag: a part of a dated row made only of section or region words ("Africa",
    "Middle East", "World News"), or a list of them ("East Africa, Politics"): the page's
    sections, not a place or a name."""
    for item in part.split(", "):
        words = item.split()
        if not 1 <= len(words) <= MAX_SECTION_WORDS:
            return False
        for w in words:
            low = w.lower()
            if not w[:1].isupper() or low not in NOT_NAME_WORDS or low in _COUNTRY_WORDS:
                return False
    return True


def header_line(s: str, stamps: list[tuple[str, str]]) -> str | None:
    """For a header line (bylines, date stamps, furniture), the byline it names or "";
    None when the line is not header material. Dates found are added to ``stamps``."""
    if len(s) > MAX_HEADER_LINE:
        return None
    if s[:1] in "PWFpwf" and (posted := posted_in(s, stamps)) is not None:
        return posted
    byline = ""
    found: list[tuple[str, str]] = []
    names: list[str] = []
    places = 0
    sections = 0
    wire_part = False
    for part in _HEADER_SPLIT.split(s):
        part = part.strip()
        if not part:
            continue
        if part[:1].isdigit() and not _TIME_PART.fullmatch(part) and (t := _LEAD_CLOCK.match(part)) is not None:
            part = part[t.end() :]  # "16:00 Agency Staff": a time, then the rest of the part
        if part.lower() in WIRES:
            wire_part = True
        elif (stamp := parse_stamp(part)) is not None:
            found.append(stamp)
        elif b := header.byline_of(part):
            byline = byline or b
            if " on " in part and (stamp := parse_stamp(part.rsplit(" on ", 1)[1])):
                found.append(stamp)  # "By Jane Doe on March 3, 2025"
        elif " by " in part and (stamp := parse_stamp(part.split(" by ", 1)[0])):
            found.append(stamp)  # "Posted on March 3, 2025 by Jane Doe"
            byline = byline or header.byline_of("by " + part.split(" by ", 1)[1]) or ""
        elif part[:1].isupper() and (m := _SECTION_CLOCK.match(part)) and (stamp := parse_stamp(part[m.end() :])):
            found.append(stamp)
        elif (named := _name_and_stamp(part)) is not None:
            byline = byline or named[0]
            found.append(named[1])
        elif publisher.source_of(part) is None and boilerplate.is_boilerplate(part):
            continue
        elif _section_tag(part):
            sections += 1  # "March 3, 2025 | Middle East", "Politics | 17 March 2024": the page's section
            continue
        elif len(part) <= 60 and (name := header.names_of(part)):
            names.append(name)  # "Jane Doe - March 3, 2025": a bare name beside a date
        elif _TIME_PART.fullmatch(part):
            continue  # "11 January 2023 • 6:00am"
        elif found and _TAGS.fullmatch(part):
            continue  # "Jan 11, 2023 | All, World, Japan": the page's section tags
        elif len(part) <= 40 and header.place_of(part):
            places += 1  # "By Jane Doe | Montevideo": where the reporter filed from
        else:
            return None
    if places and not byline or sections and not found:
        return None
    if names:
        if not (found or wire_part):
            return None  # only "Jane Doe | Reuters" and "Jane Doe - March 3, 2025" are bylines
        byline = byline or names[0]
    stamps.extend(found)
    return byline

