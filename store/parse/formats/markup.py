"""HTML fragments (a feed entry's content, an export's ``body``) as plain paragraphs.

The fragment is parsed by lxml, never scanned with patterns: scripts, styles and embedded
frames go whole, block elements end paragraphs, entities are decoded, and what is left is
text with paragraphs separated by a blank line. Nothing of the markup survives.
"""

from __future__ import annotations

import re

from store.text import strip_controls

BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre section article header footer "
    "figure figcaption table tr td th dl dt dd hr aside".split()
)
DROPPED = frozenset("script style noscript iframe object embed template svg head form button".split())
# Something that opens or closes an HTML element: worth parsing as markup.
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,400})?/?>")


# Numeric character references ("&#27;", "&#x1b;", "&#7;"): those naming a control character
# are made that character before anything parses the markup, so an escape sequence spelled
# with them is removed whole with the raw ones, not left as "[31m" once its ESC is gone.
_REF = re.compile(r"&#(?:0*(\d{1,4})|[xX]0*([0-9a-fA-F]{1,3}));?")
_KEPT = frozenset((9, 10, 13))


def _raw_control(m: re.Match[str]) -> str:
    code = int(m[1]) if m[1] else int(m[2], 16)
    if (code < 32 and code not in _KEPT) or 127 <= code <= 159:
        return chr(code)
    return m[0]


def without_controls(markup: str) -> str:
    """Markup without escape sequences or control characters, raw or written as references."""
    return strip_controls(_REF.sub(_raw_control, markup))


def looks_like_markup(text: str) -> bool:
    """True when ``text`` holds HTML elements (not just a stray "<" in prose)."""
    return _TAG.search(text) is not None


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment: one paragraph per block, separated by a blank line."""
    if not fragment.strip():
        return ""
    import lxml.html  # imported when markup is read: plain-text ingests never load lxml
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join(" ".join(current).split())
        if line:
            paragraphs.append(line)
        current.clear()

    def walk(element: lxml.html.HtmlElement) -> None:
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag.lower() in DROPPED or not tag:
                if child.tail:
                    current.append(child.tail)
                continue
            block = tag.lower() in BLOCKS
            if block:
                flush()
            if child.text:
                current.append(child.text)
            walk(child)
            if block:
                flush()
            if child.tail:
                current.append(child.tail)

    if root.text:
        current.append(root.text)
    walk(root)
    flush()
    return strip_controls("\n\n".join(paragraphs))


def plain_text(value: str) -> str:
    """Text that may be HTML as plain paragraphs; plain text keeps its own line breaks."""
    if looks_like_markup(value):
        return fragment_text(without_controls(value))
    lines = [" ".join(line.split()) for line in strip_controls(value).replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()
