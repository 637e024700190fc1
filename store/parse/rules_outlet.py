"""Line rules for an outlet's own rows around a story: the agency row over it, the publisher's
"About" block and its channel prompts under it.

Kept apart from ``rules_head`` and ``rules_body`` (the story's own header and prose) because these
lines are the outlet speaking of itself: they give ``source`` (and a row the dateline and date),
never body text.
"""

from __future__ import annotations

import re

from store.parse import boilerplate, header, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.credits import is_credit
from store.parse.datelines import MONTHS, NOT_PLACES, WIRES, title_case, wire_line
from store.parse.dates import date_in, parse_stamp
from store.parse.header import NOT_NAME_WORDS
from store.parse.header_lines import PLACE_FIRST_WORDS, PLACE_LAST_WORDS
from store.parse.layout import BULLET
from store.parse.prompts import OUTLET_WORDS
from store.parse.rules_label import label_row
from store.parse.rules_related import is_related_label

# The bars, bullets or spaced dashes between a row's parts ("AFP | JAKARTA", "AFP • Jakarta").
_ROW_SPLIT = re.compile(r"\s?\|\s?|\s[•·–—-]\s")
_ROW_MARK = re.compile(r"[|•·)]|\s[–—-]")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?[A-Z]{2,5})?", re.I)
# An agency's tag in capitals that no list names ("DNA", "PPI") has this many letters at most.
MAX_TAG_CAPS = 5
_ROW_PARTS = 4


def _wire_of(part: str) -> str | None:
    """A part of a row that is a wire service: a known tag or name, as written."""
    low = part.lower()
    if (low[4:] if low.startswith("the ") else low) in _WIRE_NAMES or part.isupper() and low in WIRES:
        return part  # a tag counts in capitals only: "MAP" is an agency, "Map" a word
    return None


_WIRE_NAMES = frozenset(v.lower() for v in WIRES.values() if not v.isupper())  # names, not tags


def _place_of(part: str) -> str | None:
    """A part of a row that is a place ("JAKARTA", "Port Moresby", "Doha, Qatar"), as a name is written."""
    city, comma, region = part.partition(", ")
    if comma and ", " not in region:  # rule place_and_region_field: "Doha, Qatar • 20 June 2023"
        shown = [_place_of(city), _place_of(region)]
        return None if None in shown else ", ".join(shown)  # type: ignore[arg-type]
    words = part.split()
    if not header.place_of(part) or words[0] in NOT_PLACES or words[0] in MONTHS:
        return None
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return None
    if len(words) > 1 and not part.replace(" ", "").isupper() and not _place_words(words):
        return None  # "Jane Doe | Reuters": a reporter, left to the byline rules
    return " ".join(title_case(w) for w in words)


def _place_words(words: list[str]) -> bool:
    """Whether capitalised words start or end like a place name ("Port Moresby", "Gaza City")."""
    return words[0].lower() in PLACE_FIRST_WORDS or words[-1].lower() in PLACE_LAST_WORDS


def outlet_row(s: str) -> tuple[str, str | None, str | None] | None:
    """``(wire, place, iso)`` for a row of an agency, a place and a date joined by bars, bullets
    or dashes ("AFP | JAKARTA | Feb 10, 2022", "Lagos • Reuters • 3 March 2024"), perhaps with
    the time it was filed: every other part is one of the three, each at most once, the agency
    and one other there. A tag in capitals no list knows ("DNA") is the agency only beside a
    place written otherwise. A wire's dateline alone on its line ("LILONGWE (AFP) -") too."""
    if len(s) > 100:
        return None
    if s[-1:] in ")-–—:" and (lone := wire_line(s)) is not None:  # "LILONGWE (AFP) -" alone
        return lone[1], lone[0], date_in(lone[2]) if lone[2] else None
    parts = [p.strip() for p in _ROW_SPLIT.split(s)]
    if not 2 <= len(parts) <= _ROW_PARTS + 1 or not all(parts):
        return None
    if any(p.split()[-1].lower() in OUTLET_WORDS for p in parts):
        return None  # rule outlet_word_part: "ATOLL HERALD | NEWS | date": a site's name and section, no agency or place
    wire = place = iso = None
    caps: list[str] = []
    for part in parts:
        if _CLOCK.fullmatch(part):
            continue  # "Feb 10, 2022 | 10:42 GMT": the time the row was filed
        if wire is None and (found := _wire_of(part)) is not None:
            wire = found
        elif iso is None and (stamp := parse_stamp(part)) is not None and stamp[0] == "date":
            iso = stamp[1]
        elif part.isalpha() and part.isupper() and 2 <= len(part) <= MAX_TAG_CAPS:
            caps.append(part)  # an unknown agency's tag, or a short place in capitals ("DOHA")
        elif place is None and (named := _place_of(part)) is not None:
            place = named
        else:
            return None
    if wire is None and len(caps) == 1 and place is not None:
        wire = caps.pop()
    if len(caps) == 1 and place is None:
        place = _place_of(caps.pop())
    if caps or wire is None or (place is None and iso is None):
        return None
    return wire, place, iso


def _site_row(s: str) -> tuple[str, str] | None:
    """Rule site_row: ``(outlet, iso)`` of a label row naming the site by an outlet's word, with
    its section and date ("ATOLL HERALD | NEWS | 15 December 2023"), no byline among its parts."""
    if _BY_WORD.search(s) is not None:
        return None
    site = label_row(s)
    if site is None or site[0] is None or site[1] is None or site[0].split()[-1].lower() not in OUTLET_WORDS:
        return None
    return site[0], site[1]


_BY_WORD = re.compile(r"\bby\b", re.I)


class OutletRow(Rule):
    """Rule outlet_row: an agency's row over the story ("AFP | JAKARTA | Feb 10, 2022"): the
    agency is the source, the place the dateline, the date the story's; the row is no body."""

    name, kind = "outlet_row", "dateline"
    max_chars = 100

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if ctx.dateline or ctx.prose or _ROW_MARK.search(s) is None:
            return None
        if (found := outlet_row(s)) is None:
            site = _site_row(s)  # "ATOLL HERALD | NEWS | 15 December 2023": the site's own row, read before a byline is
            return Label("furniture", "label_row", publisher=(4, title_case(site[0])), dates=[("date", site[1])]) if site else None
        wire, place, iso = found
        return self.label(place=place, wire=wire, dates=[("date", iso)] if iso else [])


# "About the IDB", "About Harbour Shipping Ltd": the heading of a release's note on its issuer.
_ABOUT = re.compile(r"about (?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: [\w&.'’-]{1,30}){0,5})", re.I)
# The note's first sentence opens with the issuer's full name ("The Inter-American Development
# Bank is ...", "Harbour Shipping Ltd (HSL) was founded ...").
_NAMED = re.compile(
    r"(?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?:(?-i:[A-Z])[\w&.'’-]{0,30}|of|for|and|&|de)){0,7})"
    r"(?: \([A-Z][\w&.-]{1,12}\))?,? (?:is|was|has|are|works|helps|aims|provides|brings)\b",
    re.I,
)
MAX_ABOUT_WORDS = 6


def about_name(label: str, note: str) -> str | None:
    """The issuer an "About X" heading introduces, when the note under it opens by naming it
    ("About the IDB" over "The Inter-American Development Bank is ..."): the note's full name."""
    m = _ABOUT.fullmatch(label)
    if m is None or len(m["name"].split()) > MAX_ABOUT_WORDS:
        return None
    short = m["name"]
    named = _NAMED.match(note)
    if named is None or short.split()[0].lower() in NOT_NAME_WORDS:
        return None
    full = named["name"]
    if short.isupper() and short.isalpha():  # an acronym: the note's name must spell it
        initials = "".join(w[0] for w in re.split(r"[\s-]+", full) if w[:1].isupper())
        return full if initials[:1] == short[0] and _in_order(short, initials) else None
    return full if full.lower().startswith(short.lower()) else None


def _in_order(letters: str, initials: str) -> bool:
    """Whether ``letters`` appear in ``initials`` in order ("IDB" in "IADB")."""
    it = iter(initials)
    return all(c in it for c in letters)


# An "About" heading is a short line.
MAX_ABOUT_CHARS = 60
# An issuer's note closes the release: only this many lines may follow its heading.
MAX_NOTE_LINES = 8


class AboutIssuer(Rule):
    """Rule about_issuer: "About the X" closing a release, over the note on its issuer: the
    issuer is the source; the heading, its note and what follows them are the release's
    boilerplate, not the story."""

    name, kind = "about_issuer", "footer"
    max_chars = MAX_ABOUT_CHARS

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        if not ctx.prose or not 1 <= len(lines) - i - 1 <= MAX_NOTE_LINES:
            return None  # nearly every line: the story goes on below it
        s = lines[i].text.strip("*_# ")
        if s[:5].lower() != "about" or s[-1:] in ".!?:" or (name := about_name(s, lines[i + 1].text)) is None:
            return None
        ctx.zone = "tail"  # the note and what follows it are the release's chrome
        return self.label(publisher=(3, name))


# A sign-off's lead: dashes or equals signs before the agency ("— AFP", "==Kyodo", "-- BERNAMA").
_SIGNOFF_LEAD = "—–-=‒ "
MAX_SIGNOFF_CHARS = 30


def wire_signoff(line: str) -> str | None:
    """The agency a sign-off line names ("— AFP", "==Kyodo", "Reuters"): a known wire alone, or
    after a dash an agency's capitals no list names ("-- BERNAMA")."""
    if len(line) > MAX_SIGNOFF_CHARS:
        return None
    tag = line.lstrip(_SIGNOFF_LEAD).rstrip(". ")
    bracketed = tag[:1] == "(" and tag[-1:] == ")"
    if bracketed:  # rule bracket_signoff: "(ANI)" alone closing the story
        tag = tag[1:-1].strip()
    if " " in tag and _wire_of(tag) is None and (desk := _desk_initials(tag)) is not None:
        return desk  # rule wire_desk_initials: "PTI AK RS", the wire and its desk's initials
    if not tag or " " in tag and _wire_of(tag) is None or boilerplate.is_boilerplate(tag):
        return None  # "-- ENDS" closes the copy, names no agency
    if _wire_of(tag) is not None:
        return tag
    dashed = bracketed or len(tag) < len(line.rstrip(". "))
    return tag if dashed and tag.isalpha() and tag.isupper() and 2 <= len(tag) <= 8 else None


# A desk's initials after the wire's tag: one to four groups of two or three capitals.
_DESK = re.compile(r"(?: [A-Z]{2,3}){1,4}")


def _desk_initials(tag: str) -> str | None:
    """The wire of "PTI AK RS": a known wire's tag, then only its desk's initials in capitals."""
    wire, _, rest = tag.partition(" ")
    return wire if wire.lower() in WIRES and wire.isupper() and _DESK.fullmatch(" " + rest) else None


class WireSignoff(Rule):
    """Rule wire_signoff: an agency's name or tag alone closing the story ("— AFP", "Xinhua"),
    with only furniture or credits below it: the wire the story came from, not body."""

    name, kind = "wire_signoff", "footer"
    max_chars = MAX_SIGNOFF_CHARS

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if not ctx.prose or ctx.in_sources or (wire := wire_signoff(s)) is None:
            return None
        if ctx.last_para in ("bullet", "source") and BULLET.match(s):
            return None  # "- Xinhua" under a list: an item of it
        for ln in ctx.lines[i + 1 :]:
            if boilerplate.is_tail_cut(ln.text):
                break  # rule signoff_over_tail: "Related News" and what follows it are no story
            if not (boilerplate.is_furniture(ln.text, ln.low) or is_credit(ln.text) or publisher.outlet_name(ln.text)):
                return None  # under it only chrome, credits and the outlet signing off ("AFP" over "Harbour News")
        return self.label(wire=wire)


def wire_part(part: str) -> str | None:
    """A field of a row that is a wire service ("Xinhua", "The Associated Press"), as written."""
    return _wire_of(part)


def place_part(part: str) -> str | None:
    """A field of a row that is a place ("Nairobi", "PORT MORESBY"), as a name is written."""
    return _place_of(part)


# "Media Contact", "Press enquiries:", "For media inquiries: Jane Doe, +1 555 0100": a release's
# contact label, perhaps with its first entry on the same line.
# rule contact_label_please: "For media queries, please contact:", "For more information, contact:"
_CONTACT_OPENINGS = ("media", "press", "news", "for media", "for press", "contact", "for more", "for further")
_CONTACT_LABEL = re.compile(
    r"(?:for )?(?:(?:media|press|news)(?: and (?:public|investor|general))?\s(?:contacts?|enquiries|inquiries|queries|office|relations)"
    r"(?:,? (?:please )?contact)?|(?:further|more) (?:information|details),? (?:please )?contact|contacts?)(?:\s?:\s?[^\n]{0,120})?",
    re.I,
)
_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,20}\d")
MAX_CONTACT_LINE = 100
MAX_CONTACT_WORDS = 8
# The block's entries (a name, an office, an e-mail, a phone) run this many lines at most.
CONTACT_REACH = 6


def _contact_label(s: str) -> bool:
    return s.lower().startswith(_CONTACT_OPENINGS) and _CONTACT_LABEL.fullmatch(s) is not None


def _contact_entry(s: str) -> bool:
    """A name, an office, an e-mail address or a phone number: short, no sentence's stop."""
    if "@" in s or _PHONE.fullmatch(s.split(":", 1)[-1].strip()):
        return True
    return len(s.split()) <= MAX_CONTACT_WORDS and s[-1:] not in ".!?"


_PRESS_OFFICE = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w&.'’-]{1,30}(?: (?-i:[A-Z])[\w&.'’-]{1,30}){0,3}) (?:press (?:centre|center|office|desk)|media (?:relations|centre|center|office|desk))\W{0,2}",
    re.I,
)


class ContactBlock(Rule):
    """Rule contact_block: a release's "Media Contact" label and the short entries under it (a
    name, an office, an e-mail, a phone): who answers the press, not the story."""

    name, kind = "contact_block", "furniture"
    max_chars = MAX_CONTACT_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        s = lines[i].text.strip("*_ ")
        if not ctx.prose or not s:
            return None
        if _contact_label(s):
            return self.label()
        if not _contact_entry(s) or is_related_label(s):
            return None  # "Related" under the block opens a list of other stories
        for j in range(i - 1, max(-1, i - 1 - CONTACT_REACH), -1):
            above = lines[j].text.strip("*_ ")
            if _contact_label(above):
                m = _PRESS_OFFICE.fullmatch(s)  # rule press_office_issuer: "Harbour Ports Press Centre," names the issuer
                return self.label(publisher=(3, m["name"]) if m else None)
            if len(above) > MAX_CONTACT_LINE or not _contact_entry(above) or is_related_label(above):
                return None
        return None
