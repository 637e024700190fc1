"""An office for a place written between the office and its holder's name: "Ambassador to the
Philippines A B", "Special Envoy to the Middle East C D", "its special envoy for the Horn of
Africa E F". The office runs from its first word to the place's last, the country its owner's
(never the host's); the place is a country or a region the gazetteer lists (`office_regions` in
`cues.json`). (Rule: office_for_place.)"""

from __future__ import annotations

from store.extract.names import all_valid, name_words
from store.extract.office_regions import region_ending
from store.extract.offices import LOWER_OFFICES, OFFICE_WORDS, NameMention, owner_country
from store.extract.state import State
from store.extract.tokens import Chunk


def _place_start(state: State, chunk: Chunk) -> tuple[int, int] | None:
    """The place ending inside the chunk with a name after it: (its first token, its end)."""
    c = state.country_start.get(chunk.i)
    if c is not None and c.j < chunk.j - 1:
        return chunk.i, c.j
    for e in range(chunk.i + 1, min(chunk.j - 1, chunk.i + 4)):
        if (s := region_ending(state, e)) >= 0:
            return s, e
    return None


def _office_start(state: State, k: int) -> int:
    """Where the office ending at token ``k`` (inclusive) starts: a lower-case office with the
    office words before it, or a capitalised title the gazetteer holds; -1 when none ends there."""
    d = state.doc
    if d.words[k].islower() and d.low[k] in LOWER_OFFICES:
        ti = k
        while ti >= 1 and k - ti < 3 and d.lower(ti - 1) in OFFICE_WORDS and d.words[ti - 1].islower():
            ti -= 1  # "special envoy"
        return ti
    for s in range(k, max(-1, k - 4), -1):
        m = d.match_at.get(s)
        if m is not None and m.j == k + 1 and m.first("title") is not None:
            return s
    return -1


def office_for_place(state: State, chunk: Chunk) -> list[NameMention]:
    """The holder named right after an office "to/for [the] <place>", with that office."""
    d = state.doc
    place = _place_start(state, chunk)
    if place is None:
        return []
    s, e = place
    k = s - 1 - (d.lower(s - 1) == "the")
    if k < 1 or d.low[k] not in ("to", "for") or d.sent[k] != chunk.sentence:
        return []
    ti = _office_start(state, k - 1)
    if ti < 0:
        return []
    words = name_words(state, e, chunk.j)
    if not 2 <= len(words) <= 3 or not all_valid(state, words, titled=True):
        return []
    owner = owner_country(state, ti)
    return [NameMention(e, chunk.j, words, chunk.sentence, d.span_text(ti, e), ti, e, owner, True, "office-for-place", "owner-before-office")]
