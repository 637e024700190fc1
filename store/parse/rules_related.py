"""Line rules for other stories' headlines listed under the story: a label ("Read also:", "MORE
FROM X") and the headlines under it, or a run of headline-shaped lines after the prose.

Kept apart from ``rules_body`` (the story's own lines): these lines are links, never body, and
the names in them are no actors of the story. A section's label closing the page is here too:
like the lists, it points elsewhere on the site.
"""

from __future__ import annotations

import re

from store.parse import header, publisher
from store.parse.boilerplate import is_furniture
from store.parse.classify import Context, Label, Rule
from store.parse.layout import BULLET
from store.parse.rules_top import bare_place

# A listed headline is at most this long (twice a heading of the story).
MAX_LISTED_CHARS = 220
# A related headline: a short line without sentence punctuation, most long words capitalised.
MIN_RELATED_WORDS = 4
MAX_RELATED_WORDS = 20
# An outlet's name after "More from" ("The Ledger", "HARBOUR TIMES"): capitalised words.
_OUTLET = r"(?:the )?(?-i:[A-Z][\w&'’.-]{0,20})(?: (?-i:[A-Z][\w&'’.-]{0,20})){0,3}"
_RELATED_LABEL = re.compile(
    r"(?:read also|also read|read more(?: (?:on|about))?|see also|also see|related(?: (?:articles?|stories|news|coverage|links|reading|content|posts))?|go to (?:video|gallery)|(?:read|up) next|"
    r"more on this(?: story| topic)?|recommended(?: reading| for you| stories| articles| news)?|(?:previous|next|prev) (?:article|story|post)|you (?:may|might) (?:also like|also be interested in)|"
    r"further reading on this site|don[’']t miss|trending(?: now)?|in case you missed it|editor[’']?s[’']? picks?|"
    # rule more_information_links: a release's closing links ("For more information", "Useful links")
    r"(?:for )?(?:more|further) information|useful links|(?:more|other|further) resources|"
    # rule more_from_outlet: "MORE FROM HARBOUR TIMES", "More stories from The Ledger", "Most read
    # from X": the outlet's other stories
    r"(?:(?:more|latest|other|top|recent) (?:stories|news|articles|headlines|posts)|most (?:read|popular|viewed|shared))"
    rf"(?: (?:from|on|in) {_OUTLET})?|(?:more|latest) from {_OUTLET}|also on {_OUTLET})\s?[:»>|]{{0,2}}",
    re.I,
)


def is_related_label(s: str) -> bool:
    """Whether ``s`` alone labels a list of other stories ("Related", "Read also:")."""
    s = s.strip("*_ ")
    return len(s) <= 40 and _RELATED_LABEL.fullmatch(s) is not None


def is_related_headline(s: str) -> bool:
    """A line shaped like another story's headline: four to twenty words, no sentence end, and
    most words of four letters or more capitalised ("Revelry And Fireworks Welcome 2024")."""
    if s[-1] in ".,;:" or s[0] in "(\"“":
        return False
    words = s.split()
    if not MIN_RELATED_WORDS <= len(words) <= MAX_RELATED_WORDS:
        return False
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    caps = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and caps * 10 >= len(long_words) * 7


def _listed_headline(s: str) -> bool:
    """A line under a related-links label that reads as a headline in sentence case: two to
    sixteen words, capitalised, no sentence end but a question's ("What is in the deal?")."""
    words = s.split()
    return 2 <= len(words) <= 16 and s[-1] not in ".,;:" and (s[0].isupper() or s[0].isdigit())


def _linked_headline(s: str) -> bool:
    """A headline right under a related label: four to sixteen words, no sentence end, not a
    list item (an item there is the story's own list)."""
    return _listed_headline(s) and len(s.split()) >= MIN_RELATED_WORDS and not BULLET.match(s)


# A heading of an author's or issuer's note ("About Jane Doe", "About the author") is this short.
MAX_ABOUT_WORDS = 5


def _prose_after(lines, i: int, items: bool = True) -> bool:
    """Whether a line of prose (eight words or more ending a sentence) or (with ``items``) a list
    item follows line i: then a sentence-case line there is the story's own heading, not a
    listed headline, and a list item the story's own."""
    for line in lines[i + 1 : i + 40]:
        t = line.text
        if t[:6].lower() == "about " and len(t.split()) <= MAX_ABOUT_WORDS and t[-1:] not in ".!?":
            break  # rule note_after_list: "About Jane Doe" opens the page's notes on its author or issuer
        if t[-1:] in ".!\"”" and len(t.split()) >= 8 and not BULLET.match(t):
            if is_furniture(t, line.low):
                continue  # rule prompt_not_prose: a newsletter prompt under the list is no story
            return True
        if items and BULLET.match(t):
            return True
    return False


# A run of bullets closing the page is other stories' headlines when it is this short at most.
MAX_CLOSING_BULLETS = 8


def closing_headline_bullets(lines, i: int) -> bool:
    """Rule closing_headline_bullets: bullets that close the page (only furniture under them),
    two or more, each a headline (no sentence end), under a paragraph of prose that ends a
    sentence (a list the story introduces ends its line with a colon, or has a heading)."""
    if len(lines) - i > MAX_CLOSING_BULLETS + 4:
        return False  # far from the page's end: nearly every bullet
    start = i
    while start > 0 and BULLET.match(lines[start - 1].text):
        start -= 1
    if start == 0 or lines[start - 1].md_heading:
        return False
    before = lines[start - 1].text
    if before[-1:] not in ".!?\"”’" or len(before.split()) < 8:
        return False
    run = 0
    for ln in lines[start:]:
        m = BULLET.match(ln.text)
        if m is None:
            if not is_furniture(ln.text, ln.low):
                return False
            continue
        if not _listed_headline(ln.text[m.end() :]) or len(ln.text[m.end() :].split()) < MIN_RELATED_WORDS:
            return False
        run += 1
    return 2 <= run <= MAX_CLOSING_BULLETS


class RelatedLabel(Rule):
    """ "Read also:" alone: the lines under it are other stories' headlines."""

    name, kind = "related_label", "furniture"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text.strip("*_ ")
        if len(s) <= 40 and _RELATED_LABEL.fullmatch(s):
            ctx.related = True
            outlet = _more_from(ctx, s)
            return self.label(publisher=(_MORE_FROM_PRIORITY, outlet) if outlet else None)
        return None


_MORE_FROM = re.compile(rf"(?:more|latest)(?: (?:stories|news|articles))? from (?P<outlet>{_OUTLET})\s?[:»>|]{{0,2}}", re.I)
_MORE_FROM_PRIORITY = 6  # as weak as a masthead's bare name: any other naming of the page wins


def _more_from(ctx: Context, s: str) -> str | None:
    """Rule more_from_outlet_source: the outlet "More from X" names, when X is an outlet's name
    or the page prints it alone or as an owner elsewhere ("Rudaw", "Rudaw's A contributed"); a
    section ("More from Politics") is neither."""
    m = _MORE_FROM.fullmatch(s)
    if m is None:
        return None
    raw = m["outlet"]
    name = " ".join(w if not w.isupper() or len(w) <= 3 else w.capitalize() for w in raw.split())
    if publisher.outlet_name(name) or publisher.outlet_name(raw):
        return name
    seen = sum(1 for ln in ctx.lines if ln.text.strip() == name or ln.text.startswith((name + "'s ", name + "’s ")))
    return name if seen else None


class RelatedHeadline(Rule):
    """Another story's headline: under a "Read also:" label, or one of a run of such lines."""

    name, kind = "related_headline", "furniture"
    max_chars = MAX_LISTED_CHARS

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        s = lines[i].text
        if ctx.related and not lines[i].md_heading and _listed_headline(s) and not _prose_after(lines, i):
            return self.label()  # under "Related" at the end: sentence-case headlines too ("Tinubu heads to Paris")
        if ctx.related and i and is_related_label(lines[i - 1].text) and _linked_headline(s) and not lines[i].md_heading:
            return self.label()  # rule first_under_label: the line right under "Also read:" is the link, prose or not
        if ctx.related and (m := BULLET.match(s)) and _listed_headline(s[m.end() :]) and not _prose_after(lines, i, False):
            return self.label()  # rule related_items: headlines listed as items under "Related:", no prose after
        if ctx.prose and BULLET.match(s) and closing_headline_bullets(lines, i):
            return self.label()
        if lines[i].md_heading or not is_related_headline(s) or BULLET.match(s):
            return None  # a list item is the story's own
        if ctx.related:
            return self.label()
        before = i > 0 and is_related_headline(lines[i - 1].text) and not lines[i - 1].md_heading
        after = i + 1 < len(lines) and is_related_headline(lines[i + 1].text) and not lines[i + 1].md_heading
        if (before or after) and ctx.prose:
            ctx.related = True
            return self.label()
        return None


_CLOSING_STOPS = ".!?,;:…"
# A section's label closing the page has at most this many words ("Press Club", "Energy").
MAX_CLOSING_LABEL_WORDS = 3


class ClosingLabel(Rule):
    """Rule closing_label: the page's last line a section's label (one to three capitalised
    words, no digit, no stop, under the story's prose): the site's chrome, no body. A person's
    name (a signature), a place or an outlet there is left to the other rules."""

    name, kind = "closing_label", "furniture"
    max_chars = 40

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if i + 1 != len(ctx.lines) or ctx.last_para != "text" or not ctx.prose or s[-1] in _CLOSING_STOPS:
            return None
        words = s.split()
        if len(words) > MAX_CLOSING_LABEL_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
            return None
        return None if header.bare_name_of(s) or bare_place(s) else self.label()
