"""Line rules above the story: the headline and what surrounds it (stamps, bylines, labels).

``TOP_RULES`` label the lines down to the headline, ``HEADER_RULES`` the lines between the
headline and the story. Each rule is one kind of line, in the order they are tried.
"""

from __future__ import annotations

import re

from store.parse import boilerplate, credits, header, prompts, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.datelines import WIRES
from store.parse.dates import parse_stamp
from store.parse.header_lines import (
    MAX_HEADER_LINE,
    MIN_LEDE_WORDS,
    bare_byline,
    header_line,
    is_lede,
    opens_with_dateline,
    place_and_date,
    place_and_stamp,
)
from store.parse.meta_rows import MetaBulletTag, MetaRowRule, meta_row
from store.parse.rules_author import DeskPost
from store.parse.rules_blog import BlogPostTitle, PostRowHead
from store.parse.rules_label import CommentRow, LabelRow, SiteOverLabels
from store.parse.rules_masthead import MastheadOverHeadline, tagline_site
from store.parse.rules_outlet import OutletRow
from store.parse.rules_release import (
    AuthorLabel,
    AuthorValue,
    DateLabel,
    ReleaseRow,
    StampLabel,
    issuer_words,
    release_name,
)
from store.parse.rules_top import (
    Breadcrumb,
    MastheadLanguage,
    MastheadOutlet,
    PlaceLine,
    SiteClock,
    TopCaption,
    TopRelativeTime,
)

MAX_TITLE = 250  # a headline longer than this is a paragraph
# A section label ("News World", "Article content") has at most this many words.
MAX_LABEL_WORDS = 3
_TERMINAL = ".!?,;:…"
# A kicker over the headline has at most this many words; the headline under it at least these.
MAX_KICKER_WORDS = 4
MAX_NAME_KICKER_WORDS = 8
MAX_ISSUER_WORDS = 12  # "Ministry of Foreign Affairs of the Republic of Indonesia"
MIN_HEADLINE_UNDER_KICKER = 5
_KICKER_JOINERS = frozenset({"of", "and", "for", "the", "&", "on", "in"})
_TITLE_FIELD = re.compile(r"(?:title|headline)\s?:\s{0,3}", re.I)
_RELEASE = re.compile(r"(?:press|media|news) release\s?(?::|from|by)\s{0,3}(?P<name>[^\n]{2,80})", re.I)
# Wire services by name ("Associated Press"); a tag ("AFP") counts only in capitals, so that
# a line "Map" or "App" is not an agency.
_WIRE_NAMES = frozenset(v.lower() for v in WIRES.values() if not v.isupper())


def _is_short_label(s: str, ln_md: bool) -> bool:
    words = s.split()
    return (
        not ln_md
        and 1 <= len(words) <= MAX_LABEL_WORDS
        and len(s) <= 40
        and s[-1] not in _TERMINAL
        and s[0].isupper()
        and not any(map(str.isdigit, s))
    )


class TopStamp(Rule):
    name, kind = "stamp", "stamp"
    max_chars = MAX_HEADER_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        stamp = parse_stamp(s) if len(s) <= MAX_HEADER_LINE else None
        if stamp is None and " | " in s and len(s) <= MAX_HEADER_LINE:
            # rule bar_stamp: "10/06/2025 | Press release | Distributed by X": a date and labels
            dates: list[tuple[str, str]] = []
            if header_line(s, dates) == "" and dates:
                return self.label(dates=dates)
        return self.label(dates=[stamp]) if stamp else None


class TopByline(Rule):
    name, kind = "byline", "byline"
    max_chars = MAX_HEADER_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if len(s) > MAX_HEADER_LINE:
            return None
        b = header.byline_of(s)
        if b:
            dates: list[tuple[str, str]] = []  # "By Jane Doe - 17/03/2024 - 09:12 | Africa": its date too
            return self.label(byline=b, dates=dates if header_line(s, dates) is not None else [])
        if " by " in s:
            # rule posted_by_above: "Posted on 12 June 2024 by Jane Doe" over a blog's headline
            dates: list[tuple[str, str]] = []
            found = header_line(s, dates)
            if found is not None and dates:  # "" when it names no one ("Posted on ... by admin")
                return self.label(byline=found or None, dates=dates)
        return None


class TopFurniture(Rule):
    name, kind = "furniture", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if boilerplate.is_boilerplate(s) or credits.is_credit(s) or prompts.is_player_chrome(s):
            return self.label()
        return None


class SectionLabelAboveStory(Rule):
    """A word or two over a story that has no headline ("Article content", "World"): the next
    line opens with a dateline or reads as the lede."""

    name, kind = "section_label", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        ln = ctx.lines[i]
        if len(ln.text.split()) > 2 or not _is_short_label(ln.text, ln.md_heading) or i + 1 >= len(ctx.lines):
            return None
        nxt = ctx.lines[i + 1].text
        return self.label() if opens_with_dateline(nxt) or is_lede(nxt) else None


class Kicker(Rule):
    """A section name or kicker over the headline ("WORLD", "Pacific", "Ministry of External
    Affairs"): up to four title-case words with a longer line under them that reads as a
    headline; or up to eight (a body's name) over a headline that is not in title case."""

    name, kind = "kicker", "furniture"
    max_chars = 80

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        ln = lines[i]
        words = ln.text.split()
        longest = MAX_ISSUER_WORDS if issuer_words(words) else MAX_NAME_KICKER_WORDS
        if ln.md_heading or not 1 <= len(words) <= longest or ln.text[-1] in _TERMINAL or i + 1 >= len(lines):
            return None
        if any(map(str.isdigit, ln.text)) or not _title_case(words):
            return None
        nxt = lines[i + 1].text
        below = nxt.split()
        issuer = issuer_words(words)
        if len(below) < (MIN_HEADLINE_UNDER_KICKER if issuer else max(MIN_HEADLINE_UNDER_KICKER, len(words) + 1)) or len(nxt) > MAX_TITLE:
            if len(words) > MAX_KICKER_WORDS or not Kicker.stacked(ctx, i + 1):
                return None
        elif len(words) > MAX_KICKER_WORDS and _title_case(below) and not issuer:
            return None
        if len(words) > MAX_KICKER_WORDS and not issuer and _sentence(nxt):
            return None  # rule headline_over_sentence: a title-case headline over the lede's sentence
        if is_lede(nxt) or opens_with_dateline(nxt) or header.byline_of(nxt) or credits.is_position_caption(nxt):
            return None
        if (parse_stamp(nxt) or meta_row(nxt)) and not header.section_words(words):
            return None
        masthead = (4, release_name(ln.text)) if issuer and i == 0 else tagline_site(ln.text) if i == 0 else None  # rule issuer_masthead: "Ministry of ..." opening the page
        return None if boilerplate.is_boilerplate(nxt) else self.label(publisher=masthead)

    @staticmethod
    def stacked(ctx: Context, i: int) -> bool:
        """Whether line ``i`` is itself a kicker (labels stacked over a headline)."""
        return i + 1 < len(ctx.lines) and _KICKER.match(ctx, i) is not None


def _title_case(words: list[str]) -> bool:
    return all(w[0].isupper() or w in _KICKER_JOINERS for w in words)


class Headline(Rule):
    """The first line that is not furniture, a stamp or a byline, unless it is the lede itself
    (it opens with a dateline, or ends like a long sentence): then there is no headline."""

    name, kind = "headline", "headline"

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        ctx.zone = "header"
        if len(s) > MAX_TITLE or opens_with_dateline(s) or is_lede(s) or ctx.top_meta and _sentence(s):
            return None
        title = _TITLE_FIELD.sub("", s, count=1) or s
        if (found := publisher.title_outlet(title)) is not None:
            return self.label(text=found[0], publisher=(4, found[1]))  # "... accord | Harbour Times"
        return self.label(text=title)


def _sentence(s: str) -> bool:
    """Rule lede_under_meta: under a date row or a photo caption opening the page, a line that
    ends with a full stop after MIN_LEDE_WORDS words is the lede (headlines end without one)."""
    return s.rstrip("”\"’' ")[-1:] == "." and len(s.split()) >= MIN_LEDE_WORDS


_KICKER = Kicker()
TOP_RULES: tuple[Rule, ...] = (
    MastheadLanguage(),
    MastheadOutlet(),
    ReleaseRow(),
    SiteClock(),
    OutletRow(),
    TopStamp(),
    TopByline(),
    MetaRowRule(),
    MetaBulletTag(),
    TopRelativeTime(),
    TopCaption(),
    TopFurniture(),
    Breadcrumb(),
    SiteOverLabels(),
    LabelRow(),
    SectionLabelAboveStory(),
    MastheadOverHeadline(),
    PostRowHead(),
    Kicker(),
    Headline(),
)


# --- between the headline and the story --------------------------------------------------------


class RepeatedHeadline(Rule):
    name, kind = "repeated_headline", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        return self.label() if ctx.keys_as_title(ctx.lines[i].text) else None


class PlaceAndDate(Rule):
    """A place and a date on a line of their own ("Brussels, 4 April 2023", "TOKYO - March 5, 2024")."""

    name, kind = "place_and_date", "dateline"
    max_chars = 80

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.dateline:
            return None
        found = place_and_date(ctx.lines[i].text)
        if found is None:
            # "Sydney | Updated on: March 11, 2023": the filing place and the story's date
            stamped = place_and_stamp(ctx.lines[i].text)
            return self.label(place=stamped[0], dates=[("date", stamped[2])]) if stamped else None
        return self.label(place=found[0], dates=[("date", found[1])])


class HeaderLine(Rule):
    """A line of bylines, stamps and furniture ("By Jane Doe | Reuters | March 3, 2025")."""

    name, kind = "header_line", "byline"
    max_chars = MAX_HEADER_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        dates: list[tuple[str, str]] = []
        found = header_line(ctx.lines[i].text, dates)
        if found is None:
            return None
        if ctx.stamp_label:
            dates = [(ctx.stamp_label if k == "date" else k, iso) for k, iso in dates]
        return self.label(byline=found or None, dates=dates, publisher=publisher.row_domain(ctx.lines[i].text))


class OutletOverStamp(Rule):
    """Rule outlet_over_stamp: an outlet's name alone under the headline with a date stamp
    under it ("Harbour News" over "13 May 2024", or "Harbour News (Port Vila)") is the publisher."""

    name, kind = "outlet_over_stamp", "footer"
    max_chars = 70

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        if i + 1 >= len(lines) or (name := publisher.outlet_line(lines[i].text)) is None:
            return None
        return self.label(publisher=(4, name)) if parse_stamp(lines[i + 1].text) else None


class AgencyLine(Rule):
    """A wire service's name alone under the headline ("The Associated Press"): the byline."""

    name, kind = "agency_line", "byline"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text.strip("*_ ")
        bare = s[4:] if s.lower().startswith("the ") else s
        agency = bare.lower() in _WIRE_NAMES or bare.isupper() and bare.lower() in WIRES
        return self.label(byline=s) if agency and not ctx.byline else None


class ReleaseLine(Rule):
    """ "Press Release: New Zealand Government": the body that issued it is the byline."""

    name, kind = "release_line", "byline"
    max_chars = 120

    def match(self, ctx: Context, i: int) -> Label | None:
        m = _RELEASE.fullmatch(ctx.lines[i].text.strip("*_ "))
        if m is None or ctx.byline:
            return None
        name = m["name"].strip().rstrip(".")
        words = name.split()
        if not 1 <= len(words) <= 8 or not all(w[0].isupper() or w.lower() in ("of", "and", "for", "the") for w in words):
            return None
        return self.label(byline=name)


class BareByline(Rule):
    """A person's name alone, over a date or dateline, or over the first line of prose."""

    name, kind = "bare_byline", "byline"

    def __init__(self, plain: bool) -> None:
        self.plain = plain

    def match(self, ctx: Context, i: int) -> Label | None:
        if not ctx.title or (not self.plain and ctx.prose >= 3):
            return None
        b = bare_byline(ctx, i, self.plain)
        return self.label(byline=b) if b else None


class SectionLabelUnderHeadline(Rule):
    """A short label between the headline and the story ("News World", "Key Points"), with prose
    right below it. (A label over bullets is a heading: it stays.)"""

    name, kind = "section_label", "furniture"

    def match(self, ctx: Context, i: int) -> Label | None:
        ln = ctx.lines[i]
        if ctx.prose or not _is_short_label(ln.text, ln.md_heading) or i + 1 >= len(ctx.lines):
            return None
        nxt = ctx.lines[i + 1]
        if nxt.md_heading:
            return None
        if len(nxt.text.split()) < MIN_LEDE_WORDS and parse_stamp(nxt.text) is None:
            return None  # prose or a date stamp under it ("Arab News" over "January 9, 2024")
        return self.label()


class Caption(Rule):
    """A photo caption under the headline: the caption is body text, its credit is dropped."""

    name, kind = "caption", "caption"
    max_chars = credits.MAX_CAPTION_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        found = credits.split_credit(ctx.lines[i].text)
        if found is None:
            return None
        if not found[0]:
            return Label("credit", "credit")
        if ctx.printed_before(found[0]) or ctx.keys_as_title(found[0]):
            return Label("credit", "repeated_caption")
        return self.label(text=found[0], para="caption")


class EndOfHeader(Rule):
    name, kind = "end_of_header", "body"

    def match(self, ctx: Context, i: int) -> Label | None:
        ctx.zone = "body"
        return None


HEADER_RULES: tuple[Rule, ...] = (
    RepeatedHeadline(),
    BlogPostTitle(),
    Breadcrumb(),
    Caption(),
    PlaceAndDate(),
    OutletRow(),
    CommentRow(),
    StampLabel(),
    OutletOverStamp(),
    AgencyLine(),
    AuthorLabel(),
    AuthorValue(),
    DateLabel(),
    HeaderLine(),
    MetaRowRule(),
    MetaBulletTag(),
    ReleaseLine(),
    BareByline(plain=True),
    DeskPost(),
    PlaceLine(),
    LabelRow(),
    SectionLabelUnderHeadline(),
    EndOfHeader(),
)
