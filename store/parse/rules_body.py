"""Line rules of the story and below it: furniture, captions, posts, footers and the prose.

``BODY_RULES`` label the story's lines, ``TAIL_RULES`` those after the comments begin; each rule is one kind of line, tried in order; ``Prose`` takes what is left.
"""

from __future__ import annotations

import re
from re import _parser  # the width of a pattern, as the regex compiler computes it

from store.parse import boilerplate, header, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.credits import is_credit
from store.parse.datelines import closing_wire, dateline_line, find_dateline
from store.parse.dates import date_in, day_month_in, parse_stamp
from store.parse.header_lines import (
    MAX_HEADER_LINE,
    bare_byline,
    header_line,
    place_and_date,
    upper_dateline,
)
from store.parse.layout import bullet
from store.parse.meta_rows import MetaRowRule, meta_row
from store.parse.rules_author import AboutAuthor
from store.parse.rules_head import Caption
from store.parse.rules_outlet import AboutIssuer, ContactBlock, WireSignoff
from store.parse.rules_related import ClosingLabel, RelatedHeadline, RelatedLabel

# A byline's own outlet names the publisher after any masthead.
BIO_PRIORITY = 5
# Plain date lines this early in the body (counted in prose paragraphs) are the publication date.
DATE_LINES_NEAR_TOP = 3
MAX_HEADING_CHARS = 110
MAX_HEADING_WORDS = 14
# The page's last lines, where a reader prompt or a Trust Project notice may name the publisher.
FOOTER_LINES = 8
# A paragraph printed twice is dropped the second time when it has at least this many words.
MIN_REPEAT_WORDS = 5
# A dateline opens the first prose paragraph, found among this many body paragraphs.
DATELINE_ITEMS = 6
_TERMINAL = ".!?,;:…"
_SOURCES_HEADING = re.compile(r"(?:sources?|references|further reading|bibliography|notes)\s?:?", re.I)
# No longer line is a sources heading: a longer one is not tried against the pattern.
_SOURCES_HEADING_CHARS = _parser.parse(_SOURCES_HEADING.pattern, re.I).getwidth()[1]
_PUBLISHED_LABEL = re.compile(r"\s{0,3}[*_]{0,2}(?:first )?published\b", re.I)
_POST_BY = re.compile(r"[—–-]{1,2}\s{0,2}(?P<name>[^()\n@]{1,80}?)\s{0,2}\(@\w{1,30}\)(?P<rest>[^\n]{0,60})")
_POST_INLINE = re.compile(r"\s(?P<attr>[—–]\s?[^()\n@—–]{1,80}\(@\w{1,30}\)[^\n()@]{0,60})$")
_NAME = r"(?-i:[A-Z][\w'’.-]{1,25})"
_BIO = re.compile(
    rf"(?P<name>{_NAME}(?:\s{_NAME}){{1,3}})\s(?:is|was|serves as|works as|has been|is currently)\s"
    r"[^\n.]{0,80}?\b(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|producer)s?\b"
    rf"[^\n.]{{0,40}}?\s(?:for|at|with|of)\s(?P<outlet>(?:the\s)?{_NAME}(?:\s(?:{_NAME}|of|and|&)){{0,5}})"
    r"(?:\.|\.\s[^\n]{0,300})?"
)

# A bio's verb comes after the name's two to four words.
_BIO_VERBS = frozenset({"is", "was", "serves", "works", "has"})
_BIO_OUTLET = re.compile(
    r"\b(?:correspondent|reporter|editor|journalist|writer|columnist|contributor|producer)s?\b"
    rf"[^\n.]{{0,40}}?\s(?:for|at|with)\s(?P<outlet>(?:the\s)?{_NAME}(?:\s(?:{_NAME}|of|and|&)){{0,5}})"
)


def _is_sources_heading(s: str) -> bool:
    """ "Sources:", "Further reading": the heading of the story's list of sources."""
    return len(s) <= _SOURCES_HEADING_CHARS and _SOURCES_HEADING.fullmatch(s) is not None


def is_heading(s: str) -> bool:
    """A short title-ish line without final punctuation ("At a Glance", "Why now")."""
    if len(s) > MAX_HEADING_CHARS or s[-1] in _TERMINAL or s[0] in "\"“‘'(":
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    return len(s.split()) <= MAX_HEADING_WORDS and any(map(str.isalpha, s))


class Repeat(Rule):
    """The headline printed again, or a paragraph printed twice (a caption, a standfirst)."""

    name, kind = "repeat", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if ctx.keys_as_title(s):
            return self.label()
        if ctx.printed_before(s) and len(s.split()) >= MIN_REPEAT_WORDS:
            return self.label()
        return None


class Publisher(Rule):
    """The publisher naming itself ("© 2025 Pacific Times Media", "Source: X")."""

    name, kind = "publisher", "footer"
    max_chars = 300

    def match(self, ctx: Context, i: int) -> Label | None:
        ln = ctx.lines[i]
        s = ln.text
        found = publisher.source_of(s, ln.low, ctx.zone == "tail" or i >= len(ctx.lines) - FOOTER_LINES)
        if found and not (found[0] == 1 and _SOURCES_HEADING.fullmatch(s)):
            year = _COPYRIGHT_YEAR.search(s) if found[0] == 2 else None  # "© 2025 Interfax", "Copyright 2008-2025 X"
            if found[0] == 1 and " | " in s:  # rule source_row_date: "Source: Xinhua | 2025-11-27 02:14 | Editor: X"
                stamps = [st for part in s.split(" | ")[1:] if (st := parse_stamp(part)) is not None]
                name = found[1].split(" | ", 1)[0].strip()
                return self.label(publisher=(1, name), dates=[("date", stamps[0][1])] if stamps else [])
            return self.label(publisher=found, dates=[("copyright", year.group(1))] if year else [])
        return None


_COPYRIGHT_YEAR = re.compile(r"((?:19|20)\d{2})(?!.*\d{4})")


class OutletSignoff(Rule):
    """Rule outlet_signoff: a line that is only an outlet's name ("Arab News") closing the story,
    with only furniture or credits below it, is the publisher signing off: source, not body."""

    name, kind = "outlet_signoff", "footer"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        if not ctx.prose:
            return None
        lines = ctx.lines
        last = i + 1 == len(lines)
        if ctx.zone == "tail" and not last:
            return None  # below the comments only the page's last line signs off
        if (name := publisher.outlet_name(lines[i].text)) is None:
            # rule closing_station: a station's name holding its call letters ("Harbour FM"), or rule
            # closing_office an office's ("Harbour Development Bank", not below the comments or tags), as the page's last line under its chrome
            above = lines[i - 1]
            if not last or not boilerplate.is_furniture(above.text, above.low) or (name := publisher.station_name(lines[i].text) or (publisher.office_line(lines[i].text) if ctx.zone != "tail" else None)) is None:
                return None
        for ln in lines[i + 1 :]:
            if not (boilerplate.is_furniture(ln.text, ln.low) or is_credit(ln.text)):
                return None
        return self.label(publisher=(4, name))


class Stamp(Rule):
    """A date stamp line: the publication date near the top; below the comments only a
    "Published ..." stamp (the page's footer, when it is the only one)."""

    name, kind = "stamp", "stamp"
    max_chars = 100

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        stamp = parse_stamp(s) if len(s) <= 100 else None
        if stamp is None:
            if ctx.zone != "tail" and ctx.prose < DATE_LINES_NEAR_TOP and s[:1].isdigit() and " - " in s:
                # rule dash_stamp: "10 July 2023 - 16:00 Agency Staff" under a standfirst
                dates: list[tuple[str, str]] = []
                if header_line(s, dates) == "" and dates:
                    return self.label(dates=dates)
            return None
        kind, iso = stamp
        if ctx.stamp_label and kind == "date":
            kind = ctx.stamp_label
        if ctx.zone != "tail" and (kind == "published" or ctx.prose < DATE_LINES_NEAR_TOP):
            return self.label(dates=[(kind, iso)])
        if ctx.zone == "tail" and kind == "published" and _PUBLISHED_LABEL.match(s):
            return self.label(late_date=iso)
        if ctx.zone != "tail" and (i == len(ctx.lines) - 1 or _footer_below(ctx, i)):
            return self.label(dates=[(kind, iso)])  # rule date_last_line: the page's date under the story
        return self.label()


def _footer_below(ctx: Context, i: int) -> bool:
    """Rule date_over_footer: only the page's footer under a date line (its copyright, a rights
    notice): the date closes the story, as on its last line."""
    below = ctx.lines[i + 1 : i + 1 + FOOTER_LINES]
    if len(below) != len(ctx.lines) - i - 1:
        return False
    return all(boilerplate.is_furniture(ln.text, ln.low) or publisher.source_of(ln.text, ln.low, True) for ln in below)


class Tail(Rule):
    """Below the comments: everything is chrome (a wire's credit footer too)."""

    name, kind = "tail", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if header.wire_byline_of(s):
            return Label("footer", "wire_footer")
        return Label("furniture", "tail" if boilerplate.is_boilerplate(s) else "tail_content")


# A post's author over its text: the name and the handle alone on a line ("Jane Doe @janedoe").
_POST_HEAD = re.compile(r"[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,4} @\w{1,30}")


class Post(Rule):
    """A social post's attribution ("— Name (@handle) Date"), folded into the post."""

    name, kind = "post", "post"

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if "(@" not in s:
            if "@" in s and _POST_HEAD.fullmatch(s) or i and "@" in ctx.lines[i - 1].text and _POST_HEAD.fullmatch(ctx.lines[i - 1].text):
                if not boilerplate.is_boilerplate(s):
                    return self.label(text=s, para="post")  # rule post_handle_head: "Jane Doe @janedoe" over her post
            return None
        if s[0] in "—–-":
            if _POST_BY.fullmatch(s) is None:
                return None
            return self.label(text=s, para="post", attach=ctx.last_para == "text")
        inline = _POST_INLINE.search(s)
        if inline is None:
            return None
        text_part = boilerplate.strip_trailing_urls(s[: inline.start()])
        return self.label(text=text_part + "\n" + inline["attr"], para="post")


class BodyByline(Rule):
    """A byline below a standfirst ("By Jane Doe"), or a name over a date."""

    name, kind = "body_byline", "byline"
    max_chars = MAX_HEADER_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.prose >= DATE_LINES_NEAR_TOP or ctx.byline:
            return None
        s = ctx.lines[i].text
        b = header.byline_of(s) if len(s) <= MAX_HEADER_LINE else None
        if b is None and ctx.title and s[:1] in "PpUu" and ctx.items == 1:
            # rule stamped_byline_under_standfirst: "Published on 13/11/2019 By Jane Doe - Reporter"
            dates: list[tuple[str, str]] = []
            if (found := header_line(s, dates)) and dates:
                outlet = publisher.byline_outlet(s)
                return self.label(byline=found, dates=dates, publisher=(BIO_PRIORITY, outlet) if outlet else None)
        if b is None and ctx.title:
            b = bare_byline(ctx, i, plain=False)
        row = meta_row(s) if b and "|" in s else None  # rule byline_row_stamp: "By A | August 7, 2025, 6:41 pm"
        return self.label(byline=b, dates=row.dates if row else []) if b or header.desk_byline(s) else None


class TailCut(Rule):
    """ "Leave a Reply", "Related articles": the story has ended; comments and links follow."""

    name, kind = "tail_cut", "furniture"
    max_chars = 80

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.prose and boilerplate.is_tail_cut(ctx.lines[i].text):
            ctx.zone = "tail"
            return self.label()
        return None


class WireFooter(Rule):
    """A byline below the story ("By Reuters."): the author when no byline heads the story; and
    rule credit_footer: a wire's credits ("(Reporting by A and B; Editing by C)") are no body,
    and their reporters are the byline when none heads the story (the editors never are)."""

    name, kind = "wire_footer", "footer"
    max_chars = 400

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if reporters := header.wire_byline_of(s):
            return self.label(byline=reporters)
        wb = header.closing_byline(s) if ctx.prose else None  # "Author: Jane Doe", "— By A", "Story by A, Place"
        return self.label(byline=wb) if wb else None


class Furniture(Rule):
    """Page chrome by its patterns (``boilerplate``), a player's message or a reader prompt."""

    name, kind = "furniture", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        ln = ctx.lines[i]
        return self.label() if boilerplate.is_furniture(ln.text, ln.low) else None


class AuthorBio(Rule):
    """A line about the article's author ("Jane Doe is a reporter at The Ledger."), or at the
    end of the story a reporter's bio ("X serves as correspondent for Y"): byline and outlet."""

    name, kind = "author_bio", "footer"
    max_chars = 400

    def match(self, ctx: Context, i: int) -> Label | None:
        if not ctx.prose:
            return None
        s = ctx.lines[i].text
        if ctx.byline and header.is_author_bio(s, ctx.author):
            found = _BIO_OUTLET.search(s)  # "... is a senior reporter with the Bangkok Post covering ..."
            outlet = _outlet(found["outlet"]) if found else None
            return Label("furniture", "author_bio", publisher=(5, outlet) if outlet else None)
        m = None if _BIO_VERBS.isdisjoint(s.split(None, 6)[2:6]) else _BIO.fullmatch(s)
        if m is None:
            return None
        if ctx.author and m["name"] != ctx.author:
            return None  # a sentence about someone else
        return self.label(byline=m["name"], publisher=(5, _outlet(m["outlet"])), text=s)


def _outlet(raw: str) -> str:
    """An outlet's name as a bio gives it, without a leading "the" or a final full stop."""
    raw = raw.strip().rstrip(".")
    return raw[4:] if raw.startswith("the ") else raw


class DatelineLine(Rule):
    """A dateline on a line of its own, over the first paragraph ("PUTRAJAYA:"); and rule
    place_date_under_standfirst: a place and a date there ("Oslo, 14 May 2024") under a
    standfirst or a summary heading, as under the headline."""

    name, kind = "dateline_line", "dateline"
    max_chars = 80

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.dateline or ctx.prose > 1 or i + 1 >= len(ctx.lines) or len(ctx.lines[i + 1].text.split()) < 8:
            return None
        s = ctx.lines[i].text
        place = dateline_line(s) if len(s) <= 60 else None
        if place is None:
            found = place_and_date(s)
            return self.label(place=found[0], dates=[("date", found[1])]) if found and found[0] else None
        return self.label(place=place)


class Prose(Rule):
    """What is left: a bullet, a heading, a source-list item, or a paragraph of prose (whose
    dateline, at the top of the story, is cut off and kept)."""

    name, kind = "prose", "body"

    def match(self, ctx: Context, i: int) -> Label | None:
        ln = ctx.lines[i]
        s = boilerplate.strip_trailing_urls(ln.text)
        if s[-1:] in "mM" and s[-8:-7] == " " and s[-7:].lower() == "enditem":
            s = s[:-8].rstrip()  # rule inline_enditem: a wire's "Enditem" closing the last paragraph
        m = bullet(s)
        if m and not ln.md_heading:
            return self.label(text=s[m.end() :], para="source" if ctx.in_sources else "bullet")
        tag = None
        if s[-1:] == ")" and (closed := closing_wire(s)) is not None:  # "... in May. (PNA)"
            s, tag = closed
        if not tag and (ln.md_heading or is_heading(s) or _is_sources_heading(s)):
            ctx.in_sources = _is_sources_heading(s)
            return self.label(text=s, para="heading")
        if ctx.in_sources and len(s) <= MAX_HEADER_LINE:
            return self.label(text=s, para="source")
        ctx.in_sources = False
        place = day = None
        wire = tag
        dates: list[tuple[str, str]] = []
        found = None
        if not ctx.dateline and ctx.prose == 0 and ctx.items <= DATELINE_ITEMS:
            found = find_dateline(s)
        elif not ctx.dateline and ctx.prose == 1:
            # after a first paragraph only a wire or capitals dateline; after a summary line
            # with no full stop (a standfirst) any dateline
            found = find_dateline(s) if ctx.standfirst else upper_dateline(s)
        if found is not None:
            place, wire = found.place, found.wire or tag
            if (dated := date_in(s[: found.cut])) is not None:  # "BAKU, July 18, 2022 —"
                dates.append(("date", dated))
            else:  # "Hanoi, Sep 10 (EFE).-": the year may be found in the text
                day = day_month_in(s[: found.cut])
            s = s[found.cut :]
        return Label("body", "prose", text=s, place=place, wire=wire, dates=dates, day=day)  # every prose line: no kwargs dict


BODY_RULES: tuple[Rule, ...] = (
    Repeat(),
    Publisher(),
    OutletSignoff(),
    WireSignoff(),
    Stamp(),
    Post(),
    BodyByline(),
    MetaRowRule(),
    TailCut(),
    ContactBlock(),
    WireFooter(),
    Caption(),
    RelatedLabel(),
    AboutAuthor(),
    AboutIssuer(),
    Furniture(),
    RelatedHeadline(),
    AuthorBio(),
    ClosingLabel(),
    DatelineLine(),
    Prose(),
)
TAIL_RULES: tuple[Rule, ...] = (Publisher(), OutletSignoff(), Stamp(), Tail())
