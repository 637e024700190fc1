"""Labelled lines into an ``Article``: the header fields settled, the body paragraphs joined.

Each field has one order of precedence, decided here and nowhere else:

- byline: a byline line (the first), else a byline below the story ("By Reuters.", or the
  reporters of a wire's credit footer, "Reporting by A; Editing by B"), else the author's bio
  at the end of the story;
- published: a labelled "Published" stamp, else the only "Published" stamp below the comments,
  else a plain date near the top, else (no dateline's day either) an "Updated" stamp;
- source: the publisher naming itself (the footer of lowest priority), else the dateline's wire
  tag, else the outlet of the author's bio.

The body is the paragraphs of body, caption and post lines, joined by a blank line; a headline
is kept after them as a last paragraph of kind "headline", so extraction reads it while every
body offset stays where the body alone puts it. Without a headline ``title`` is "" and
``label`` (what lists show) is the lede's first words.
"""

from __future__ import annotations

from store.parse.classify import Label
from store.parse.datelines import WIRES
from store.parse.dates import iso_date, year_of_day
from store.parse.sentences import split_paragraphs
from store.parse.speech import find_quotes
from store.records import Article, Paragraph, ParagraphKind, Sentence

# A label made from the lede keeps about this many characters, cut at a word.
LABEL_CHARS = 70
# A publisher of this priority or later (a masthead, a label row, a note that the story came
# unedited from a feed) names only the site that shows the story, not who wrote it.
MASTHEAD_PRIORITY = 4
# Rules whose publisher is the page naming itself (an author's bio names only the author's outlet).
_PUBLISHER_RULES = frozenset({"publisher", "release_row", "headline", "kicker", "outlet_signoff", "outlet_over_stamp", "masthead_language", "masthead_outlet", "about_issuer", "label_row", "site_over_labels", "comment_row", "meta_row", "blog_post_title", "post_row_head", "masthead_over_headline", "body_byline", "breadcrumb", "header_line", "contact_block", "related_label"})
# An author's bio gives the byline only among the last lines of the story.
BIO_PRIORITY = 5


def assemble(art_id: str, file: str, labels: list[Label]) -> Article:
    """The article the labels describe."""
    fields = _Fields()
    items: list[tuple[ParagraphKind, str]] = []
    bios: list[tuple[int, Label]] = []
    for label in labels:
        fields.take(label)
        if label.kind == "post" and label.attach and items and items[-1][0] == "text":
            items[-1] = ("post", items[-1][1] + "\n" + label.text.strip())
        elif label.kind in ("body", "caption", "post") and label.text.strip():
            items.append((label.para, label.text.strip()))
        elif label.kind == "footer" and label.rule == "author_bio":
            bios.append((len(items), label))
    for at, bio in bios:
        if at == len(items):  # nothing of the story after it: the author's bio
            fields.bio = fields.bio or bio
        elif bio.text:  # a sentence about someone, inside the story
            items.insert(at, ("text", bio.text))
    if items and items[-1][0] == "heading":
        items[-1] = ("text", items[-1][1])  # nothing follows it: not a heading
    return fields.article(art_id, file, items)


class _Fields:
    """The header fields found in the labels, in the order the page gives them."""

    def __init__(self) -> None:
        self.title = ""
        self.byline: str | None = None
        self.foot_byline: str | None = None
        self.bio: Label | None = None
        self.dateline: str | None = None
        self.wire: str | None = None
        self.placed_wire = False
        self.stamps: dict[str, str] = {}
        self.late: list[str] = []
        self.publishers: list[tuple[int, str]] = []
        self.day: tuple[int, int] | None = None
        self.bio_outlet: str | None = None

    def take(self, label: Label) -> None:
        if label.kind == "headline":
            self.title = label.text
        if label.byline and label.kind == "byline":
            self.byline = self.byline or label.byline
        elif label.byline and label.rule == "wire_footer":
            self.foot_byline = self.foot_byline or label.byline
        if label.place and self.dateline is None:
            self.dateline = label.place
        if label.wire and self.wire is None:
            self.wire = label.wire
            self.placed_wire = label.place is not None  # "MOSCOW (Reuters) -", not a bare "AFP" signoff
        for kind, iso in label.dates:
            self.stamps.setdefault(kind, iso)
        if label.day and self.day is None:
            self.day = label.day
        if label.late_date:
            self.late.append(label.late_date)
        elif label.rule == "tail_content" and self.late:
            self.late.append("")  # a comment follows the stamp: not the page's footer
        if label.publisher and label.rule in _PUBLISHER_RULES:
            self.publishers.append(label.publisher)
        elif label.publisher and label.kind == "furniture" and label.rule == "author_bio":
            self.bio_outlet = self.bio_outlet or label.publisher[1]  # the known author's outlet

    def article(self, art_id: str, file: str, items: list[tuple[ParagraphKind, str]]) -> Article:
        warnings: list[str] = []
        if not self.title:
            warnings.append("no headline")
        if not items:
            warnings.append("no body text")
        label = self.title or _lede_label(items)
        if self.title:
            items = [*items, ("headline", self.title)]
        chunks: list[str] = []
        paragraphs: list[Paragraph] = []
        pos = 0
        for kind, t in items:
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
        bio = self.bio
        published = stamps.get("published") or (self.late[0] if len(self.late) == 1 else None) or stamps.get("date")
        if published is None and self.day is not None:  # "Sep 10 (EFE)" and "10 September 2023"
            published = year_of_day(text, *self.day) or _stamp_year(self.day, stamps.get("updated"))
            if published is None and self.wire and (year := stamps.get("copyright")) is not None:
                published = iso_date(int(year), *self.day)  # rule dateline_year_of_copyright: "© 2025 X" under "March 13 (X)"
        if published is None and self.day is None:
            published = stamps.get("updated")  # rule updated_only: an "Updated" stamp is the only date the page gives
        source = _brand(min(self.publishers)[1], self.publishers) if self.publishers else self.wire
        if self.placed_wire and self.publishers and min(self.publishers)[0] >= MASTHEAD_PRIORITY:
            source = self.wire  # rule wire_over_masthead: a wire's dateline over a site's masthead or feed note: wire copy
        if self.wire and source is not self.wire and same_agency(source, self.wire):
            source = self.wire  # rule wire_tag_over_footer: "MOSCOW (AP) —" over "© The Associated Press"
        if source is None and bio is not None and bio.publisher:
            source = bio.publisher[1]
        source = source or self.bio_outlet
        return Article(
            id=art_id,
            file=file,
            title=self.title,
            dateline=self.dateline,
            byline=self.byline or self.foot_byline or (bio.byline if bio else None),
            published=published,
            source=source,
            text=text,
            paragraphs=paragraphs,
            sentences=sentences,
            quotes=quotes,
            warnings=warnings,
            label=label,
        )


def same_agency(name: str | None, wire: str) -> bool:
    """Whether a footer's ``name`` is the wire of a dateline's tag, written out ("The Associated
    Press" for "AP", "Agence France-Presse" for "AFP"): then the tag, as the story prints it, is
    the source."""
    if not name:
        return False
    low = name.lower()
    low = low[4:] if low.startswith("the ") else low
    if WIRES.get(low, low).lower() == WIRES.get(wire.lower(), wire).lower():
        return True
    # rule tag_initials: "RNA" for "Reef News Agency": the tag in capitals spells the name's initials
    return wire.isupper() and len(wire) > 1 and "".join(w[0] for w in name.split() if w[0].isupper() and w != "The") == wire


def _stamp_year(day: tuple[int, int], updated: str | None) -> str | None:
    """Rule dateline_year_of_stamp: a dateline's day without a year ("JULY 31 (DNA)") takes the
    year of the page's "Updated" stamp, the latest year that puts the day on or before it."""
    if updated is None:
        return None
    year, month, dom = int(updated[:4]), int(updated[5:7]), int(updated[8:10])
    if day > (month, dom):
        year -= 1  # "Dec 30" updated on "Jan 2, 2026": filed the year before
    return iso_date(year, *day)


def _lede_label(items: list[tuple[ParagraphKind, str]]) -> str:
    """The first words of the first paragraph of prose, for lists to show ("Kenya and Haiti on
    Friday signed a …")."""
    for kind, t in items:
        if kind in ("text", "heading"):
            t = " ".join(t.split())
            if len(t) <= LABEL_CHARS:
                return t
            cut = t.rfind(" ", 0, LABEL_CHARS)
            return t[: cut if cut > 0 else LABEL_CHARS].rstrip(",;:—– ") + " …"
    return ""


def _brand(name: str, publishers: list[tuple[int, str]]) -> str:
    """Rule initials_brand: a publisher named in full ("Radio Harbour Network") whose page also
    names it by its initials ("RHN") goes by the initials, as it brands itself."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if len(initials) < 2 or name.isupper():
        return name
    return next((other for _, other in publishers if other == initials), name)

