"""``parse_article``: the text of one article file into an ``Article`` (header, body, structure).

The parse is line-based and single-pass: the headline first (printed twice counts once), then
header lines (bylines, date stamps, furniture), then the body, where each line is furniture
(dropped), metadata (a date stamp, the publisher's name, a wire footer), a social post's
attribution (folded into the post), a bullet, a heading, or prose. The first prose paragraph
loses its dateline prefix. Offsets of paragraphs, sentences and quotes index into the body
text: the paragraphs joined by a blank line.
"""

from __future__ import annotations

import hashlib
import re

from store.parse import boilerplate, header
from store.parse.dates import date_in, parse_stamp
from store.parse.layout import BULLET, Line, article_lines
from store.parse.reader import normalise_newlines
from store.parse.sentences import split_paragraphs, split_sentences
from store.parse.speech import find_quotes
from store.records import Article, Paragraph, ParagraphKind, Sentence
from store.text import fold, strip_controls

# A headline longer than this is a paragraph; the title then comes from its first sentence.
MAX_TITLE = 250
MAX_HEADING_CHARS = 110
MAX_HEADING_WORDS = 14
# Plain date lines this early in the body (counted in prose paragraphs) are the publication date.
DATE_LINES_NEAR_TOP = 3
# Lines looked at below a bare name for the date or dateline that makes it a byline.
BYLINE_LOOKAHEAD = 3
# A bare name right under the headline is the byline when a line of prose this long follows it.
MIN_LEDE_WORDS = 8
# Header lines longer than this are prose.
MAX_HEADER_LINE = 200

_POST_BY = re.compile(r"[—–-]{1,2}\s{0,2}(?P<name>[^()\n@]{1,80}?)\s{0,2}\(@\w{1,30}\)(?P<rest>[^\n]{0,60})")
_POST_INLINE = re.compile(r"\s(?P<attr>[—–]\s?[^()\n@—–]{1,80}\(@\w{1,30}\)[^\n()@]{0,60})$")
_HEADER_SPLIT = re.compile(r"\s[|•·]\s|\s[-–—]\s")
_SOURCES_HEADING = re.compile(r"(?:sources?|references|further reading|bibliography|notes)\s?:?", re.I)
_TITLE_FIELD = re.compile(r"(?:title|headline)\s?:\s{0,3}", re.I)
_TERMINAL = ".!?,;:…"
_TIME_PART = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?[A-Z]{2,5})?", re.I)
_PUBLISHED_LABEL = re.compile(r"\s{0,3}[*_]{0,2}(?:first )?published\b", re.I)
_NON_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w+")


def parse_article(text: str, file: str) -> Article:
    """Parse one article's text; never raises (a failure leaves a plain one-paragraph article)."""
    text = strip_controls(normalise_newlines(text if isinstance(text, str) else str(text))).lstrip("\ufeff")
    art_id = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = _base_name(str(file))
    try:
        return _Parser(art_id, name).parse(text)
    except Exception as exc:  # noqa: BLE001 - the promise is a usable article for any input
        body = " ".join(text.split())
        paragraphs = [Paragraph("text", 0, len(body))] if body else []
        sentences = [Sentence(0, 0, 0, len(body))] if body else []
        return Article(
            id=art_id, file=name, title=body[:80], dateline=None, byline=None, published=None,
            source=None, text=body, paragraphs=paragraphs, sentences=sentences,
            warnings=[f"could not parse the layout ({type(exc).__name__}); kept the text as one paragraph"],
        )  # fmt: skip


def _base_name(file: str) -> str:
    """The file's base name; a display path's escapes ("caf\\xe9.txt") stay whole."""
    if "/" in file:
        return file.rsplit("/", 1)[1]
    return file.rsplit("\\", 1)[-1]


def _key(s: str) -> str:
    return _NON_WORD.sub(" ", fold(s)).strip()


def _is_heading(s: str) -> bool:
    """A short title-ish line without final punctuation ("At a Glance", "Why now")."""
    if len(s) > MAX_HEADING_CHARS or s[-1] in _TERMINAL or s[0] in "\"“‘'(":
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    return len(s.split()) <= MAX_HEADING_WORDS and any(c.isalpha() for c in s)


class _Parser:
    """The state of one parse: header fields found so far and the body paragraphs."""

    def __init__(self, art_id: str, file: str) -> None:
        self.id = art_id
        self.file = file
        self.title = ""
        self.title_key: str | None = None
        self.title_first = ""  # the first word of title_key
        self.byline: str | None = None
        self.dateline: str | None = None
        self.wire: str | None = None
        self.wire_byline: str | None = None
        self.sources: list[tuple[int, str]] = []
        self.stamps: dict[str, str] = {}
        self.late_published: list[str] = []
        self.items: list[tuple[ParagraphKind, str]] = []
        self.in_sources = False
        self.tail_cut = False
        self.prose = 0
        self.warnings: list[str] = []

    def parse(self, text: str) -> Article:
        lines = article_lines(text)
        i = self._headline(lines)
        i = self._header_zone(lines, i)
        for k in range(i, len(lines)):
            self._body_line(lines, k)
        if self.items and self.items[-1][0] == "heading":
            self.items[-1] = ("text", self.items[-1][1])  # nothing follows it: not a heading
        return self._finish()

    # --- header ------------------------------------------------------------------------------

    def _headline(self, lines: list[Line]) -> int:
        """Take the headline: the first line that is not furniture, a date stamp or a byline."""
        i = 0
        while i < len(lines):
            s = lines[i].text
            if len(s) <= MAX_HEADER_LINE and (stamp := parse_stamp(s)) is not None:
                self.stamps.setdefault(*stamp)
            elif len(s) <= MAX_HEADER_LINE and (b := header.byline_of(s)):
                self.byline = self.byline or b
            elif not boilerplate.is_boilerplate(s):
                break
            i += 1
        if i < len(lines) and len(lines[i].text) <= MAX_TITLE and not _opens_with_dateline(lines[i].text):
            self.title = _TITLE_FIELD.sub("", lines[i].text, count=1) or lines[i].text
            self.title_key = _key(self.title)
            self.title_first = self.title_key.split(" ", 1)[0]
            i += 1
        return i

    def _header_zone(self, lines: list[Line], i: int) -> int:
        """Skip a repeated headline, bylines, date stamps and furniture under the headline."""
        while i < len(lines):
            s = lines[i].text
            if self.title_key is None or not self._keys_as_title(s):
                placed = _place_and_date(s) if self.dateline is None else None
                if placed is not None:  # "Brussels, 4 April 2023" on a line of its own
                    self.dateline = placed[0]
                    self.stamps.setdefault("date", placed[1])
                    i += 1
                    continue
                found = _header_line(s, self.stamps)
                if found is None:
                    name = self._bare_byline(lines, i, plain=True) if self.title else None
                    if name is None:
                        break
                    found = name
                self.byline = self.byline or found or None
            i += 1
        return i

    def _bare_byline(self, lines: list[Line], i: int, plain: bool) -> str | None:
        """A line that is only a person's name is the byline when a date stamp or a dateline
        follows it ("Ingrid Larsen" then "7 March 2024"), or, with ``plain`` (in the header
        zone, under the headline), when a full line of prose follows it."""
        if self.byline is not None or lines[i].md_heading or (name := header.bare_name_of(lines[i].text)) is None:
            return None
        j = i + 1
        while j < len(lines) and j <= i + BYLINE_LOOKAHEAD:
            nxt = lines[j].text
            dated: dict[str, str] = {}
            if len(nxt) <= MAX_HEADER_LINE and (parse_stamp(nxt) is not None or _header_line(nxt, dated) is not None and bool(dated)):
                return name  # a date follows, perhaps after a role line ("Correspondent")
            if header.dateline_of(nxt) is not None and _opens_with_dateline(nxt):
                return name
            if not boilerplate.is_boilerplate(nxt):
                break
            j += 1
        if i + 1 >= len(lines):
            return None
        nxt = lines[i + 1].text
        if plain and len(nxt.split()) >= MIN_LEDE_WORDS and not _is_heading(nxt) and not _has_word_suffix(name):
            return name
        return None

    def _keys_as_title(self, s: str) -> bool:
        """Whether ``_key(s)`` is the headline's key. The first words are compared first, so a
        line that differs there (nearly every one) is not keyed in full."""
        f = fold(s)
        first = _WORD.search(f)
        if first is None:
            return self.title_key == ""
        return first.group() == self.title_first and _NON_WORD.sub(" ", f).strip() == self.title_key

    # --- body --------------------------------------------------------------------------------

    def _add(self, kind: ParagraphKind, text: str) -> None:
        text = text.strip()
        if text:
            self.items.append((kind, text))

    def _body_line(self, lines: list[Line], k: int) -> None:
        ln = lines[k]
        s = ln.text
        if self.title_key is not None and not self.items and self._keys_as_title(s):
            return  # the headline printed again
        if self._metadata(s):
            return
        if self.tail_cut:
            self.wire_byline = self.wire_byline or header.wire_byline_of(s)
            if self.late_published and not boilerplate.is_boilerplate(s):
                self.late_published.append("")  # a comment follows the stamp: not a footer
            return
        if self._post(s):
            return
        if self.prose < DATE_LINES_NEAR_TOP and self.byline is None and (b := header.byline_of(s)):
            self.byline = b
            return
        if self.prose < DATE_LINES_NEAR_TOP and self.title and (b := self._bare_byline(lines, k, plain=False)):
            self.byline = b  # a name over a date, below a standfirst
            return
        if self.prose and boilerplate.is_tail_cut(s):
            self.tail_cut = True  # comments and related links follow; only footers are read on
            return
        if wb := header.wire_byline_of(s):
            self.wire_byline = self.wire_byline or wb
            return
        if boilerplate.is_boilerplate(s):
            return
        if self.prose and self.byline and s[:1] in self.byline and header.is_author_bio(s, self.byline):
            return  # a credit line about the author, not the story
        s = boilerplate.strip_trailing_urls(s)
        m = BULLET.match(s)
        if m and not ln.md_heading:
            self._add("source" if self.in_sources else "bullet", s[m.end() :])
        elif ln.md_heading or _is_heading(s) or _SOURCES_HEADING.fullmatch(s):
            self.in_sources = _SOURCES_HEADING.fullmatch(s) is not None
            self._add("heading", s)
        elif self.in_sources and len(s) <= MAX_HEADER_LINE:
            self._add("source", s)
        else:
            self.in_sources = False
            if self.dateline is None and len(self.items) <= 3 and (self.prose == 0 or self.prose == 1 and _opens_with_dateline(s)):
                found = header.dateline_of(s)  # after a standfirst only a wire or capitals dateline
                if found is not None:
                    self.dateline, cut, self.wire = found
                    if (dated := date_in(s[:cut])) is not None:  # "BAKU, July 18, 2022 —"
                        self.stamps.setdefault("date", dated)
                    s = s[cut:]
            self._add("text", s)
            self.prose += 1

    def _metadata(self, s: str) -> bool:
        """Record a publisher footer or a date stamp; True when the line is one of those."""
        found = header.source_of(s)
        if found and not (found[0] == 1 and _SOURCES_HEADING.fullmatch(s)):
            self.sources.append(found)
            return True
        stamp = parse_stamp(s) if len(s) <= 100 else None
        if stamp is None:
            return False
        kind, iso = stamp
        if not self.tail_cut and (kind == "published" or self.prose < DATE_LINES_NEAR_TOP):
            self.stamps.setdefault(kind, iso)
        elif self.tail_cut and kind == "published" and _PUBLISHED_LABEL.match(s):
            # "Published April 20, 2022" below the comments: the page's footer when nothing
            # but furniture follows it and it is the only one (several make a list of stories).
            self.late_published.append(iso)
        return True

    def _post(self, s: str) -> bool:
        """Fold a social post's "— Name (@handle) Date" line into the post; True if it was one."""
        if "(@" not in s:
            return False
        if s[0] in "—–-":
            if _POST_BY.fullmatch(s) is None:
                return False
            if self.items and self.items[-1][0] == "text":
                _, prev = self.items.pop()  # the post's text is the line before
                self._add("post", prev + "\n" + s)
            else:
                self._add("post", s)
            return True
        inline = _POST_INLINE.search(s)
        if inline is None:
            return False
        text_part = boilerplate.strip_trailing_urls(s[: inline.start()])
        self._add("post", text_part + "\n" + inline["attr"])
        return True

    # --- result ------------------------------------------------------------------------------

    def _finish(self) -> Article:
        if not self.title:
            self.title = self._title_from_body()
            self.warnings.append(
                "no headline; the title is the first sentence" if self.title else "no headline"
            )
        if not self.items:
            self.warnings.append("no body text")
        chunks: list[str] = []
        paragraphs: list[Paragraph] = []
        pos = 0
        for kind, t in self.items:
            if chunks:
                pos += 2
            paragraphs.append(Paragraph(kind, pos, pos + len(t)))
            chunks.append(t)
            pos += len(t)
        text = "\n\n".join(chunks)
        bounds = [(p.start, p.end) for p in paragraphs]
        spans = split_paragraphs(text, bounds)
        sentences = [Sentence(k, pi, a, b) for k, (pi, a, b) in enumerate(spans)]
        quotes = find_quotes(text, bounds, spans)
        stamps = self.stamps
        return Article(
            id=self.id,
            file=self.file,
            title=self.title,
            dateline=self.dateline,
            byline=self.byline or self.wire_byline,
            # An "Updated" stamp alone never dates the publication.
            published=stamps.get("published")
            or (self.late_published[0] if len(self.late_published) == 1 else None)
            or stamps.get("date"),
            source=min(self.sources)[1] if self.sources else self.wire,
            text=text,
            paragraphs=paragraphs,
            sentences=sentences,
            quotes=quotes,
            warnings=self.warnings,
        )

    def _title_from_body(self) -> str:
        for kind, t in self.items:
            if kind in ("text", "heading"):
                spans = split_sentences(t, 0, len(t))
                first = t[spans[0][0] : spans[0][1]] if spans else t
                return first if len(first) <= 120 else first[:119].rstrip() + "…"
        return ""


# Endings of common English words that are rarely the end of a personal name ("Rising Tensions").
_WORD_SUFFIXES = ("ing", "tion", "tions", "ment", "ments", "ness", "ity", "ies", "ism", "ship", "ance", "ence")


def _has_word_suffix(name: str) -> bool:
    return any(w.lower().endswith(_WORD_SUFFIXES) and len(w) > 5 for w in name.split())


def _opens_with_dateline(s: str) -> bool:
    """A wire or upper-case dateline ("WASHINGTON (Reuters) -") opens prose, never a headline."""
    found = header.dateline_of(s)
    if found is None:
        return False
    return found[2] is not None or (found[0] is not None and s[: found[1]].split(",")[0].replace(" ", "").isupper())


_PLACE_DATE_CUT = re.compile(r",\s|\s[|•·–—-]\s")


def _place_and_date(s: str) -> tuple[str | None, str] | None:
    """``(place, iso)`` for a line that is a place and a date ("Brussels, 4 April 2023",
    "GENEVA, March 3, 2025"). The place is one word or in capitals; two or more capitalised
    words may as well be the reporter ("Jane Doe, 4 April 2023"), so the line gives only its
    date then (place None)."""
    if len(s) > 60:
        return None
    cut = _PLACE_DATE_CUT.search(s)  # "Brussels, 4 April 2023", "Tokyo | March 5, 2024"
    if cut is None:
        return None
    place, rest = s[: cut.start()], s[cut.end() :]
    stamp = parse_stamp(rest)
    if stamp is None or stamp[0] != "date" or not header.place_of(place):
        return None
    words = place.split()
    if words[0] in header.NOT_PLACES or words[0] in header.MONTHS:
        return None
    if words[0].lower() in header.NOT_NAME_WORDS or parse_stamp(s) is not None:
        return None  # "Thursday, March 7, 2024" is a date alone
    if not (len(words) == 1 or place.replace(" ", "").replace("-", "").isupper()):
        # a reporter or a place; "Jane Doe | March 3, 2025" is left to the byline rules
        return (None, stamp[1]) if cut.group().startswith(",") else None
    return " ".join(header.title_case(w) for w in words), stamp[1]


def _header_line(s: str, stamps: dict[str, str]) -> str | None:
    """For a header line (bylines, date stamps, furniture), the byline it names or "";
    None when the line is not header material. Dates found are recorded in ``stamps``."""
    if len(s) > MAX_HEADER_LINE:
        return None
    byline = ""
    found: list[tuple[str, str]] = []
    names: list[str] = []
    places = 0
    wire_part = False
    for part in _HEADER_SPLIT.split(s):
        part = part.strip()
        if not part:
            continue
        if part.lower() in header.WIRES:
            wire_part = True
        elif (stamp := parse_stamp(part)) is not None:
            found.append(stamp)
        elif b := header.byline_of(part):
            byline = byline or b
            if " on " in part and (stamp := parse_stamp(part.rsplit(" on ", 1)[1])):
                found.append(stamp)  # "By Jane Doe on March 3, 2025"
        elif " by " in part and (stamp := parse_stamp(part.split(" by ", 1)[0])):
            found.append(stamp)  # "Posted on March 3, 2025 by Jane Doe"
            byline = byline or header.byline_of("by " + part.split(" by ", 1)[1]) or ""
        elif header.source_of(part) is None and boilerplate.is_boilerplate(part):
            continue
        elif len(part) <= 60 and (name := header.names_of(part)):
            names.append(name)  # "Jane Doe - March 3, 2025": a bare name beside a date
        elif _TIME_PART.fullmatch(part):
            continue  # "11 January 2023 • 6:00am"
        elif len(part) <= 40 and header.place_of(part):
            places += 1  # "By Jane Doe | Montevideo": where the reporter filed from
        else:
            return None
    if places and not byline:
        return None
    if names:
        if not (found or wire_part):
            return None  # only "Jane Doe | Reuters" and "Jane Doe - March 3, 2025" are bylines
        byline = byline or names[0]
    for kind, iso in found:
        stamps.setdefault(kind, iso)
    return byline
