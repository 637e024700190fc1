"""Styles and honorifics around a name: a style that is part of a one-word name ("Sheikh
Hasina", rule style-in-one-word-name), and an office whose last words open the run that an
honorific and the name follow ("Minister of Commerce and Industry Shri A B": the office is
A B's, rule office_before_honorific)."""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import Chunk

NAME_STYLES = frozenset({"sheikh", "sheikha"})
_NAME_LINKS = frozenset({"bin", "bint", "ibn", "al"})


def style_in_name(state: State, k: int) -> bool:
    """Whether a style right before the one-word name at ``k`` is part of that name: "Sheikh
    Hasina" is her whole name, while "Sheikh Mohammed bin Zayed" shows the style before a full
    name; so not when the word also starts a longer name in the article. (Rule:
    style-in-one-word-name.)"""
    d = state.doc
    if k < 1 or d.low[k - 1] not in NAME_STYLES:
        return False
    w = d.words[k]
    words, low = d.words, d.low
    for x in range(len(d) - 1):
        if words[x] == w and x != k and (words[x + 1][:1].isupper() or low[x + 1] in _NAME_LINKS):
            return False  # "Sheikh Mohammed bin Zayed", "Sheikh Tamim Al Thani" elsewhere
    return True


def office_before_style(state: State, chunk: Chunk, s: int) -> tuple[str, int, int] | None:
    """The office (text, start, end) of a title match ending right at the honorific at token
    ``s`` and starting before the chunk ("Minister of Commerce and Industry" + "Shri A B"), else
    None. (Rule: office_before_honorific.)"""
    d = state.doc
    if s <= chunk.i or s - chunk.i > 2:
        return None
    for x in range(chunk.i - 1, max(-1, chunk.i - 9), -1):
        if d.sent[x] != chunk.sentence:
            return None
        m = d.match_at.get(x)
        if m is not None and m.j == s and m.first("title") is not None:
            return m.text, m.i, m.j
    return None
