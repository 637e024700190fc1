"""Line rules for the rows an issuer prints over its own release and the label blocks of a page's
meta fields: "PRESS RELEASE | Ministry of X" or "X - Press release" over the headline (the issuer,
not the headline; an office's name alone beside a lone "Press release" too), and "Author",
"Publish Date" or "Updated:" labels alone with their value on the next line.

Kept apart from ``rules_head`` (the headline and the lines around it): these lines are the page's
own fields, recognised by a label word and their place above or under the headline.
"""

from __future__ import annotations

import re

from store.parse import header, publisher
from store.parse.classify import Context, Label, Rule
from store.parse.datelines import title_case
from store.parse.dates import parse_stamp

# "Press release", "Media release", "News release", "Joint press statement": the kind of a release.
_KIND = r"(?:joint )?(?:press|media|news) (?:release|statement)"
_KIND_RX = re.compile(_KIND, re.I)
# rule lone_release_label: the label alone on its line as sites print it, also plural, numbered or
# beside its name in the issuer's language ("Press Releases", "Boletín de prensa / Press release No. 087")
_LONE_KIND = re.compile(
    r"(?:[^\W\d_][^\W\d_ ]{0,20}(?: [^\W\d_]{1,20}){0,2}\s?/\s?)?(?:joint )?(?:press|media|news) (?:releases?|statements?)(?:\s?(?:no\.?|#)\s?\d{1,6})?", re.I
)
# The parts of a release row: bars or spaced dashes between them.
_ROW_JOINT = re.compile(r"\s?\|\s?|\s[-–—]\s")
# An issuer's name: capitalised words, the small words of a body's name between them.
_ISSUER_JOINERS = frozenset({"of", "and", "for", "the", "&", "on", "in", "de", "du", "des", "la", "le", "del", "y", "e", "et"})
MAX_ISSUER_WORDS = 12
_STAMP_LABEL = re.compile(r"(?P<label>published|updated|last updated|posted|modified)(?: on| at)?\s?:?", re.I)


def release_row(s: str) -> tuple[str, str | None] | None:
    """``(issuer, iso date or None)`` of a release row: the release's kind, its issuer and
    perhaps its date, joined by bars or spaced dashes in any order ("PRESS RELEASE | Ministry of
    Trade", "European Commission - Press release - 14 May 2024"), or None."""
    if len(s) > 120 or "release" not in s.lower() and "statement" not in s.lower():
        return None
    parts = [p.strip() for p in _ROW_JOINT.split(s.strip("*_# "))]
    if not 2 <= len(parts) <= 3 or sum(1 for p in parts if _KIND_RX.fullmatch(p)) != 1:
        return None
    names: list[str] = []
    iso = None
    for part in parts:
        if _KIND_RX.fullmatch(part):
            continue
        if (stamp := parse_stamp(part)) is not None and iso is None:
            iso = stamp[1]
        elif (name := issuer_name(part)) is not None:
            names.append(name)
        else:
            return None  # "Press release | Distributed by X": no issuer of its own
    return (names[0], iso) if len(names) == 1 else None


def release_issuer(s: str) -> str | None:
    """The issuer a release row names ("PRESS RELEASE | Ministry of Trade" -> "Ministry of
    Trade", "European Commission - Press release" -> "European Commission"), or None."""
    found = release_row(s)
    return found[0] if found else None


def issuer_name(part: str) -> str | None:
    """``part`` when it reads as a body's name: capitalised words and the small words between
    them, no digit ("Ministry of Trade and Industry", "Nordic Council")."""
    name = part.strip().rstrip(".:")
    words = name.split()
    if not 1 <= len(words) <= MAX_ISSUER_WORDS or any(map(str.isdigit, name)):
        return None
    if not all(w[:1].isupper() or w.lower() in _ISSUER_JOINERS for w in words) or words[0].lower() in _ISSUER_JOINERS:
        return None
    return name


# First words of an issuing body's name over a release ("Ministry of Foreign Affairs of ...").
_ISSUERS = frozenset({"ministry", "embassy", "office", "department", "government", "presidency", "secretariat", "permanent"})


def issuer_words(words: list[str]) -> bool:
    """Rule issuer_kicker: a body's name of the form "Ministry of ..." over a title-case headline
    is the release's issuer, not its headline."""
    return len(words) > 2 and words[0].lower() in _ISSUERS and "of" in words[1:3]


def release_name(name: str) -> str:
    """An issuer's name as a name is written: one printed in capitals in title case, its small
    words in lower case and its initials kept ("EMBASSY OF NORWAY" -> "Embassy of Norway")."""
    name = name.strip()
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(w.lower() if w.lower() in _ISSUER_JOINERS and k else w if len(w) <= 2 else title_case(w) for k, w in enumerate(words))


def _office_beside_label(ctx: Context, i: int) -> str | None:
    """Rule office_beside_release_label: an office's name alone right over or under a lone
    release label at the top ("Ministry of Fisheries" under "Press Release"): the issuer."""
    lines = ctx.lines
    label_above = i > 0 and _LONE_KIND.fullmatch(lines[i - 1].text.strip("*_# ")) is not None
    label_below = i + 1 < len(lines) and _LONE_KIND.fullmatch(lines[i + 1].text.strip("*_# ")) is not None
    if not (label_above or label_below) or (name := issuer_name(lines[i].text)) is None:
        return None
    return name if publisher.office(name) else None


class ReleaseRow(Rule):
    """Rule release_row: a release's kind beside its issuer over the headline ("PRESS RELEASE |
    Ministry of Trade", "European Commission - Press release"): the publisher; the headline is the
    next heading-like line. The issuer's name stays as a heading of the body (it is an actor the
    page names), the row's label words are dropped."""

    name, kind = "release_row", "body"
    max_chars = 120

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.title or ctx.prose:
            return None
        s = ctx.lines[i].text
        if (found := release_row(s)) is None:
            if (name := _office_beside_label(ctx, i)) is None:
                return None
            found = (name, None)
        name, iso = found[0], found[1]
        name = release_name(name)
        return self.label(publisher=(3, name), text=name, para="heading", dates=[("date", iso)] if iso else [])


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
    """What the date under ``s`` is when ``s`` is only a date field's label: "published"
    ("Publish Date", "Date:") or "updated" ("Updated date"); else None."""
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
