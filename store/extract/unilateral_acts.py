"""Rule unilateral_declaration: a declaration "of" what one side proclaims alone ("the 1990
declaration of independence", "Moscow's declaration of war", "the Declaration of State
Sovereignty", "a declaration of martial law"; `unilateral_acts` in `cues.json`) is no text
between parties: its words are blocked before agreements are read, so it makes no record
and joins none ("the joint declaration" told before is not it)."""

from __future__ import annotations

from store.extract.state import State
from store.extract.triggers import positions

_NOUNS = frozenset({"declaration", "declarations", "proclamation", "proclamations"})
# Words that may stand between "of" and the act: "of a state of emergency", "of State Sovereignty".
_BETWEEN = frozenset({"a", "the", "state", "its", "their", "national", "full", "formal"})


def _acts(state: State) -> frozenset[str]:
    """The acts one side declares alone."""
    table = state.cues.derived.get("unilateral_acts")
    if not isinstance(table, frozenset):
        raw = (state.gz.cues or {}).get("unilateral_acts") or ()
        table = state.cues.derived["unilateral_acts"] = frozenset(str(w).casefold() for w in raw)
    return table


def block_unilateral_declarations(state: State) -> None:
    """Block each declaration of a one-sided act, from its noun to the act's word."""
    at = positions(state, _NOUNS)
    if not at:
        return  # most articles: no declaration
    low, n = state.doc.low, state.doc.n
    acts = _acts(state)
    for k in at:
        if k + 2 >= n or low[k + 1] != "of":
            continue
        x = k + 2
        while x < min(n - 1, k + 5) and low[x] in _BETWEEN and low[x] not in acts:
            x += 1
        if low[x] in acts:
            state.block(k, x + 1)
