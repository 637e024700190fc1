"""The date closing an occasion phrase right after an agreement's mention ("signed the X at a
ceremony in Lima in 2019", "during a visit to Beijing on 5 May 2021") dates the agreement as a
date right after it does; a clause or another act opening first ("at a summit where Bolivia
joined in 2020", ", and ...") leaves it undated. (Rule: occasion_year.)"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS
from store.extract.day_forms import is_day
from store.extract.tokens import Doc

# Words that end an occasion phrase after a mention: a clause or another act opens there.
_OCCASION_ENDS = frozenset(", ; ( ) which that who where when after before while and but".split())


def _year(w: str) -> bool:
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def past_occasion(d: Doc, k: int) -> int | None:
    """The "in"/"on" of the date closing an occasion phrase at k ("at a ceremony in Lima in
    2019", "during a visit to Beijing on 5 May 2021"), else None."""
    low, words, n = d.low, d.words, d.n
    for x in range(k + 1, min(n - 1, k + 12)):
        if d.sent[x] != d.sent[k] or low[x] in _OCCASION_ENDS:
            return None
        if low[x] in ("in", "on") and (_year(words[x + 1]) or low[x + 1] in MONTHS or is_day(words[x + 1]) and d.lower(x + 2) in MONTHS):
            return x
    return None
