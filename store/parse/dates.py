"""Publication stamps: a line that is only a date (with an optional label and time) to ISO.

Only whole lines count: a date inside a sentence ("assumed office on October 1") or in a
social post's attribution is never a publication date, so callers hand over single lines.
"""

from __future__ import annotations

import datetime as _dt
import re

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

# Labels in front of a stamp, and what they say about the date.
_LABELS: tuple[tuple[str, str], ...] = (
    ("publication date", "published"),
    ("published date", "published"),
    ("publish date", "published"),
    ("date published", "published"),
    ("release date", "published"),
    ("released", "published"),
    ("first published", "published"),
    ("published", "published"),
    ("posted", "published"),
    ("dated", "published"),
    ("date", "published"),
    ("last updated", "updated"),
    ("last update", "updated"),
    ("last modified", "updated"),
    ("updated", "updated"),
    ("update", "updated"),
    ("modified", "updated"),
)
_LABEL = re.compile(
    r"(?P<label>publication date|published date|publish date|date published|release date|released|first published|published|posted|dated|date|last updated|last update|last modified|updated|update|modified)"
    r"(?: on| at)?\s{0,3}[:\-–—]?\s{0,3}",
    re.IGNORECASE,
)
# rule spaced_weekday_comma: "Tuesday , May 9 2023" as some sites print the weekday
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?(?:\s?,)?\s{1,3})?"
_MONTH = r"(?P<{}>[A-Za-z]{{3,9}})\.?"
# (rule tight_year_comma: "Jan 11,2024", no space after the comma)
_MDY = re.compile(_WEEKDAY + _MONTH.format("m1") + r"\s{1,3}(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,\s{0,3}|\s{1,3})(?P<y1>\d{4})", re.I)
_DMY = re.compile(_WEEKDAY + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s{1,3}(?:of\s)?|-)" + _MONTH.format("m2") + r"(?:,?\s{1,3}|-)(?P<y2>\d{4})", re.I)
# rule dotted_iso: "2025.06.05", year first with points as some Asian sites print it
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})")
# What may follow a date on a stamp line: a time, a zone, separators. Bounded, no nesting.
# (rule french_clock: "26/01/2024 à 09h12", the time after "à" with an "h" between hours and minutes)
_TAIL = re.compile(r"[\s,|@–—/•·\-]{0,6}(?:(?:at|à)\s)?(?:\d{1,2}h\d{2}\b)?[0-9:.apmAPM\s()+\-|,]{0,20}(?:[A-Z]{2,5}|UTC|GMT)?[0-9:+\-)]{0,8}\s*")
# rule zone_offset: a zone may carry its offset ("Updated 4:17 PM GMT+2, January 1, 2025")
_LEAD_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?![.\d/-])\s?(?:[ap]\.?m\.?)?\s?(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s?,?\s{0,3}", re.I)
# "12:04 pm on 13 December 2022", and rule time_then_date: "22:36 29/12/2011" (a numeric date after the time)
_LEAD_TIME_ON = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:[A-Z]{2,5}\s)?(?:(?:on|,)\s{1,3}|\s(?=\d{1,2}[./-]\d{1,2}[./-]\d{4}$))", re.I)
_DIGIT = re.compile(r"\d")
# rule update_note: the stamp's update in brackets after its date ("18 Jul 2022 (updated: 19 Jul 2022)")
_UPDATE_NOTE = re.compile(r"\s{0,3}\((?:last\s)?updated?\s?:?\s{0,3}[\w ,:.]{4,40}\)\s*", re.I)
# rule update_after: the stamp's update after its date, in any form ("March 14, 2023 6:12 AM GMT+11
# Updated 3 years ago", "18.12.2023 19:40 | Updated 18.12.2023 21:02", "Jan 11,2024 - Last updated at Jan 11,2024")
_UPDATE_AFTER = re.compile(r"[\s,|•·–—\-]{0,6}(?:last\s)?(?:updated?|modified)(?:\s(?:on|at))?\s?:?\s{0,3}", re.I)
_AGO = re.compile(r"(?:an?|\d{1,3})\s(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\sago\s*$", re.I)
_ISO_TIME = re.compile(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?")


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` of a real day between 1900 and 2100, else None."""
    return _iso(year, month, day)


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _match_date(s: str) -> tuple[str | None, int] | None:
    """The ISO date at the start of ``s`` and where it ends, if ``s`` starts with a date."""
    m = _MDY.match(s)
    if m and m.group("m1").lower() in MONTHS:
        return _iso(int(m["y1"]), MONTHS[m["m1"].lower()], int(m["d1"])), m.end()
    m = _DMY.match(s)
    if m and m.group("m2").lower() in MONTHS:
        return _iso(int(m["y2"]), MONTHS[m["m2"].lower()], int(m["d2"])), m.end()
    m = _ISO.match(s)
    if m:
        end = m.end()
        t = _ISO_TIME.match(s, end)
        return _iso(int(m["y"]), int(m["m"]), int(m["d"])), t.end() if t else end
    m = _NUMERIC.match(s)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == "." or a > 12:
            a, b = b, a  # day first: 21.09.2024, or 21-09-2024 which cannot be month first
        return _iso(int(m["y"]), a, b), m.end()
    return None


_WORD_START = re.compile(r"(?<![\w])[A-Za-z0-9]")


def date_in(text: str) -> str | None:
    """The first full date (day, month and year) in a short text such as a dateline
    ("BAKU, July 18, 2022"), as ISO; None when it has none."""
    if _DIGIT.search(text) is None:
        return None
    for m in _WORD_START.finditer(text):
        found = _match_date(text[m.start() :])
        if found is not None and found[0] is not None:
            return found[0]
    return None


def parse_stamp(line: str) -> tuple[str, str] | None:
    """``(kind, iso_date)`` when the whole line is a date stamp, else None.

    ``kind`` is "published" or "updated" for labelled stamps and "date" for a bare date.
    """
    s = line.strip().strip("*_").strip()
    if not s or len(s) > 100 or _DIGIT.search(s) is None:
        return None
    if s[0] in "[(" and s[-1] in "])":
        s = s[1:-1].strip()  # rule bracketed_stamp: "[Published: Wednesday September 12 2018]"
    kind = "date"
    m = _LABEL.match(s)
    if m:
        label = m["label"].lower()
        kind = next(k for name, k in _LABELS if name == label)
        s = s[m.end() :]
        t = _LEAD_TIME.match(s)
        if t:
            s = s[t.end() :]  # "Published 10:42 AM EST, Mon March 3, 2025"
    elif (t := _LEAD_TIME_ON.match(s)) is not None:
        s = s[t.end() :]  # "12:04 pm on 13 December 2022"
    found = _match_date(s)
    if found is None:
        return None
    iso, end = found
    if iso is None:
        return None
    tail = _TAIL.match(s, end)
    if tail is not None and tail.end() != len(s) and _updated_after(s, tail.end()):
        return kind, iso
    if tail is None or tail.end() != len(s):
        if (twin := _twin(s, end, iso)) is not None:
            return kind, twin
        if _UPDATE_NOTE.fullmatch(s, end) is None or _DIGIT.search(s, end) is None:
            return None
    return kind, iso


def _updated_after(s: str, at: int) -> bool:
    """Whether the rest of a stamp from ``at`` is only its update: a label then a date, a time
    or a time ago (rule update_after)."""
    u = _UPDATE_AFTER.match(s, at)
    if u is None or u.end() == at:
        return False
    rest = s[u.end() :]
    if _AGO.match(rest) or ((t := _LEAD_TIME.match(rest)) is not None and t.end() == len(rest.rstrip()) and t.end() > 0):
        return True
    found = _match_date(rest)
    return found is not None and found[0] is not None and (tail := _TAIL.match(rest, found[1])) is not None and tail.end() == len(rest)


def _twin(s: str, end: int, iso: str) -> str | None:
    """Rule twin_stamp: the same day printed twice, in figures and then in words ("08/01/2024
    August 1, 2024"): the words say which figure is the month."""
    rest = s[end:].lstrip(" |,·•–—-")
    if len(rest) < 8 or not rest[:1].isalnum():
        return None
    found = _match_date(rest)
    if found is None or found[0] is None or (tail := _TAIL.match(rest, found[1])) is None or tail.end() != len(rest):
        return None
    y, m, d = iso.split("-")
    y2, m2, d2 = found[0].split("-")
    return found[0] if y == y2 and {m, d} == {m2, d2} else None


_DAY_MONTH = re.compile(
    r"(?P<m1>[A-Za-z]{3,9})\.?\s(?P<d1>\d{1,2})\b(?!,?\s\d{4})|\b(?P<d2>\d{1,2})\s(?P<m2>[A-Za-z]{3,9})\b(?!,?\s\d{4})"
)
_FULL_DATE = re.compile(
    r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s(?P<m1>[A-Za-z]{3,9})\.?,?\s(?P<y1>\d{4})\b"
    r"|\b(?P<m2>[A-Za-z]{3,9})\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?,\s(?P<y2>\d{4})\b"
)


def day_month_in(text: str) -> tuple[int, int] | None:
    """``(month, day)`` of a date without a year in a short text ("Hanoi, Sep 10 (EFE)")."""
    for m in _DAY_MONTH.finditer(text):
        month = MONTHS.get((m["m1"] or m["m2"]).lower())
        if month is not None:
            return month, int(m["d1"] or m["d2"])
    return None


def year_of_day(text: str, month: int, day: int) -> str | None:
    """The ISO date of the first full date in ``text`` on that month and day ("10 September
    2023" for a dateline's "Sep 10"), or None."""
    for m in _FULL_DATE.finditer(text):
        name = (m["m1"] or m["m2"]).lower()
        if MONTHS.get(name) == month and int(m["d1"] or m["d2"]) == day:
            return _iso(int(m["y1"] or m["y2"]), month, day)
    return None
