"""Meta rows: a short line made only of a page's meta fields, in any order and any number.

A meta field is a date or time stamp with or without its label ("Updated: 12-05-2023 10:02
IST", "Write: 2023-06-01 08:30:11", "Published Date: 11:20"), a reading time ("Reading Time: 3
minutes"), a byline ("By X", "Posted by Written by X"), a wire service, the outlet's own name, a place,
or a person's name beside a stamp; the fields are joined by bars, bullets, spaced dashes or
slashes, or plain spaces. Such a row is page furniture (never
the headline, never body text) that gives the header its date, byline, source and dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.parse import header, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.dates import date_in, parse_stamp
from store.parse.rules_outlet import place_part, wire_part

MAX_META_ROW = 160
MAX_META_PARTS = 8
# The joints between fields: bars, bullets, spaced dashes and slashes.
_SPLIT = re.compile(r"\s?\|\s?|\s[•·–—/-]\s")
# A field's label: where a new field starts inside a run of words ("Write: ... Update: ...").
_LABELS = (
    r"(?:last |first )?(?:updated?|published|created|modified|posted|write|written|release|releases?d?)"
    r"(?: date| on| at)?\s?:?"
)
_FIELD_START = re.compile(
    rf"(?<!\bposted)(?<!\bwritten)(?<!\bby)(?<!\blast)(?<!\bfirst)\s(?=(?:{_LABELS}\s|by\s|reading time\b|\d{{1,3}}\s?min(?:ute)?s? read\b))", re.I
)
_STAMP_LABEL = re.compile(rf"(?P<label>{_LABELS})\s?", re.I)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s?\(?[A-Z]{2,5}\)?)?", re.I)
_READING = re.compile(r"(?:reading time\s?:?\s?\d{1,3}\s?(?:min|mins|minutes?)|\d{1,3}\s?(?:min|mins|minutes?) read)", re.I)
# rule relative_field: a page's relative time ("2 hours ago", "UPDATED 2 HOURS AGO") dates nothing
_RELATIVE = re.compile(r"(?:(?:last\s)?updated?\s)?\d{1,3}\s(?:min(?:ute)?s?|hours?|hrs?|days?)\sago", re.I)
# rule blog_row_fields: a blog's row closes with its comment count or link ("3 Comments", "Leave a
# comment"), and may list the post's sections ("Ports, Trade") beside it
_COMMENTS = re.compile(r"(?:\d{1,5}|no) comments?|leave a (?:comment|reply)|comments? off", re.I)
_SECTIONS = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}(?:, [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}){1,5}")
# rule tag_field: a row's own filing of the story ("Filed under: Fisheries, Regional", "Tags: Trade")
# names sections, no date or person; it may stand beside the stamp
_TAGS = re.compile(r"(?:filed under|tags?|tagged|categor(?:y|ies)|topics?|sections?)\s?:\s?[^:|]{1,80}", re.I)
_BY = re.compile(r"(?:(?:posted|written|story|reported)\s)?by\s?:?\s", re.I)
# Labels whose date is the story's first publication; the others date an update.
_PUBLISHED_WORDS = ("publish", "creat", "post", "writ", "releas")
# Words of a row's section tag a bullet row may hold ("- World"): one or two capitalised words.
MAX_TAG_WORDS = 2


@dataclass(slots=True)
class MetaRow:
    """What a meta row gives the header."""

    byline: str | None = None
    wire: str | None = None
    place: str | None = None
    outlet: str | None = None
    dates: list[tuple[str, str]] = field(default_factory=list)
    dated_place: bool = False  # the row is a place and its date alone ("Quito, 1 May 2024")


def might_be_meta(s: str) -> bool:
    """Cheap guard: a short line holding a digit or opening with "By"/"Posted"/"Written"."""
    if len(s) > MAX_META_ROW or not s:
        return False
    return any(map(str.isdigit, s)) or s[:2].lower() == "by" or s[:7].lower() in ("posted ", "written")


def meta_row(s: str) -> MetaRow | None:
    """The fields of ``s`` when the whole line is a meta row with a stamp, reading time or
    byline among its fields; None otherwise (a headline, a sentence, a bare place)."""
    s = s.strip().strip("*_").strip()
    if s[:2] in ("- ", "• ", "* ", "· "):
        s = s[2:].strip()
    if not might_be_meta(s):
        return None
    parts: list[str] = []
    for chunk in _SPLIT.split(s):
        parts.extend(p.strip() for p in _FIELD_START.split(chunk))
    if not 1 <= len(parts) <= MAX_META_PARTS or not all(parts):
        return None
    if len(parts) == 1 and ", " in s:
        return _place_date(s)
    row = MetaRow()
    strong = False
    named: str | None = None
    blog = _COMMENTS.fullmatch(parts[-1]) is not None
    pending: str | None = None  # a label whose date is in the next field ("Published Date: 11:20 | 14 June 2022")
    for part in parts:
        if _READING.fullmatch(part):
            strong = True
            continue
        if _CLOCK.fullmatch(part) or _RELATIVE.fullmatch(part) or _TAGS.fullmatch(part) or blog and (part is parts[-1] or _SECTIONS.fullmatch(part)):
            continue
        if (by := _BY.match(part)) is not None:
            rest = part[by.end() :]
            while (again := _BY.match(rest)) is not None:
                rest = rest[again.end() :]  # "Posted by Written by Ana Ruiz"
            name = header.byline_of("By " + rest)
            if name is None:
                return None
            row.byline = row.byline or name
            strong = True
            continue
        if (lab := _STAMP_LABEL.match(part)) is not None and lab.end() < len(part) and part[lab.end() - 1] in ": ":
            label, rest = lab["label"].lower(), part[lab.end() :].strip()
            kind = "published" if label.startswith(_PUBLISHED_WORDS) or label.startswith("first") else "updated"
            if _CLOCK.fullmatch(rest):
                pending, strong = kind, True
                continue
            iso = _stamp_date(rest)
            if iso is None:
                return None
            row.dates.append((kind, iso))
            strong = True
            continue
        iso = _stamp_date(part)
        if iso is not None:
            row.dates.append((pending or "date", iso))
            pending, strong = None, True
            continue
        if row.wire is None and (wire := wire_part(part)) is not None:
            row.wire = wire
        elif row.outlet is None and (outlet := publisher.outlet_name(part)) is not None:
            row.outlet = outlet  # rule outlet_field: "Harbour Daily Times / 05:12 AM June 03, 2025"
        elif row.place is None and (place := place_part(part)) is not None:
            row.place = place
        elif row.byline is None and not row.outlet and _bare_name(part):
            row.byline = named = header.names_of(part)  # rule name_field: "Jane Doe |21.02.2024 - Update : 22.02.2024"
        else:
            return None
    if not strong or len(parts) < 2:
        return None  # one field alone is left to the stamp and byline rules
    if (row.outlet or named) and not row.dates:
        return None  # a bare name or outlet is a row's field only beside a stamp
    if row.place and ", " in row.place:  # rule place_region_row: "Doha, Qatar • 20 June 2023", a dateline
        if row.byline or row.outlet or not row.dates:
            return None  # ("By A | Shipping, Fiji | date": a section and a place, no row of ours)
        row.dated_place = True
    if row.dates and (row.byline or row.wire) and not any(k != "updated" for k, _ in row.dates):
        row.dates.append(("date", row.dates[0][1]))  # a signed row's only stamp dates the story
    return row


def _place_date(s: str) -> MetaRow | None:
    """Rule place_date_row: a place and a full date alone on a line over a release's text
    ("Quito, 1 May 2024", "GENEVA, March 3, 2025"): the dateline and the story's date."""
    place, rest = s.split(", ", 1)
    found = place_part(place)
    iso = _stamp_date(rest) if found else None
    return MetaRow(place=found, dates=[("date", iso)], dated_place=True) if iso and date_in(rest) else None


def _bare_name(part: str) -> bool:
    """Whether a field is a person's name and nothing else ("Jane Doe", not "The X Accord, signed")."""
    name = header.names_of(part)
    return name is not None and len(name.split()) == len(part.split()) <= MAX_NAME_FIELD_WORDS


MAX_NAME_FIELD_WORDS = 4


def _stamp_date(part: str) -> str | None:
    """The ISO date of a field that is a date, perhaps with its time ("2023-06-01 08:30:11")."""
    if not any(map(str.isdigit, part)):
        return None
    found = parse_stamp(part)
    if found is not None:
        return found[1]
    iso = date_in(part)
    if iso is None:
        return None
    return iso if len(_CLOCK.sub("", part).split()) <= 4 else None


class MetaRowRule(Rule):
    """Rule meta_row: a line made only of meta fields ("Xinhua | Nairobi | Updated: 12-05-2023
    10:02 IST", "Write: 2023-06-01 08:30:11 Update: ...", "Posted by Ana Ruiz Reading Time: 4
    minutes"): furniture that gives the date, byline, agency and (an agency's place) dateline."""

    name, kind = "meta_row", "byline"
    max_chars = MAX_META_ROW + 4

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.prose > 1 or ctx.prose == 1 and not ctx.standfirst or (row := meta_row(ctx.lines[i].text)) is None:
            return None  # under prose a row is the story's own; under a standfirst it still heads it
        place = row.place if (row.wire or row.dated_place) and not ctx.dateline else None
        outlet = (4, row.outlet) if row.outlet else None
        return self.label(byline=None if ctx.byline else row.byline, wire=row.wire, place=place, dates=row.dates, publisher=outlet)


def _bullet_text(s: str) -> str | None:
    return s[2:].strip() if s[:2] in ("- ", "• ", "* ", "· ") else None


class MetaBulletTag(Rule):
    """Rule meta_bullet_tag: a bullet of one or two capitalised words or a wire's name ("- World",
    "- Anadolu Agency") in a run of bullets that holds a meta row ("- Published Date: ..."): the
    page's tags, no story; a wire among them is the source."""

    name, kind = "meta_bullet_tag", "furniture"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        text = _bullet_text(ctx.lines[i].text)
        if ctx.prose or text is None or not text[:1].isupper() or text[-1] in ".!?:;,":
            return None
        wire = wire_part(text)
        if wire is None and (len(text.split()) > MAX_TAG_WORDS or any(map(str.isdigit, text))):
            return None
        for ln in ctx.lines[i + 1 : i + 1 + _TAG_REACH]:
            if _bullet_text(ln.text) is None:
                return None
            if meta_row(ln.text) is not None:
                return self.label(wire=wire)
        return None


# A tag bullet is this many bullets above the meta row at most.
_TAG_REACH = 3
