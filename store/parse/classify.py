"""Each line of an article labelled once, by an ordered list of small named rules.

A ``Rule`` looks at one line (and, where a shape needs it, its neighbours) and answers with a
``Label`` or None; the first rule of the current zone that answers labels the line. The zones
follow the page from top to bottom: ``top`` (above the headline), ``header`` (under it, before
the story), ``body`` and ``tail`` (comments and links after the story). Rules may move the
classifier to another zone; a rule that moves it without labelling the line hands the line to
the next zone's rules. ``assemble`` turns the labels into an ``Article``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from store.parse.layout import Line
from store.records import ParagraphKind
from store.text import fold

LineKind = Literal[
    "headline",  # the title
    "stamp",  # a date stamp line (published, updated, a bare date)
    "byline",  # the author (or agency) line, perhaps with a date
    "dateline",  # a place printed on a line of its own
    "caption",  # a photo caption: body text, its credit cut off
    "credit",  # a photo credit alone
    "furniture",  # page chrome: prompts, share rows, labels, related links, comments
    "footer",  # the publisher's name, a wire footer, an author's bio: fields, not body
    "post",  # an embedded social post's attribution
    "body",  # the story: prose, headings, bullets, sources
]
Zone = Literal["top", "header", "body", "tail"]

_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w+")


def line_key(s: str) -> str:
    """A line's words, folded, for telling the headline printed again from a new line."""
    return _NON_WORD.sub(" ", fold(s)).strip()


def _head(s: str) -> str:
    return s[:PREFIX_CHARS].casefold()


# Paragraphs printed twice are first told apart by this many opening characters.
PREFIX_CHARS = 16


def para_key(s: str) -> str:
    """A paragraph folded, without its closing marks, for telling one printed twice (once with
    a full stop, once without) from a new one: cheaper than ``line_key`` on long prose."""
    return fold(s).rstrip(".!?…:;,\"”’' ")


@dataclass(slots=True)
class Label:
    """What one line is, what it gives the header, and what the body keeps of it."""

    kind: LineKind
    rule: str
    text: str = ""  # the body's part of the line (body, caption, post)
    para: ParagraphKind = "text"
    byline: str | None = None
    place: str | None = None
    wire: str | None = None
    dates: list[tuple[str, str]] = field(default_factory=list)  # (kind, iso) stamps it holds
    publisher: tuple[int, str] | None = None  # (priority, name); lower priority wins
    late_date: str | None = None  # a "Published ..." stamp below the comments
    attach: bool = False  # a post's attribution that joins the paragraph before it
    day: tuple[int, int] | None = None  # (month, day) of a dateline's date without a year


# What ends a sentence of prose: a line that ends otherwise is a summary or a label.
_STOPS = frozenset('.!?"”’\'):;')


@dataclass(slots=True)
class Context:
    """The state of one classification: the lines, the zone, and what earlier labels found."""

    lines: list[Line]
    zone: Zone = "top"
    title: str = ""
    title_key: str | None = None
    title_first: str = ""
    byline: bool = False
    author: str | None = None  # the first byline found
    dateline: bool = False
    prose: int = 0  # prose paragraphs so far
    standfirst: bool = False  # the first prose line ends without a sentence's stop (a summary line)
    items: int = 0  # body paragraphs so far
    in_sources: bool = False
    related: bool = False  # a "Read also:" label was the line before
    stamp_label: str | None = None  # a bare "Updated:" label was the line before
    top_meta: bool = False  # a date row or a photo caption opened the page, over any headline
    title_at: int | None = None  # the headline's line, found under a masthead before it is reached
    last_para: ParagraphKind | None = None
    # the prose, headings and captions kept so far, by their first characters
    kept: dict[str, list[str]] = field(default_factory=dict)

    def keys_as_title(self, s: str) -> bool:
        """Whether ``s`` is the headline again. First words are compared first, so a line that
        differs there (nearly every one) is not keyed in full."""
        if self.title_key is None:
            return False
        if abs(len(s) - len(self.title)) > 10 + len(self.title) // 5:
            return False  # far longer or shorter: not the headline again, whatever its marks
        f = fold(s)
        first = _WORD.search(f)
        if first is None:
            return self.title_key == ""
        return first.group() == self.title_first and _NON_WORD.sub(" ", f).strip() == self.title_key

    def note(self, label: Label) -> None:
        """Fold a label into the state the next lines are classified with."""
        if label.kind == "headline":
            self.title = label.text
            self.title_key = line_key(label.text)
            self.title_first = self.title_key.split(" ", 1)[0]
        if label.byline and label.kind == "byline":
            self.byline = True
            self.author = self.author or label.byline
        if label.place:
            self.dateline = True
        if label.rule not in ("related_label", "related_headline"):
            self.related = False
        if label.rule != "stamp_label":
            self.stamp_label = None
        if self.zone == "top" and (label.kind in ("stamp", "caption") or label.dates):
            self.top_meta = True
        if label.kind in ("body", "caption") or label.kind == "post" and not label.attach:
            self.items += 1
            self.last_para = label.para
            if label.kind == "body" and label.para == "text":
                self.prose += 1
                if self.prose == 1:
                    self.standfirst = label.text[-1:] not in _STOPS
            if label.kind == "caption" or label.para in ("text", "heading"):
                self.kept.setdefault(_head(label.text), []).append(label.text)

    def printed_before(self, s: str) -> bool:
        """Whether ``s`` is a paragraph kept already (perhaps without its full stop). Only
        paragraphs that open alike are folded and compared."""
        earlier = self.kept.get(_head(s))
        if not earlier:
            return False
        key = para_key(s)
        return any(para_key(t) == key for t in earlier)


class Rule:
    """One kind of line: ``match`` labels line ``i`` or answers None."""

    name: ClassVar[str]
    kind: ClassVar[LineKind]
    # Lines longer than this are never of this kind: the classifier does not ask (most lines of
    # a story are long prose, and most kinds of line are short).
    max_chars: ClassVar[int] = 1 << 30

    def match(self, ctx: Context, i: int) -> Label | None:
        raise NotImplementedError

    def label(self, **fields: object) -> Label:
        return Label(self.kind, self.name, **fields)  # type: ignore[arg-type]


_tables: list[tuple[dict[Zone, tuple[Rule, ...]], dict[Zone, tuple[tuple[int, Any], ...]]]] = []


def _table(rules: dict[Zone, tuple[Rule, ...]]) -> dict[Zone, tuple[tuple[int, Any], ...]]:
    """Each zone's rules as (longest line, bound match): looked up once per set of rules (the
    parser has one), not per article, line and rule."""
    for known, table in _tables:
        if known is rules:
            return table
    table = {zone: tuple((r.max_chars, r.match) for r in rs) for zone, rs in rules.items()}
    if len(_tables) < 8:  # kept alive with its rules, so ``is`` never meets a reused address
        _tables.append((rules, table))
    return table


def classify(lines: list[Line], rules: dict[Zone, tuple[Rule, ...]]) -> list[Label]:
    """One label per line, each line looked at by the rules of the zone it falls in."""
    ctx = Context(lines)
    out: list[Label] = []
    table = _table(rules)
    for i in range(len(lines)):
        label: Label | None = None
        n = len(lines[i].text)
        while label is None:
            zone = ctx.zone
            for most, match in table[zone]:
                if n > most:
                    continue
                label = match(ctx, i)
                if label is not None or ctx.zone != zone:
                    break
            if label is None and ctx.zone == zone:
                raise RuntimeError(f"no rule of zone {zone} labels line {i}")  # the last rule always answers
        ctx.note(label)
        out.append(label)
    return out
