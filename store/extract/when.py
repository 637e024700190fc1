"""The year an event of the article's own time happened in, read off the article's date.

News dates fresh events by the day, not the year ("signed on Friday", "Friday's pact",
"announced on Saturday (August 27)", "earlier this week"): such an event happened in the year
the article was published. "last year" is the year before it. A sentence that writes a year
of its own keeps it (the facts rules read that one).
"""

from __future__ import annotations

import re

from store.extract.state import State

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words that place an event in the article's own days.
_TODAY = frozenset({"today", "yesterday", "tonight", "tomorrow"})
# "this week", "last month": the noun after "this"/"last"/"earlier this"; the year offset.
_RELATIVE = {"week": 0, "month": 0, "weekend": 0, "year": 0}
_YEAR = re.compile(r"(?:19|20)\d\d")
_PUBLISHED = re.compile(r"((?:19|20)\d\d)-(\d\d)")


def article_year(state: State) -> tuple[int, int] | None:
    """The article's publication year and month, when its date is known."""
    m = _PUBLISHED.match(state.published or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def day_year(state: State, sentence: int) -> int | None:
    """The year of an event the sentence dates by the day or by "this/last week/month/year",
    from the article's own date; None when the sentence writes a year itself or the article's
    date is unknown. (Rule: day_article_year.)"""
    published = article_year(state)
    if published is None:
        return None
    d = state.doc
    first = d.sent_first[sentence] if sentence < len(d.sent_first) else d.n
    end = d.sent_first[sentence + 1] if sentence + 1 < len(d.sent_first) else d.n
    low, words = d.low, d.words
    found: int | None = None
    for k in range(first, min(end, first + 80)):
        w = low[k]
        if len(w) == 4 and _YEAR.fullmatch(w):
            return None  # the sentence names its year
        if found is not None:
            continue
        if w in _WEEKDAYS or w in _TODAY:
            found = published[0]
        elif w in _MONTHS and k + 1 < end and words[k + 1].isdigit() and len(words[k + 1]) <= 2:
            found = published[0]  # "on August 26": a day with no year
        elif w in _RELATIVE and k > first and low[k - 1] in ("this", "last", "earlier"):
            if low[k - 1] == "last":
                back = 1 if w == "year" else int(w == "month" and published[1] == 1)
                found = published[0] - back
            else:
                found = published[0]
    return found


def _lede(state: State) -> frozenset[int]:
    """The article's lede: its first two sentences of twelve words or more (captions, credits
    and stamp lines before it are shorter)."""
    cached = state.cache.get("lede")
    if cached is None:
        d = state.doc
        found: list[int] = []
        bounds = [*d.sent_first, d.n]
        for s in range(len(d.sent_first)):
            lo, hi = bounds[s], next((b for b in bounds[s + 1 :] if b >= 0), d.n)
            if lo >= 0 and sum(1 for k in range(lo, min(hi, lo + 40)) if d.words[k][:1].isalpha()) >= 12:
                found.append(s)
                if len(found) == 2:
                    break
        cached = state.cache["lede"] = frozenset(found)
    return cached  # type: ignore[return-value]


def lede_year(state: State, sentence: int) -> int | None:
    """The article's year for an agreement the lede reports signed or announced without a
    year: a lede tells the day's news. (Rule: lede_article_year.)"""
    published = article_year(state)
    if published is None or sentence not in _lede(state):
        return None
    d = state.doc
    lo = d.sent_first[sentence]
    k = lo
    while k < d.n and d.sent[k] == sentence and k - lo < 80:
        w = d.words[k]
        if len(w) == 4 and _YEAR.fullmatch(w):
            return None  # the sentence dates something itself
        k += 1
    return published[0]
