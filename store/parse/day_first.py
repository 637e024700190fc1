"""A stamp in figures that reads both ways ("04/05/2021") settled by the dates the page gives.

``parse_stamp`` reads an ambiguous numeric date month first ("04/05/2021" is April 5). Many
sites print the day first. The page is read day first when only that reading is near a date the
page writes in words (an embedded post's "May 5, 2021"), or, with no such date, when only that
reading puts the page on the weekday the story's opening names ("said on Tuesday", as wire copy
written that day says). The labels of the lines that print the date so are corrected before
``assemble``.
"""

from __future__ import annotations

import datetime as _dt
import re

from store.parse.classify import Label
from store.parse.dates import date_in
from store.parse.layout import Line

_AMBIGUOUS = re.compile(r"(?<![\d/.-])(?P<a>0?[1-9]|1[0-2])(?P<sep>[/-])(?P<b>0?[1-9]|1[0-2])(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/])")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_DAY = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# The weekday is looked for in this many prose paragraphs of the story's opening.
OPENING_PARAGRAPHS = 3
# The stamp lines are looked for among the page's first lines.
HEAD_LINES = 12


def settle_day_first(lines: list[Line], labels: list[Label]) -> None:
    """Rule day_first_by_dates: rewrite the month-first dates of the page's ambiguous stamps day
    first when only that reading is within a week of a date the page writes in words, or, the
    page writing none, when only that reading falls on the weekday the story names."""
    stamped = [k for k in range(min(HEAD_LINES, len(labels))) if labels[k].dates and _AMBIGUOUS.search(lines[k].text)]
    if not stamped:
        return  # nearly every page: no stamp in figures that reads both ways
    written = _written_dates(lines, stamped)
    weekday = _story_weekday(labels) if not written else None
    if not written and weekday is None:
        return
    swaps: dict[str, str] = {}
    for k in stamped:
        for m in _AMBIGUOUS.finditer(lines[k].text):
            a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
            month_first, day_first = _date(y, a, b), _date(y, b, a)
            if a == b:
                continue
            if written:
                near = _near(day_first, written) and not _near(month_first, written)
            else:
                near = day_first.weekday() == weekday and month_first.weekday() != weekday
            if near:
                swaps[month_first.isoformat()] = day_first.isoformat()
    if not swaps:
        return
    for k in stamped:
        labels[k].dates = [(kind, swaps.get(iso, iso)) for kind, iso in labels[k].dates]


def _story_weekday(labels: list[Label]) -> int | None:
    """The weekday the story's opening says things happened on ("said on Tuesday"), 0 for Monday."""
    seen = 0
    for label in labels:
        if label.kind != "body" or label.para != "text":
            continue
        if (m := _ON_DAY.search(label.text)) is not None:
            return _WEEKDAYS.index(m.group(1).lower())
        seen += 1
        if seen >= OPENING_PARAGRAPHS:
            return None
    return None


def _written_dates(lines: list[Line], stamped: list[int]) -> list[_dt.date]:
    """The dates the page writes with the month in words, on lines other than its stamps."""
    found: list[_dt.date] = []
    for k, ln in enumerate(lines):
        if k not in stamped and _MONTH_WORD.search(ln.text) and (iso := date_in(ln.text)) is not None:
            found.append(_dt.date.fromisoformat(iso))
    return found


def _near(day: _dt.date, written: list[_dt.date]) -> bool:
    """Whether ``day`` is within a week of a date the page writes."""
    return any(abs((day - w).days) <= NEAR_DAYS for w in written)


def _date(year: int, month: int, day: int) -> _dt.date:
    return _dt.date(year, month, day)


NEAR_DAYS = 7
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d|\d\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
