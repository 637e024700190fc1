"""An agreement the text introduces as an older one: "the two sides had already reached a
ceasefire agreement in 2006". A mention before any record was made ("signed an unconditional
ceasefire agreement" in the lede) tells the story's news, not that older text."""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

# Words before an agreement that set it in the past of the story.
_EARLIER = frozenset({"had", "already", "earlier", "previously", "once"})


def past_dated(state: State, acc: AgreementAcc) -> bool:
    """Whether the agreement's first mention is dated by "in <year>" right after it, a year
    before the article's own, or (the article undated) after "had" or "already".
    (Rule: older_dated.)"""
    if not acc.mentions:
        return False
    d = state.doc
    i, j = min(acc.mentions)
    if j + 1 >= d.n or d.low[j] != "in" or not (len(d.words[j + 1]) == 4 and d.words[j + 1].isdigit()):
        return False  # the common case: no year right after the first mention
    year = int(d.words[j + 1])
    if state.published and state.published[:4].isdigit():
        return year < int(state.published[:4])
    first = d.sent_first[d.sent[i]]
    return not _EARLIER.isdisjoint(d.low[max(first, i - 5) : i])
