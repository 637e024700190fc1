"""A capitalised run that goes on from a name into a body after a small word ("Economy
Minister A B for the IMF meetings", "Governor A B of the World Bank"): the body is no part of
the name, so the run read for a person ends before the small word; a name of two words only
after a lower-case office or when it opens with a listed given name ("lawmaker A B of the X
party", "Anna B of the Lowy Institute"). (Rule: trailing_body.)"""

from __future__ import annotations

from store.extract.given_name import given_first
from store.extract.offices import LOWER_OFFICES
from store.extract.state import State
from store.extract.tokens import Chunk

# Small words a capitalised run carries across, between a name and a body after it.
_CONNECTORS = frozenset({"for", "of", "at", "the", "with", "and"})
# What is kept has at least this many tokens: an office and a two-word name, or a longer name
# (not "General Staff" of "chief of the General Staff of the Air Force": a body's own words).
MIN_KEPT = 3
# The fewest tokens a run can be cut from: what is kept, a small word and the body's word.
SHORTEST_CUT = MIN_KEPT + 2


def _named_before(state: State, i: int) -> int:
    """1 when a lower-case word before token i or a listed given name at it says a name starts
    there ("lawmaker A B of the X party", "Anna B of the Y Institute"): two words are then enough."""
    d = state.doc
    return int((d.word(i - 1).islower() and d.lower(i - 1) in LOWER_OFFICES) or given_first(d.words[i]))


def cut_trailing_body(state: State, chunk: Chunk) -> Chunk | None:
    """``chunk`` cut before the small words that join it to a body running to its end, when
    what is left before them ends in a capitalised word; None when no body ends it so."""
    d, blocked = state.doc, state.blocked
    b = blocked.find(1, chunk.i, chunk.j)
    if b <= chunk.i or blocked.find(0, b, chunk.j) >= 0:
        return None  # no body, a body opening the run, or one with free words after it
    c = b
    while c > chunk.i and d.low[c - 1] in _CONNECTORS and d.words[c - 1].islower():
        c -= 1
    if c == b or c - chunk.i < MIN_KEPT - _named_before(state, chunk.i) or not d.is_cap(c - 1) or blocked.find(1, chunk.i, c) >= 0:
        return None
    if any(e.kind == "title" for e in state.gz.lookup(d.words[c - 1])):
        return None  # "Chief of Staff of the Army": an office, no name before the body
    return Chunk(chunk.i, c, chunk.start, d.ends[c - 1], d.span_text(chunk.i, c), chunk.sentence, False)
