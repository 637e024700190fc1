"""A signing the text dates by a weekday or a day of a month without a year, right after the
mention ("signed a free trade agreement on Sunday", "signed the pact in New Delhi on 3 May"),
right before the signing verb ("Chile and Peru on 3 May signed the pact") or after the verb of a
relative clause on it ("the pact, which the two signed on Monday,"), happened in the
article's own time: the article's year dates it before any other clause's year of the talks
("ending talks that began in 2019") or a later sentence's ("the deal was concluded in June 2022").
(Rule: signed_weekday_year.)"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.calendar_words import WEEKDAYS as _WEEKDAYS
from store.extract.fact_years import past_relative
from store.extract.state import State
from store.extract.tokens import Doc
from store.extract.when import article_year

# Verbs that make the text on that day: a ratification or an approval on a weekday may come
# years after the signing ("ratified the 2022 protocol on Tuesday").
_SIGNING = frozenset("sign signed signs inked sealed struck clinched concluded".split())


def _day_of_this_year(d: Doc, x: int) -> bool:
    """Whether the words at x say "on <weekday>", "on <day> <Month>" or "on <Month> <day>" with no
    year after the day (so the day is one of the article's own time)."""
    low, words, n = d.low, d.words, d.n
    if x + 1 >= n or low[x] != "on":
        return False
    if low[x + 1] in _WEEKDAYS:
        return True
    if x + 2 >= n:
        return False
    day_first = words[x + 1].isdigit() and len(words[x + 1]) <= 2 and low[x + 2] in _MONTHS
    month_first = low[x + 1] in _MONTHS and words[x + 2].isdigit() and len(words[x + 2]) <= 2
    if not (day_first or month_first):
        return False
    y = x + 3 + (x + 3 < n and words[x + 3] == ",")
    return not (y < n and len(words[y]) == 4 and words[y].isdigit())  # "on 3 May 2019": its own year


def signed_weekday_year(state: State, lead: int, j: int) -> int | None:
    """The article's year when the mention ending before ``j`` is followed by such a day (a place
    of up to three words between allowed: "in New Delhi on Sunday") and a signing verb stands
    among the four words before its phrase opening at ``lead``, or the day stands right before
    that verb; None otherwise."""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    near = low[max(0, lead - 4) : lead]
    if _SIGNING.isdisjoint(near):
        # "the Andes Pact, which Chile and Peru signed on Monday,": the verb of a relative clause
        k = past_relative(d, j, d.sent[j - 1]) if 0 < j < n and low[j] in (",", "which", "that") else j
        if k == j or k + 1 >= n or low[k] not in _SIGNING or not _day_of_this_year(d, k + 1):
            return None
        published = article_year(state)
        return None if published is None else published[0]
    v = lead - len(near) + max(x for x, w in enumerate(near) if w in _SIGNING)
    x = j
    if x + 2 < n and low[x] == "in" and words[x + 1][:1].isupper():
        y = x + 1
        while y < n and y - x <= 3 and words[y][:1].isupper():
            y += 1
        x = y if y < n and low[y] == "on" else x  # "signed the pact in New Delhi on Sunday": past the place
    before = next((s for s in (v - 2, v - 3) if s >= 0 and d.sent[s] == d.sent[v] and _day_of_this_year(d, s)), None)
    if not _day_of_this_year(d, x) and before is None:
        return None
    published = article_year(state)
    return None if published is None else published[0]
