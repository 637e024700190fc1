"""A formal title that runs on in title case past small words: "the Jeddah Declaration of
Commitment to Protect the Civilians", "the Memorandum of Understanding on a Strategic
Partnership in the Field of Energy". Only its small words are in lower case, so the name goes
on over a link word or two ("to", "on a", "in the") while a capitalised run follows that names
no country, organisation, person or other text. (Rule: formal_title.)"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS, WEEKDAYS
from store.extract.state import State

# Lower-case words a formal title holds between its capitalised runs.
_GLUE = frozenset({"to", "on", "for", "in", "of", "the", "a", "an"})
# Days and months: "the Paris Agreement on Monday" ends before them.
_TIMES = WEEKDAYS | MONTHS
# Marks after a country that may close a title.
_CLOSING = frozenset({",", ".", ";", ":", "("})
# At most this many tokens are added to a name.
_REACH = 14


def title_end(state: State, j: int, heads: frozenset[str]) -> int:
    """Where a name ending at token ``j`` ends when its title runs on (see the module
    docstring); ``j`` otherwise."""
    d = state.doc
    n, low, words = d.n, d.low, d.words
    if j >= n or low[j] not in _GLUE or not words[j].islower():
        return j  # the common case: no small word after the name
    here = d.sent[j - 1]
    end = k = j
    while k < n and k - j <= _REACH:
        x = k
        while x < n and x - k < 2 and low[x] in _GLUE and words[x].islower() and d.sent[x] == here:
            x += 1
        if x == k or x >= n:
            break
        y = x
        while y < n and words[y][:1].isupper() and d.sent[y] == here and d.reach[y] and _own(state, y, heads):
            y += 1
        if y == x and k > j and low[x - 1] == "of" and (c := state.country_start.get(x)) is not None and c.j < n and words[c.j] in _CLOSING:
            return c.j  # "... to Protect the Civilians of Sudan,": the title closes with its country
        if y == x or y < n and words[y][:1].isupper() and d.sent[y] == here:
            break  # no run, or one cut short by another name ("... in the Mekong Grid Accord")
        end = k = y
    return end


def _own(state: State, k: int, heads: frozenset[str]) -> bool:
    """Whether token k may be a title's own word: no country, organisation, person or name of
    another text starts or stands there."""
    if state.country_start.get(k) or state.org_start.get(k) or state.blocked[k] or state.person_tok[k]:
        return False
    if state.doc.low[k] in _TIMES or state.doc.words[k] == "The":
        return False  # "on Monday", "in May", "in The Hague": a time or a place, not the title
    return state.doc.low[k] not in heads or state.doc.low[k] == "partnership"
