"""An aside right after an agreement's name that says it is in force, or that it was carried on
past its signing, puts it in force: ", in force since 2000", ", signed in 2015 and in force
since 2017,", ", signed in 2010 and extended in 2021 for five years,". The stage a later verb of
the sentence tells of the agreement (an update worked on, a suspension) does not undo the
aside's plain statement. (Rule: aside_in_force.)"""

from __future__ import annotations

from store.extract.facts import acc_status
from store.extract.state import State
from store.extract.triggers import vocabulary

# Words that open an aside on a name: a participle of its making, or "in" ("in force since").
_OPENERS = frozenset("in signed inked sealed agreed concluded ratified".split())
# Participles that carry a signed text on ("and extended in 2021").
_CARRIED = frozenset({"extended", "renewed", "prolonged"})
_REACH = 16  # tokens an aside may run


def fill_aside_in_force(state: State) -> None:
    """Put in force each agreement an aside after its name says is in force or carried on."""
    words = vocabulary(state)
    if "force" not in words and "effect" not in words and _CARRIED.isdisjoint(words):
        return  # the common case: no phrase the rule reads
    d = state.doc
    for acc in state.agreements:
        if acc.status == "in_force" or not acc.mentions:
            continue
        for i, j in sorted(acc.mentions):
            if _says_in_force(state, j):
                acc_status(acc, "in_force", d.sent[i], "aside_in_force")
                break


def _says_in_force(state: State, j: int) -> bool:
    """Whether the aside after the mention ending at j (past an acronym and a "with" partner)
    says the agreement is in force or was carried on."""
    d = state.doc
    low, n = d.low, d.n
    if j + 3 < n and low[j] == "(" and low[j + 2] == ")":
        j += 3
    if j < n and low[j] == "with" and (c := state.partner_at(j)) is not None:
        j = c.j
    if not (j + 1 < n and low[j] == "," and low[j + 1] in _OPENERS):
        return False
    here = d.sent[j]
    end = next((x for x in range(j + 1, min(n, j + 1 + _REACH)) if low[x] == "," or d.sent[x] != here), min(n, j + 1 + _REACH))
    aside = low[j + 1 : end]
    for x, w in enumerate(aside):
        if w in ("force", "effect") and x >= 1 and aside[x - 1] == "in" and aside[x + 1 : x + 2] == ["since"]:
            return True  # "in force since 2000"
        if w in _CARRIED and x >= 1 and aside[x - 1] == "and" and aside[0] != "in":
            return True  # "signed in 2010 and extended in 2021"
    return False
