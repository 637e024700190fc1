"""Line rules for a site's own chrome above the headline: its masthead and its clock.

Kept apart from ``rules_head`` (the headline and the lines around it) because these lines say
nothing about the story: one names the site, the other the moment the page was served.
"""

from __future__ import annotations

import re

from store.parse import boilerplate
from store.parse.classify import Context, Label, Rule
from store.parse.dates import parse_stamp
from store.parse.header_lines import place_and_date

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


class MastheadLanguage(Rule):
    """Rule masthead_language: a site's name beside its language switch over the story
    ("Plata Herald, en Español"): chrome whose name is the publisher."""

    name, kind = "masthead_language", "furniture"
    max_chars = 60

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text.strip("*_ ")
        if "," not in s or boilerplate.which_boilerplate(s) != "language_switch":
            return None
        m = _LANGUAGE_SWITCH.fullmatch(s)
        name = m["name"].strip() if m else ""
        if not name or not name[0].isupper() or len(name.split()) > 4:
            return None
        return self.label(publisher=(4, name))
