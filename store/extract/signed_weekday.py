"""A signing the text dates by a weekday right after the mention ("signed a free trade
agreement on Sunday") happened in the article's own week: the article's year dates it before
any later sentence's year of the talks ("the deal was concluded in June 2022").
(Rule: signed_weekday_year.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.when import article_year

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Verbs that make the text on that day: a ratification or an approval on a weekday may come
# years after the signing ("ratified the 2022 protocol on Tuesday").
_SIGNING = frozenset("sign signed signs inked sealed struck clinched concluded".split())


def signed_weekday_year(state: State, lead: int, j: int) -> int | None:
    """The article's year when the mention ending before ``j`` is followed by "on <weekday>"
    (a place between them allowed: "in Brussels on Sunday") and a signing verb stands among the
    four words before its phrase opening at ``lead``; None otherwise."""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    if _SIGNING.isdisjoint(low[max(0, lead - 4) : lead]):
        return None
    x = j
    if x + 2 < n and low[x] == "in" and words[x + 1][:1].isupper() and low[x + 2] == "on":
        x += 2  # "signed the pact in Brussels on Sunday": past the place
    if x + 1 >= n or low[x] != "on" or low[x + 1] not in _WEEKDAYS:
        return None
    published = article_year(state)
    return None if published is None else published[0]
