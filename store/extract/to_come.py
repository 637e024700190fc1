"""A signing the text puts ahead of its own time: "before the treaty is signed", "until a
head contract is agreed", "once the deal is sealed" (a clause of time or condition around a
present-tense signing), and "Today we sign the ... Treaty" (a speaker signing now).
(Rules: signing_to_come, signing_today.)
"""

from __future__ import annotations

from store.extract.status_cues import BEFORE_MENTION
from store.extract.tokens import Doc

# Words opening a clause whose signing is still to come ("until a deal is agreed").
_OPENERS = frozenset("until till before once unless if when".split())
# Present-tense auxiliaries: "before the treaty is signed" (not "after it was signed").
_PRESENT = frozenset({"is", "are", "gets", "get"})


def signing_to_come(d: Doc, i: int, j: int) -> bool:
    """Whether the mention from token i to j sits in a clause of time or condition whose
    signing is still ahead: an opener right before it (determiners aside) and a present-tense
    auxiliary right after it ("before the treaty is signed", "until a head contract is agreed")."""
    if j >= d.n or d.low[j] not in _PRESENT:
        return False
    k = i - 1
    while k >= 0 and d.low[k] in BEFORE_MENTION:
        k -= 1
    return k >= 0 and d.low[k] in _OPENERS and d.sent[k] == d.sent[i]


def signing_today(d: Doc, i: int) -> bool:
    """Whether the mention at token i follows a speaker's "we sign" said of now ("Today we
    sign the treaty", "Here we sign the accord"), not of a signing to come ("when we sign")."""
    low = d.low
    k = i - 1
    while k >= 0 and low[k] in BEFORE_MENTION:
        k -= 1
    if k < 2 or low[k] != "sign" or low[k - 1] not in ("we", "i"):
        return False
    return low[k - 2] in _NOW and d.sent[k - 2] == d.sent[i]


# Words before "we sign" that make the signing now.
_NOW = frozenset({"today", "now", "here"})
