"""A body named "<head> of <Country>" runs on, in one capitalised run, into an office and its
holder's name ("Central Bank of Kenya Governor A B", "Communist Party of Laos General Secretary
C D"): the body ends with the country, and the office and name after it are a person's.
(Rule: country_body_before_office.)"""

from __future__ import annotations

from store.extract.names import all_valid, name_words
from store.extract.state import State
from store.extract.tokens import Chunk

# Country mentions that name the state itself ("of Kenya"), not a people.
_FORMS = frozenset({"name", "alias", "abbreviation"})
# An office between the country and the name has at most this many words ("General Secretary").
MAX_OFFICE_WORDS = 3


def country_body_cut(state: State, chunk: Chunk) -> Chunk | None:
    """The chunk cut after "<head> of <Country>" when an office of the gazetteer and a two- or
    three-word name make up the rest of it; None otherwise."""
    d, heads = state.doc, state.gz.head_words
    i, j = chunk.i, chunk.j
    for h in range(i, j - 4):
        if d.low[h] not in heads or d.low[h + 1] != "of":
            continue
        c = state.country_start.get(h + 2)
        if c is None or c.form not in _FORMS or c.j >= j - 2:
            return None
        for n in range(MAX_OFFICE_WORDS, 0, -1):
            k = c.j + n
            if j - k < 2 or not any(e.kind == "title" for e in state.gz.lookup(d.span_text(c.j, k))):
                continue
            words = name_words(state, k, j)
            if 2 <= len(words) <= 3 and all_valid(state, words):
                return Chunk(i, c.j, chunk.start, d.ends[c.j - 1], d.span_text(i, c.j), chunk.sentence, False)
        return None
    return None
