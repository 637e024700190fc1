"""An effect phrase in the present perfect or said of today: "the treaty has come into force",
"the pact has taken effect", "the agreement comes into force today" tell that it is in force
now, where the bare phrase ("comes into force next month") tells of a start still to come.
(Rule: perfect_effect.)"""

from __future__ import annotations

from collections.abc import Sequence

from store.extract.tokens import Doc

# Auxiliaries of the perfect: what follows them has happened.
_PERFECT = frozenset({"has", "have", "had"})
# First words of the phrases of taking effect ("come into force", "taken effect", "gone into effect").
_EFFECT_FIRST = frozenset({"come", "comes", "coming", "taken", "takes", "gone", "enters", "enter"})
# What closes a present "comes into force" that happens as the story is told.
_NOW = frozenset({"today", "tonight"})


def in_force_now(d: Doc, aux: Sequence[str], lows: Sequence[str], after: int) -> bool:
    """Whether an effect phrase ``lows`` read after the auxiliaries ``aux`` says the agreement
    is in force now: a perfect auxiliary before it, or "today" in it or right after it (token
    ``after``, a comma skipped), with no future auxiliary."""
    if not lows or lows[0] not in _EFFECT_FIRST:
        return False
    if "will" in aux or "would" in aux or "to" in lows:
        return False
    if not _PERFECT.isdisjoint(aux):
        return True
    if not _NOW.isdisjoint(lows):
        return True  # "comes into force today"
    here = d.sent[after - 1] if after > 0 else -1
    k = after + (after < d.n and d.words[after] == ",")
    return k < d.n and d.sent[k] == here and d.low[k] in _NOW
