"""A name given its office by the event of taking it: "A took office as Kenya's president",
"B was sworn in as prime minister", "C became the country's finance minister". The office
after "as"/"became" is the name's, with the country written before it. (Rule: took-office-as.)"""

from __future__ import annotations

from store.extract.offices import LOWER_OFFICES, OFFICE_WORDS
from store.extract.state import State
from store.extract.tokens import APOSTROPHES

# The head words such an office ends with (one of a state's offices, not "became a lawyer").
_HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "minister", "secretary", "governor", "king", "queen", "leader"})
# The words that open the event right after a name.
_OPENERS = frozenset({"took", "was", "became", "is"})


# Verbs that give a name right after them its office with "as" ("elected A as president"). (Rule: given_office_as.)
_GIVERS = frozenset({"elected", "appointed", "named", "nominated", "chose", "installed", "confirmed"})


def office_taken(state: State, j: int, i: int = -1) -> tuple[str, str | None, int, int] | None:
    """(office, its country, office start, office end) of "took office as", "was sworn in
    as", "was elected", "became" right after a name ending at j, or "as" after a name starting
    at i that a verb of choosing stands before ("lawmakers elected A as Hungary's new
    president"); None otherwise."""
    d = state.doc
    w = d.lower(j)
    if w == "as" and i >= 1 and d.lower(i - 1) in _GIVERS:
        w = "became"  # the office follows "as" as it follows "became"
    elif w not in _OPENERS:
        return None  # the common case: one set lookup
    if w == "took":
        if d.lower(j + 1) != "office" or d.lower(j + 2) != "as":
            return None
        k = j + 3
    elif w in ("was", "is"):
        if d.lower(j + 1) == "sworn" and d.lower(j + 2) == "in" and d.lower(j + 3) == "as":
            k = j + 4
        elif d.lower(j + 1) == "elected":
            k = j + 2 + (d.lower(j + 2) == "as")
        else:
            return None
    else:
        k = j + 1
    k += d.lower(k) in ("the", "its")
    k += d.lower(k) in ("new", "next")  # "as the new president"
    aff = None
    c = state.country_start.get(k)
    if c is not None and c.form != "capital":  # "as Kenya's president", "as Chilean president"
        aff = c.name
        k = c.j + 2 if d.word(c.j) in APOSTROPHES and d.lower(c.j + 1) == "s" else c.j
        k += d.lower(k) in ("new", "next")  # "as Hungary's new president"
    start = end = k
    while end < min(d.n, k + 4) and d.sent[end] == d.sent[j] and (d.lower(end) in OFFICE_WORDS or d.lower(end) in LOWER_OFFICES):
        end += 1
    last = d.lower(end - 1) if end > start else ""
    if last not in _HEADS and " ".join(d.low[end - 2 : end]) not in _HEADS:
        return None  # "became a lawyer", "was elected in 2019"
    if end < d.n and d.words[end][:1].isupper() and d.sent[end] == d.sent[j]:
        return None  # "became Prime Minister Olaf ...": another name follows
    return d.span_text(start, end), aff, start, end
