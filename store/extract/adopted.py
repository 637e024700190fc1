"""An agreement a body adopts: "member states formally adopted the world's first X Agreement",
"the treaty was adopted by 124 votes". Adoption fixes the text, and binds no one until it is
signed and ratified, so a known or lasting agreement adopted in the story is not taken to be
in force; the day of its adoption gives its year. (Rule: adopted_agreement.)
"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State
from store.extract.status_cues import BEFORE_MENTION
from store.extract.triggers import vocabulary
from store.extract.when import day_year, lede_year

_ADOPTING = frozenset({"adopted", "adopt", "adopts", "adopting", "adoption"})
# Words read past between the verb and the mention: "adopted the world's first ...", "adoption of the".
_BETWEEN = BEFORE_MENTION | frozenset({"world", "'", "s", "first", "of", "formally"})
_AUXILIARIES = frozenset({"was", "were", "is", "has", "have", "been", "be", "formally", "unanimously"})


def adopted_sentence(state: State, acc: AgreementAcc) -> int | None:
    """The sentence of the first mention of ``acc`` said to be adopted, else None."""
    d = state.doc
    low, n = d.low, d.n
    if _ADOPTING.isdisjoint(vocabulary(state)):
        return None  # the common case: no adoption in the article
    for i, j in sorted(acc.mentions):
        k = i - 1
        while k >= 0 and i - k <= 6 and low[k] in _BETWEEN:
            k -= 1
        if k >= 0 and low[k] in _ADOPTING and d.sent[k] == d.sent[i]:
            return d.sent[i]
        k = j
        while k < n and k - j < 3 and low[k] in _AUXILIARIES:
            k += 1
        if k < n and k > j and low[k] == "adopted" and d.sent[k] == d.sent[i]:
            return d.sent[i]
    return None


def adopted_year(state: State, sentence: int) -> int | None:
    """The year of an adoption the sentence dates by its day or tells as the lede's news."""
    year = day_year(state, sentence)
    return year if year is not None else lede_year(state, sentence)
