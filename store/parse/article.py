"""``parse_article``: the text of one article file into an ``Article`` (header, body, structure).

Two steps: every line is labelled once (``classify`` with the rules of ``rules_head`` and
``rules_body``: headline, stamp, byline, dateline, caption, credit, furniture, footer, post,
body), then ``assemble`` settles the header fields and joins the body. Offsets of paragraphs,
sentences and quotes index into the body text: the paragraphs joined by a blank line.
"""

from __future__ import annotations

import hashlib

from store.parse.assemble import assemble
from store.parse.classify import Rule, Zone, classify
from store.parse.day_first import settle_day_first
from store.parse.layout import article_lines
from store.parse.reader import normalise_newlines
from store.parse.rules_body import BODY_RULES, TAIL_RULES
from store.parse.rules_head import HEADER_RULES, TOP_RULES
from store.records import Article, Paragraph, Sentence
from store.text import strip_controls

RULES: dict[Zone, tuple[Rule, ...]] = {
    "top": TOP_RULES,
    "header": HEADER_RULES,
    "body": BODY_RULES,
    "tail": TAIL_RULES,
}


def parse_article(text: str, file: str, *, clean: bool = False) -> Article:
    """Parse one article's text; never raises (a failure leaves a plain one-paragraph article).
    ``clean``: the text is what ``read_article_file`` gave, its newlines and controls already
    made safe, so it is not scanned again."""
    if not clean:
        text = strip_controls(normalise_newlines(text if isinstance(text, str) else str(text)))
    text = text.lstrip("\ufeff")
    art_id = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    name = _base_name(str(file))
    try:
        lines = article_lines(text)
        labels = classify(lines, RULES)
        settle_day_first(lines, labels)
        return assemble(art_id, name, labels)
    except Exception as exc:  # noqa: BLE001 - the promise is a usable article for any input
        body = " ".join(text.split())
        paragraphs = [Paragraph("text", 0, len(body))] if body else []
        sentences = [Sentence(0, 0, 0, len(body))] if body else []
        return Article(
            id=art_id, file=name, title="", dateline=None, byline=None, published=None,
            source=None, text=body, paragraphs=paragraphs, sentences=sentences,
            warnings=[f"could not parse the layout ({type(exc).__name__}); kept the text as one paragraph"],
            label=body[:80],
        )  # fmt: skip


def _base_name(file: str) -> str:
    """The file's base name; a display path's escapes ("caf\\xe9.txt") stay whole."""
    if "/" in file:
        return file.rsplit("/", 1)[1]
    return file.rsplit("\\", 1)[-1]
