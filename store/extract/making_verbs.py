"""Verbs before an agreement noun whose subject is a party, beyond the one-word link verbs.

A gerund keeps its subject ("China signing a security pact with X"), and a firm's release says
"entered into" where a report says "signed": "X has entered into a supply agreement with Y" and
"X will enter into a lease with Y" make X and Y the parties as "X signed a deal with Y" does.
So does the means of an act: "X entered the blocks in 2016 through a farm-in deal with Y".
"""

from __future__ import annotations

# Gerunds of making an agreement: their subject makes it (rule: gerund_subject).
GERUNDS = frozenset({"signing", "inking", "sealing", "striking", "concluding", "agreeing"})
# Forms of "enter" before "into" an agreement (rule: entered_into).
_ENTER = frozenset({"enter", "enters", "entered", "entering"})
# Words that make a described agreement the means of the subject's act (rule: through_deal_with).
_MEANS = frozenset({"through", "via"})


def making_verb(low: list[str], i: int) -> bool:
    """Whether the word at i ends a verb of making the agreement after it: a gerund of signing,
    "into" after a form of "enter" ("has entered into a long-term supply agreement"), or a word
    of means ("through a farm-in deal with Y")."""
    return low[i] in GERUNDS or low[i] in _MEANS or entered_into(low, i)


def entered_into(low: list[str], i: int) -> bool:
    """Whether the word at i is the "into" of "entered into" (a verb of signing)."""
    return low[i] == "into" and i >= 1 and low[i - 1] in _ENTER


def means_rule(low: list[str], i: int) -> str:
    """The rule a subject-and-partner reading over the word at i is named by: through_deal_with
    after a word of means, else treaty_with."""
    return "through_deal_with" if low[i] in _MEANS else "treaty_with"
