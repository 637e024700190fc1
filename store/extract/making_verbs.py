"""Verbs before an agreement noun whose subject is a party, beyond the one-word link verbs.

A gerund keeps its subject ("China signing a security pact with X"), and a firm's release says
"entered into" where a report says "signed": "X has entered into a supply agreement with Y" and
"X will enter into a lease with Y" make X and Y the parties as "X signed a deal with Y" does.
So does the means of an act: "X entered the blocks in 2016 through a farm-in deal with Y".
News tells a deal made in more words than "signed": "penned", "completed", "forged", "landed", "closed", "established",
a phrasal verb ("hammered out", "worked out", "carried out") or "put pen to paper on"; their
subject makes the agreement after them as a signer does.
"""

from __future__ import annotations

from store.extract.elevated_ties import elevated_to

# Gerunds of making an agreement: their subject makes it (rule: gerund_subject).
GERUNDS = frozenset({"signing", "inking", "sealing", "striking", "concluding", "agreeing"})
# Forms of "enter" before "into" an agreement (rule: entered_into).
_ENTER = frozenset({"enter", "enters", "entered", "entering"})
# One-word verbs of a deal made beyond the link verbs (rule: deal_made): "Peru penned a pact with Chile".
_MADE = frozenset(
    "penned pens pen completed completes complete forged forges landed lands secured secures secure "
    "closed closes established establishes".split()
)
# Verbs whose "out" makes a deal ("hammered out a truce", "carried out a prisoner swap").
_OUT = frozenset(
    "hammered hammer hammers worked work works thrashed thrash thrashes carried carry carries".split()
)
# Forms of "put" before "pen to paper on" an agreement.
_PUT = frozenset({"put", "puts", "putting"})
# Words that make a described agreement the means of the subject's act (rule: through_deal_with).
_MEANS = frozenset({"through", "via"})


def making_verb(low: list[str], i: int) -> bool:
    """Whether the word at i ends a verb of making the agreement after it: a gerund of signing,
    "into" after a form of "enter" ("has entered into a long-term supply agreement"), or a word
    of means ("through a farm-in deal with Y")."""
    return low[i] in GERUNDS or low[i] in _MEANS or entered_into(low, i)


def entered_into(low: list[str], i: int) -> bool:
    """Whether the word at i ends a verb of making a deal beyond the link verbs: the "into" of
    "entered into", a word of `_MADE`, the "out" of "hammered out", the "on" of "put pen to
    paper on", the "to" of "upgraded their ties to" (`elevated_ties`)."""
    w = low[i]
    if w in ("to", "of"):
        return elevated_to(low, i)
    if w == "into":
        return i >= 1 and low[i - 1] in _ENTER
    if w == "out":
        return i >= 1 and low[i - 1] in _OUT
    if w == "on":
        return i >= 4 and low[i - 3 : i] == ["pen", "to", "paper"] and low[i - 4] in _PUT
    return w in _MADE


def means_rule(low: list[str], i: int) -> str:
    """The rule a subject-and-partner reading over the word at i is named by: through_deal_with
    after a word of means, else treaty_with."""
    return "through_deal_with" if low[i] in _MEANS else "treaty_with"
