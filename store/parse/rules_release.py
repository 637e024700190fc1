"""Line rules for the rows an issuer prints over its own release and the label blocks of a page's
meta fields: "PRESS RELEASE | Ministry of X" or "X - Press release" over the headline (the issuer,
not the headline), and "Author" / "Publish Date" labels alone with their value on the next line.

Kept apart from ``rules_head`` (the headline and the lines around it): these lines are the page's
own fields, recognised by a label word and their place above or under the headline.
"""

from __future__ import annotations

import re

from store.parse import header
from store.parse.classify import Context, Label, Rule

# "Press release", "Media release", "News release", "Joint press statement": the kind of a release.
_KIND = r"(?:joint )?(?:press|media|news) (?:release|statement)"
# The kind and the issuer's name joined by a bar or a spaced dash, in either order.
_RELEASE_ROW = re.compile(
    rf"(?:{_KIND})\s?(?:\||[-–—])\s?(?P<after>[^|\n]{{2,90}})|(?P<before>[^|\n]{{2,90}}?)\s?(?:\||\s[-–—])\s?{_KIND}",
    re.I,
)
# An issuer's name: capitalised words, the small words of a body's name between them.
_ISSUER_JOINERS = frozenset({"of", "and", "for", "the", "&", "on", "in", "de", "du", "des", "la", "le"})
MAX_ISSUER_WORDS = 12
_STAMP_LABEL = re.compile(r"(?P<label>published|updated|last updated|posted|modified)(?: on| at)?\s?:?", re.I)


def release_issuer(s: str) -> str | None:
    """The issuer a release row names ("PRESS RELEASE | Ministry of Trade" -> "Ministry of
    Trade", "European Commission - Press release" -> "European Commission"), or None."""
    if len(s) > 120 or "release" not in s.lower() and "statement" not in s.lower():
        return None
    m = _RELEASE_ROW.fullmatch(s.strip("*_# "))
    if m is None:
        return None
    name = (m["after"] or m["before"]).strip().rstrip(".:")
    words = name.split()
    if not 1 <= len(words) <= MAX_ISSUER_WORDS or any(map(str.isdigit, name)):
        return None  # "Press release | 12 May 2024" is a stamp row
    if not all(w[:1].isupper() or w.lower() in _ISSUER_JOINERS for w in words) or words[0].lower() in _ISSUER_JOINERS:
        return None
    return name


class ReleaseRow(Rule):
    """Rule release_row: a release's kind beside its issuer over the headline ("PRESS RELEASE |
    Ministry of Trade", "European Commission - Press release"): the publisher; the headline is the
    next heading-like line. The issuer's name stays as a heading of the body (it is an actor the
    page names), the row's label words are dropped."""

    name, kind = "release_row", "body"
    max_chars = 120

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if ctx.title or ctx.prose or (name := release_issuer(s)) is None:
            return None
        return self.label(publisher=(3, name), text=name, para="heading")


# A label alone on its line whose value is the next line ("Author", "Written by:", "Reporter").
_AUTHOR_LABEL = re.compile(r"(?:authors?|written by|reporter|byline|posted by|by)\s?:?", re.I)
# Labels of the page's date alone on a line ("Publish Date", "Date published:").
_DATE_LABEL = re.compile(
    r"(?:(?:publish(?:ed)?|publication|release|posted|post|created|updated|modified)(?: on)? date|date(?: (?:published|posted|of publication))?)\s?:?",
    re.I,
)


def author_label(s: str) -> bool:
    """Whether ``s`` is only an author field's label ("Author", "Written by:")."""
    s = s.strip("*_ ")
    return len(s) <= 16 and _AUTHOR_LABEL.fullmatch(s) is not None


def date_label(s: str) -> str | None:
    """ "published" when ``s`` is only a date field's label ("Publish Date", "Date:"), else None."""
    s = s.strip("*_ ")
    if len(s) > 30 or _DATE_LABEL.fullmatch(s) is None:
        return None
    return "updated" if s[:1].lower() in "um" else "published"


class AuthorLabel(Rule):
    """Rule author_label: "Author" alone over a name: the field's label, furniture; the name
    under it is the byline (``AuthorValue``)."""

    name, kind = "author_label", "furniture"
    max_chars = 20

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.prose or i + 1 >= len(ctx.lines) or not author_label(ctx.lines[i].text):
            return None
        return self.label() if _author_value(ctx.lines[i + 1].text) else None


def _author_value(s: str) -> str | None:
    """The names on the line under an author label ("Jane Doe,", "JANE DOE and Ana Ruiz")."""
    return header.names_of(s.strip("*_ ").rstrip(",;|").strip()) if len(s) <= 120 else None


class AuthorValue(Rule):
    """Rule author_value: the name under an "Author" label: the byline, no body."""

    name, kind = "author_value", "byline"
    max_chars = 120

    def match(self, ctx: Context, i: int) -> Label | None:
        if not i or ctx.prose or not author_label(ctx.lines[i - 1].text):
            return None
        found = _author_value(ctx.lines[i].text)
        return self.label(byline=None if ctx.byline else found) if found else None


class DateLabel(Rule):
    """Rule date_label: "Publish Date" alone, its date on the next line: a label (furniture) that
    makes the date under it the article's published date."""

    name, kind = "stamp_label", "furniture"
    max_chars = 30

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.prose or (kind := date_label(ctx.lines[i].text)) is None:
            return None
        ctx.stamp_label = kind
        return self.label()


class StampLabel(Rule):
    """A stamp's label alone ("Updated:"), its date on the next line."""

    name, kind = "stamp_label", "furniture"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        m = _STAMP_LABEL.fullmatch(ctx.lines[i].text.strip("*_ "))
        if m is None:
            return None
        label = m["label"].lower()
        ctx.stamp_label = "published" if label in ("published", "posted") else "updated"
        return self.label()
