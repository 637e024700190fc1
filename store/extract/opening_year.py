"""The year a sentence opens with ("In 2001, the U.S. and Colombia signed ...", "In December
2023 the two ...") or the one year of a fronted phrase of time or occasion closed by a comma
("During her second visit in 2015, she signed the X", "At a summit in Lima in 2019, ..."), for an
agreement it reports signed, when it writes no other year; a fronted clause ("Talks collapsed
in 2016, when ...") dates nothing. (Rules: opening_year, fronted_phrase_year.)"""

from __future__ import annotations

import re

from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.tokens import Doc

_YEAR = re.compile(r"(?:19|20)\d\d")
# Words that open a fronted phrase of time or occasion ("During his term in 2016, ...").
_PHRASE_OPENERS = frozenset({"during", "at", "back", "later", "earlier", "on", "following", "after", "then"})


def opening_year(d: Doc, i: int) -> int | None:
    """The year a sentence opens with ("In 2001, the U.S. and Colombia signed ...", "In December
    2023 the two ...", "During his first term in 2016, he signed ...") for an agreement it reports
    signed, when it writes no other year. (Rule: opening_year.)"""
    here = d.sent[i]
    first = d.sent_first[here]
    if first < 0 or first + 1 >= d.n:
        return None
    if d.low[first] != "in":
        # "During her second visit in 2015, she signed the X": the one year of an opening phrase
        # closed by a comma before the mention (rule: fronted_phrase_year); not of a clause
        if d.low[first] not in _PHRASE_OPENERS:
            return None  # the common case: the sentence opens otherwise
        comma = next((x for x in range(first + 1, min(i, first + 14)) if d.low[x] == ","), -1)
        years = [x for x in range(first, comma) if len(d.words[x]) == 4 and _YEAR.fullmatch(d.words[x])]
        if comma < 0 or len(years) != 1:
            return None  # the common case: the sentence opens otherwise
        at = years[0]
    else:
        at = first + 1 + (d.low[first + 1] in _MONTHS and first + 2 < d.n)  # "In December 2023 the two ..."
    w = d.words[at]
    if not (len(w) == 4 and _YEAR.fullmatch(w)) or d.sent[at] != here:
        return None
    k = at + 1
    while k < d.n and d.sent[k] == here and k - first < 80:
        if len(d.words[k]) == 4 and _YEAR.fullmatch(d.words[k]):
            return None  # another year in the sentence: which one is the signing's is not clear
        k += 1
    return int(w)
