"""Rule provided_framework: "a framework" or "a basis" that something provides, offers or
sets out ("the plan provides a structured framework for engagement between the two") is what
that text does, no agreement of its own: the noun is taken from the agreement scan. Rule
framework_for_text: "a framework for a trade deal" is one text, the deal: the framework noun is
taken from the scan too, and the verb before the frame ("announced a framework for a trade deal
with X") is the deal's own."""

from __future__ import annotations

from store.extract.state import State
from store.extract.triggers import positions

_PROVIDING = frozenset("provide provides provided providing offer offers offered offering give gives gave giving create creates created".split())
_NOUNS = frozenset({"framework", "basis"})


def block_provided_frames(state: State) -> None:
    """Block each framework noun a verb of providing takes, past "a" and two modifiers at most,
    and each one "for" an agreement ("a framework for a trade deal")."""
    low = state.doc.low
    for k in positions(state, _NOUNS):
        if _provided(low, k) or _for_text(state, k):
            state.blocked[k] = 1


def _for_text(state: State, k: int) -> bool:
    """Whether the framework noun at k is followed by "for a/an" and an agreement noun within
    three more words ("a framework for a reciprocal trade deal")."""
    d = state.doc
    if k + 3 >= d.n or d.low[k] != "framework" or d.low[k + 1] != "for" or d.low[k + 2] not in ("a", "an"):
        return False
    family = state.cues.family
    return any(d.low[x] in family and d.sent[x] == d.sent[k] for x in range(k + 3, min(d.n, k + 6)))


def past_frame(low: list[str], v: int) -> int:
    """The verb before "a framework for" when token ``v`` is that "for" ("announced a framework
    for a trade deal"), else ``v``."""
    if v < 3 or low[v] != "for" or low[v - 1] != "framework":
        return v
    for x in range(v - 2, max(0, v - 5), -1):
        if low[x] in ("a", "an", "the"):
            return x - 1
        if not low[x].isalpha():
            return v
    return v


def _provided(low: list[str], k: int) -> bool:
    """Whether "<providing verb> a/an" opens the noun phrase ending at k."""
    for x in range(k - 1, max(0, k - 4), -1):
        if low[x] in ("a", "an"):
            return low[x - 1] in _PROVIDING
        if not low[x].isalpha():
            return False
    return False
