"""Rule provided_framework: "a framework" or "a basis" that something provides, offers or
sets out ("the plan provides a structured framework for engagement between the two") is what
that text does, no agreement of its own: the noun is taken from the agreement scan."""

from __future__ import annotations

from store.extract.state import State
from store.extract.triggers import positions

_PROVIDING = frozenset("provide provides provided providing offer offers offered offering give gives gave giving create creates created".split())
_NOUNS = frozenset({"framework", "basis"})


def block_provided_frames(state: State) -> None:
    """Block each framework noun a verb of providing takes, past "a" and two modifiers at most."""
    low = state.doc.low
    for k in positions(state, _NOUNS):
        if _provided(low, k):
            state.blocked[k] = 1


def _provided(low: list[str], k: int) -> bool:
    """Whether "<providing verb> a/an" opens the noun phrase ending at k."""
    for x in range(k - 1, max(0, k - 4), -1):
        if low[x] in ("a", "an"):
            return low[x - 1] in _PROVIDING
        if not low[x].isalpha():
            return False
    return False
