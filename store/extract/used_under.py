"""An agreement signed years before the article that the text says something is done under
("has long hosted U.S. troops under a Visiting Forces Agreement signed in 1998", "ships patrol
under the 2009 treaty") is in force: what is done under it now is bound by it. One the text
only says was signed stays signed, as does one a body was founded under ("was set up under the
1996 X Agreement", rule founded_under, `founding_verbs` in `cues.json`): a past making tells nothing of now. (Rule: used_under.)"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State
from store.extract.when import article_year

# Words between "under" and the mention.
_DETS = frozenset({"a", "an", "the", "its", "their", "this", "that"})
# Words before "under" that put what is done under it to come or deny it.
_NOT_NOW = frozenset({"will", "would", "could", "should", "may", "might", "to", "not", "never", "if", "once", "until"})


def founded_under(state: State, k: int) -> bool:
    """Whether the words right before "under" at k tell a founding ("was set up under",
    "established under"): what it says of the agreement is past. (Rule: founded_under.)"""
    phrases = state.cues.derived.get("founding_verbs")
    if phrases is None:
        raw = (state.gz.cues or {}).get("founding_verbs") or ()
        phrases = state.cues.derived["founding_verbs"] = frozenset(tuple(str(p).casefold().split()) for p in raw)
    low = state.doc.low
    return tuple(low[k - 1 : k]) in phrases or k >= 2 and tuple(low[k - 2 : k]) in phrases


def used_under(state: State, acc: AgreementAcc) -> int | None:
    """The sentence of a mention of an agreement signed two years or more before the article
    that stands after "under" with no time to come before it; None when there is none."""
    published = article_year(state)
    if published is None or acc.year is None or acc.year > published[0] - 2:
        return None
    d = state.doc
    low = d.low
    for i, _j in sorted(acc.mentions):
        k = i - 1
        while k >= 0 and (low[k] in _DETS or len(low[k]) == 4 and low[k].isdigit()):
            k -= 1
        if k < 1 or low[k] != "under":
            continue
        first = d.sent_first[d.sent[i]]
        if k == first or low[k - 1] in ("was", "were", "is", "are"):
            continue  # an opening "Under the treaty," is read elsewhere; "was under the treaty" is a state
        if _NOT_NOW.isdisjoint(low[first:k]) and not founded_under(state, k):  # "was set up under": past
            return d.sent[i]
    return None
