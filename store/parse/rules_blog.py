"""A blog post's title under the blog's masthead: the line over the post's "Posted by" row; and
the head of a post with no title of its own: the masthead or a section label right over its row.

A blog page opens with the blog's name and motto ("Reef Watch — notes on fisheries in the
Pacific", or the name and the motto on lines of their own), then the post's title, then its
row "Posted by A | date | N Comments". The first line that looked like a headline is the
blog's masthead: the post's title is the line right over its row, and the masthead names the
publisher.
"""

from __future__ import annotations

import re

from store.parse.classify import Context, Label, Rule
from store.parse.datelines import title_case
from store.parse.header_lines import MAX_HEADER_LINE, is_lede
from store.parse.meta_rows import meta_row

# A blog's name has at most this many words; a post's title at least these.
MAX_BLOG_NAME_WORDS = 5
MIN_POST_TITLE_WORDS = 4
_POSTED = re.compile(r"posted (?:by|on)\b", re.I)
_COMMENT_END = re.compile(r"(?:\d{1,5}|no) comments?|leave a (?:comment|reply)", re.I)
_MOTTO_CUT = re.compile(r"\s[—–|-]\s")


def post_row(s: str) -> bool:
    """Whether ``s`` is a blog post's row: it opens "Posted by" (or "Posted on") or closes with
    the comment count, and reads as a meta row."""
    head = s.strip()
    blog = _POSTED.match(head) is not None or _COMMENT_END.search(head[-20:]) is not None
    return blog and meta_row(head) is not None


def _blog_name(ctx: Context, masthead: int) -> str | None:
    """The blog's name: the short line over the masthead line, else the masthead cut before its
    motto ("Reef Watch — notes on ..." gives "Reef Watch")."""
    if masthead > 0:
        above = ctx.lines[masthead - 1].text.strip()
        words = above.split()
        if 1 <= len(words) <= MAX_BLOG_NAME_WORDS and all(w[:1].isupper() for w in words) and above[-1:].isalnum():
            return above
    m = _MOTTO_CUT.search(ctx.title)
    if m is None:
        return None
    name = ctx.title[: m.start()].strip()
    words = name.split()
    return name if 1 <= len(words) <= MAX_BLOG_NAME_WORDS and all(w[:1].isupper() for w in words) else None


class BlogPostTitle(Rule):
    """Rule blog_post_title: right under the first headline, a headline-shaped line over a blog
    post's row ("Posted by A | date | 3 Comments") is the post's title; the line taken for the
    headline was the blog's masthead, whose name is the publisher."""

    name, kind = "blog_post_title", "headline"
    max_chars = MAX_HEADER_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        if ctx.items or ctx.byline or i + 1 >= len(lines) or i == 0 or lines[i - 1].text != ctx.title:
            return None
        s = lines[i].text.strip()
        if len(s.split()) < MIN_POST_TITLE_WORDS or s[-1:] in ".:;," or not s[:1].isupper() or is_lede(s):
            return None
        if meta_row(s) is not None or not post_row(lines[i + 1].text):
            return None
        name = _blog_name(ctx, i - 1)
        return self.label(text=s, publisher=(4, title_case(name) if name.isupper() else name) if name else None)


# A section's label in capitals over a post's row has at most this many words ("REGIONAL NEWS").
MAX_SECTION_WORDS = 3


class PostRowHead(Rule):
    """Rule post_row_head: right over a post's row ("Posted on <date> by A") with no headline yet,
    the blog's masthead cut before a lower-case motto ("Reef Watch — notes on fisheries", the
    publisher) or a section's label in capitals ("REGIONAL NEWS"): the post has no title of its
    own, and that line is no headline."""

    name, kind = "post_row_head", "furniture"
    max_chars = MAX_HEADER_LINE

    def match(self, ctx: Context, i: int) -> Label | None:
        lines = ctx.lines
        if ctx.title or ctx.items or i + 1 >= len(lines) or not post_row(lines[i + 1].text):
            return None
        s = lines[i].text.strip()
        words = s.split()
        if s.isupper() and 1 <= len(words) <= MAX_SECTION_WORDS and s.replace(" ", "").isalpha():
            return self.label()
        m = _MOTTO_CUT.search(s)
        if m is None or not s[m.end() : m.end() + 1].islower():
            return None
        name = s[: m.start()].strip()
        if not 1 <= len(name.split()) <= MAX_BLOG_NAME_WORDS or not all(w[:1].isupper() for w in name.split()):
            return None
        return self.label(publisher=(4, name))
