"""An agreement whose stage the text never states but that something is done under, mid-
sentence ("Kenya has drawn $400 million under its IMF programme", "boats fish the zone under
the X Accord") is in force: what is done under a text is bound by it now. Done under it only
to come ("would be paid under the X", "will rise under a planned pact") tells no stage, nor
does a body's founding under it ("was set up under the X", ``used_under.founded_under``): a
past making, not what the text now does under it. (Rule: acted_under.)"""

from __future__ import annotations

from store.extract.facts import acc_status
from store.extract.state import State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import vocabulary
from store.extract.used_under import founded_under

# Words between "under" and the mention ("under its", "under the 2009").
_DETS = frozenset({"a", "an", "the", "its", "their", "this", "that", "his", "her", "our"})
# Words before "under" in its clause that put what is done under it to come, or deny it.
_NOT_NOW = frozenset({"will", "would", "could", "should", "may", "might", "not", "never", "if", "once", "until", "planned", "proposed"})
# Words that close the clause before "under" (what stands before them is another clause).
_CLAUSE_ENDS = frozenset({",", ";", ":", "which", "that", "and", "but", "while", "when"})


def _under_before(low: list[str], words: list[str], i: int) -> int:
    """The index of "under" before the mention at i, past determiners, a year and one owner's
    possessive ("under the bloc's", "under the Group of 20's"); -1 when none."""
    k = i - 1
    while k >= 0 and (low[k] in _DETS or len(low[k]) == 4 and low[k].isdigit()):
        k -= 1
    if k >= 3 and (low[k] in APOSTROPHES or low[k] == "s" and low[k - 1] in APOSTROPHES):
        owner = k - 1 - (low[k] == "s")
        while owner > k - 6 and owner >= 0 and (words[owner][:1].isupper() or words[owner].isdigit() or low[owner] == "of"):
            owner -= 1
        k = owner
        while k >= 0 and low[k] in _DETS:
            k -= 1
    return k if k >= 1 and low[k] == "under" else -1


def fill_acted_under(state: State) -> None:
    """Put in force each agreement with no status that something is now done under."""
    if "under" not in vocabulary(state):
        return  # the common case: no "under" written
    d = state.doc
    low, words = d.low, d.words
    for acc in state.agreements:
        if acc.status is not None:
            continue
        for i, _j in sorted(acc.mentions):
            k = _under_before(low, words, i)
            if k < 0:
                continue
            first = d.sent_first[d.sent[i]]
            if k == first or low[k - 1] in ("was", "were", "is", "are", "be", "been"):
                continue  # an opening "Under the treaty," is read elsewhere; "is under the pact" is a state
            start = k - 1
            while start > first and low[start] not in _CLAUSE_ENDS:
                start -= 1
            if _NOT_NOW.isdisjoint(low[start:k]) and not founded_under(state, k):
                acc_status(acc, "in_force", d.sent[i], "acted_under")
                break
