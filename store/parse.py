"""``parse_article``: the text of one article file into an ``Article`` (header, body, structure).

The parse is line-based and single-pass: the headline first (printed twice counts once), then
header lines (byline, date stamps, furniture), then the body, where each line is furniture
(dropped), metadata (a date stamp, the publisher's name, a wire footer), a social post's
attribution (folded into the post), a bullet, a heading, or prose. The first prose paragraph
loses its dateline prefix. Offsets of paragraphs, sentences and quotes index into the body
text: the paragraphs joined by a blank line.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from . import boilerplate, header
from .dates import parse_stamp
from .quotes import find_quotes
from .reader import normalise_newlines
from .records import Article, Paragraph, ParagraphKind, Sentence
from .sentences import split_sentences
from .text import fold, strip_controls

# A headline longer than this is a paragraph; the title then comes from its first sentence.
MAX_TITLE = 250
MAX_HEADING_CHARS = 110
MAX_HEADING_WORDS = 14
# Plain date lines this early in the body (counted in body paragraphs) are the publication date.
DATE_LINES_NEAR_TOP = 3

_BULLET = re.compile(r"(?:[-*•▪●◦‣–]|\d{1,3}[.)])\s{1,4}(?=\S)")
_MD_HEADING = re.compile(r"#{1,6}\s{1,4}(?=\S)")
_MD_BOLD = re.compile(r"\*\*([^*\n]{1,500})\*\*|__([^_\n]{1,500})__")
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(([^()\s]{0,2000})\)")
_POST_BY = re.compile(r"[—–-]{1,2}\s{0,2}(?P<name>[^()\n@]{1,80}?)\s{0,2}\(@\w{1,30}\)(?P<rest>[^\n]{0,60})")
_POST_INLINE = re.compile(r"\s(?P<attr>[—–]\s?[^()\n@—–]{1,80}\(@\w{1,30}\)[^\n()@]{0,60})$")
_HEADER_SPLIT = re.compile(r"\s[|•·]\s|\s[-–—]\s")
_SOURCES_HEADING = re.compile(r"(?:sources?|references|further reading|bibliography|notes)\s?:?", re.I)
_TERMINAL = ".!?,;:…"
_NON_WORD = re.compile(r"\W+")


@dataclass(slots=True)
class _Line:
    text: str
    md_heading: bool = False
    after_blank: bool = True


def _clean_inline(line: str) -> str:
    """Markdown emphasis and links reduced to their words, images dropped, HTML entities decoded."""
    if "*" in line or "_" in line:
        line = _MD_BOLD.sub(lambda m: m.group(1) or m.group(2), line)
    if "](" in line:
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line))
    if "&" in line and ";" in line:
        line = html.unescape(line)
    return line


def _lines(text: str) -> list[_Line]:
    """Non-blank lines, stripped and cleaned; hard-wrapped prose is joined back into paragraphs."""
    raw = text.split("\n")
    out: list[_Line] = []
    blank = True
    for r in raw:
        s = r.strip()
        if not s:
            blank = True
            continue
        md = False
        if s[0] == "#":
            m = _MD_HEADING.match(s)
            if m:
                s, md = s[m.end() :].strip("# "), True
        s = _clean_inline(s).strip()
        if s:
            out.append(_Line(s, md, blank))
        blank = False
    if _hard_wrapped(out):
        groups: list[list[_Line]] = []
        for ln in out:
            prev = groups[-1][-1] if groups else None
            if (
                prev is not None
                and not ln.after_blank
                and not ln.md_heading
                and not prev.md_heading
                and len(prev.text) >= 40
                and not _BULLET.match(ln.text)
            ):
                groups[-1].append(ln)
            else:
                groups.append([ln])
        out = [_Line(" ".join(x.text for x in g), g[0].md_heading, g[0].after_blank) for g in groups]
    return out


def _hard_wrapped(lines: list[_Line]) -> bool:
    """True for text wrapped at a fixed width (most lines 50-100 chars, none longer)."""
    if len(lines) < 6:
        return False
    lengths = [len(ln.text) for ln in lines]
    if max(lengths) > 100:
        return False
    mid = sum(1 for n in lengths if n >= 50)
    return mid * 2 >= len(lengths) and any(not ln.after_blank for ln in lines)


def _key(s: str) -> str:
    return _NON_WORD.sub(" ", fold(s)).strip()


def _is_heading(s: str) -> bool:
    if len(s) > MAX_HEADING_CHARS or s[-1] in _TERMINAL or s[0] in "\"“‘'(":
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    return len(s.split()) <= MAX_HEADING_WORDS and any(c.isalpha() for c in s)


class _Body:
    """Accumulates body paragraphs as (kind, text)."""

    def __init__(self) -> None:
        self.items: list[tuple[ParagraphKind, str]] = []

    def add(self, kind: ParagraphKind, text: str) -> None:
        text = text.strip()
        if text:
            self.items.append((kind, text))


def parse_article(text: str, file: str) -> Article:
    """Parse one article's text; never raises (a failure leaves a plain one-paragraph article)."""
    text = strip_controls(normalise_newlines(text if isinstance(text, str) else str(text))).lstrip("\ufeff")
    art_id = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = re.split(r"[\\/]", str(file))[-1]
    try:
        return _parse(text, name, art_id)
    except Exception as exc:  # noqa: BLE001 - the promise is a usable article for any input
        body = " ".join(text.split())
        paragraphs = [Paragraph("text", 0, len(body))] if body else []
        sentences = [Sentence(0, 0, 0, len(body))] if body else []
        return Article(
            id=art_id, file=name, title=body[:80], dateline=None, byline=None, published=None,
            source=None, text=body, paragraphs=paragraphs, sentences=sentences,
            warnings=[f"could not parse the layout ({type(exc).__name__}); kept the text as one paragraph"],
        )  # fmt: skip


def _parse(text: str, file: str, art_id: str) -> Article:
    lines = _lines(text)
    warnings: list[str] = []
    title = ""
    byline: str | None = None
    dateline: str | None = None
    wire: str | None = None
    sources: list[tuple[int, str]] = []
    stamps: dict[str, str] = {}
    wire_by: str | None = None

    # Headline: the first line that is not furniture, a date stamp or a byline.
    i = 0
    while i < len(lines):
        s = lines[i].text
        if len(s) <= 200 and (stamp := parse_stamp(s)) is not None:
            stamps.setdefault(*stamp)
        elif len(s) <= 200 and (b := header.byline_of(s)):
            byline = byline or b
        elif not boilerplate.is_boilerplate(s):
            break
        i += 1
    if i < len(lines) and len(lines[i].text) <= MAX_TITLE and not _opens_with_dateline(lines[i].text):
        title = lines[i].text
        i += 1
    title_key = _key(title) if title else None

    # Header zone: a repeated headline, bylines, date stamps, furniture.
    while i < len(lines):
        s = lines[i].text
        if title_key is not None and _key(s) == title_key:
            i += 1
            continue
        found_by = _header_line(s, stamps)
        if found_by is not None:
            byline = byline or found_by or None
            i += 1
            continue
        break

    body = _Body()
    in_sources = False
    tail_cut = False
    prose_seen = 0
    for ln in lines[i:]:
        s = ln.text
        if title_key is not None and not body.items and _key(s) == title_key:
            continue
        found = header.source_of(s)
        if found and not (found[0] == 1 and _SOURCES_HEADING.fullmatch(s)):
            sources.append(found)
            continue
        stamp = parse_stamp(s) if len(s) <= 100 else None
        if stamp is not None:
            kind, iso = stamp
            if not tail_cut and (kind == "published" or prose_seen < DATE_LINES_NEAR_TOP):
                stamps.setdefault(kind, iso)
            continue
        if "(@" in s and s[0] not in "—–-" and (inline := _POST_INLINE.search(s)):
            # text and "— Name (@handle) Date" on one line: the whole line is the post
            text_part = boilerplate.strip_trailing_urls(s[: inline.start()])
            body.add("post", text_part + "\n" + inline["attr"])
            continue
        post = _POST_BY.fullmatch(s) if s[0] in "—–-" else None
        if post is not None:
            # "— Name (@handle) Date" closes the social post whose text is the line before.
            if body.items and body.items[-1][0] == "text":
                _, prev = body.items.pop()
                body.add("post", prev + "\n" + s)
            else:
                body.add("post", s)
            continue
        if prose_seen < DATE_LINES_NEAR_TOP and byline is None and (b := header.byline_of(s)):
            byline = b
            continue
        if prose_seen and boilerplate.is_tail_cut(s):
            tail_cut = True
            continue  # comments and related links follow; only footer metadata is read on
        wb = header.wire_byline_of(s)
        if wb or tail_cut or boilerplate.is_boilerplate(s):
            wire_by = wire_by or wb
            continue
        s = boilerplate.strip_trailing_urls(s)
        m = _BULLET.match(s)
        if m and not ln.md_heading:
            body.add("source" if in_sources else "bullet", s[m.end() :])
            continue
        if ln.md_heading or _is_heading(s) or _SOURCES_HEADING.fullmatch(s):
            in_sources = _SOURCES_HEADING.fullmatch(s) is not None
            body.add("heading", s)
            continue
        if in_sources and len(s) <= 200:
            body.add("source", s)
            continue
        in_sources = False
        if prose_seen == 0 and dateline is None:
            found_dl = header.dateline_of(s)
            if found_dl is not None:
                dateline, cut, wire = found_dl
                s = s[cut:]
        body.add("text", s)
        prose_seen += 1

    if body.items and body.items[-1][0] == "heading":
        body.items[-1] = ("text", body.items[-1][1])  # nothing follows it: not a heading

    if not title:
        title = _title_from_body(body)
        if title:
            warnings.append("no headline; the title is the first sentence")
        else:
            warnings.append("no headline")
    if not body.items:
        warnings.append("no body text")
    if byline is None and wire_by:
        byline = wire_by
    source = min(sources)[1] if sources else wire
    published = stamps.get("published") or stamps.get("date") or stamps.get("updated")
    return _assemble(art_id, file, title, dateline, byline, published, source, body, warnings)


def _opens_with_dateline(s: str) -> bool:
    """A wire or upper-case dateline ("WASHINGTON (Reuters) -") opens prose, never a headline."""
    found = header.dateline_of(s)
    if found is None:
        return False
    return found[2] is not None or s[: found[1]].split(",")[0].replace(" ", "").isupper()


def _header_line(s: str, stamps: dict[str, str]) -> str | None:
    """For a header line (bylines, date stamps, furniture), the byline it names or "";
    None when the line is not header material. Dates found are recorded in ``stamps``."""
    if len(s) > 200:
        return None
    byline = ""
    found: list[tuple[str, str]] = []
    names: list[str] = []
    wire_part = False
    for part in _HEADER_SPLIT.split(s):
        part = part.strip()
        if not part:
            continue
        if part.lower() in header.WIRES:
            wire_part = True
            continue
        if (stamp := parse_stamp(part)) is not None:
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
        else:
            return None
    if names:
        if not (found or wire_part):
            return None  # "Jane Doe | Reuters" and "Jane Doe - March 3, 2025" are bylines
        byline = byline or names[0]
    for kind, iso in found:
        stamps.setdefault(kind, iso)
    return byline


def _title_from_body(body: _Body) -> str:
    for kind, t in body.items:
        if kind in ("text", "heading"):
            spans = split_sentences(t, 0, len(t))
            first = t[spans[0][0] : spans[0][1]] if spans else t
            return first if len(first) <= 120 else first[:119].rstrip() + "…"
    return ""


def _assemble(
    art_id: str,
    file: str,
    title: str,
    dateline: str | None,
    byline: str | None,
    published: str | None,
    source: str | None,
    body: _Body,
    warnings: list[str],
) -> Article:
    chunks: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    para_spans: list[tuple[int, int]] = []
    sent_spans: list[tuple[int, int, int]] = []
    for kind, t in body.items:
        if chunks:
            pos += 2
        start, end = pos, pos + len(t)
        paragraphs.append(Paragraph(kind, start, end))
        para_spans.append((start, end))
        chunks.append(t)
        pos = end
    text = "\n\n".join(chunks)
    for pi, (start, end) in enumerate(para_spans):
        for a, b in split_sentences(text, start, end):
            sentences.append(Sentence(len(sentences), pi, a, b))
            sent_spans.append((pi, a, b))
    quotes = find_quotes(text, para_spans, sent_spans)
    return Article(
        id=art_id,
        file=file,
        title=title,
        dateline=dateline,
        byline=byline,
        published=published,
        source=source,
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=quotes,
        warnings=warnings,
    )
