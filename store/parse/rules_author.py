"""Line rules for notes about the article's author below the story: "About the author: Jane Doe
writes ...", or the label alone over the note; and a desk's post alone under the headline ("HT
Correspondent"). They name the byline; they are never body text.

Kept apart from ``rules_body`` (the story's own lines) and ``rules_head`` (lines over the story).
"""

from __future__ import annotations

from store.parse import header
from store.parse.classify import Context, Label, Rule
from store.parse.prompts import BYLINE_ROLES

# A desk's post signing a story has at most this many words ("Harbour Times Special Correspondent").
MAX_DESK_WORDS = 4


class AboutAuthor(Rule):
    """ "About the author: Jane Doe writes about ...": chrome that names the author; at the end
    of the story it gives the byline (see ``assemble``), never body text."""

    name, kind = "author_bio", "footer"
    max_chars = 400

    def match(self, ctx: Context, i: int) -> Label | None:
        s = ctx.lines[i].text
        if s[:5].lower() != "about":
            above = ctx.lines[i - 1].text if i else ""
            author = header.author_of_note(s, above) if above[:5].lower() == "about" else None
            return self.label(byline=author, text="") if author else None
        if (author := header.about_author(s) or _about_byline(ctx, i)) is None:
            return None
        return self.label(byline=author, text="")


def _about_byline(ctx: Context, i: int) -> str | None:
    """Rule about_the_byline: "About Jane Doe" naming the story's author, over a note that opens
    with her name, heads the author's note, never an issuer's."""
    name = ctx.lines[i].text.strip("*_# ")[5:].strip()
    if not ctx.author or name.casefold() != ctx.author.casefold() or i + 1 >= len(ctx.lines):
        return None
    return ctx.author if ctx.lines[i + 1].text.startswith(name) else None


class DeskPost(Rule):
    """Rule desk_post: under the headline, before the story and any byline, a short line that is
    a reporter's post signing the story with its desk's name ("HT Correspondent", "Harbour
    Times Reporter"): the byline as printed, never a section label."""

    name, kind = "desk_post", "byline"
    max_chars = 50

    def match(self, ctx: Context, i: int) -> Label | None:
        if ctx.byline or ctx.items:
            return None
        s = ctx.lines[i].text.strip("*_ ")
        words = s.split()
        if not 2 <= len(words) <= MAX_DESK_WORDS or words[-1].lower() not in BYLINE_ROLES or header.section_words(words):
            return None  # "Staff Reporter" names no one, as "By Staff Writer" does not (desk_byline)
        return self.label(byline=s) if all(w[:1].isupper() and w.isalpha() for w in words) else None
