"""An agreement reached "in principle" ("an in-principle agreement", "an agreement in
principle") is settled in outline with its terms still to be signed: announced, whatever verb
reports it or none, unless a sentence of it says it was signed. (Rule: in_principle.)"""

from __future__ import annotations

from store.extract.state import AgreementAcc
from store.extract.tokens import Doc

_SIGNED = frozenset({"signed", "inked", "sealed"})


def in_principle(d: Doc, acc: AgreementAcc) -> int | None:
    """The sentence of the first mention of ``acc`` called an agreement in principle, the words
    inside its phrase ("in-principle deal") or right after its noun ("deal in principle"); else
    None (also when a sentence of a mention says "signed": the outline has become a text)."""
    low, n, sent = d.low, d.n, d.sent
    found = next((sent[i] for i, j in acc.mentions if _principled(low, n, i, j)), None)
    if found is None:
        return None  # the common case
    said = {sent[i] for i, _ in acc.mentions}
    x = 0
    while x < n:
        if sent[x] in said and low[x] in _SIGNED:
            return None
        x += 1
    return found


def _principled(low: list[str], n: int, i: int, j: int) -> bool:
    """Whether the mention from i to j is "in principle": before its noun or right after it."""
    if j + 1 < n and low[j] == "in" and low[j + 1] == "principle":
        return True
    return any(
        low[x] == "principle" and (low[x - 1] == "in" or low[x - 1] == "-" and low[x - 2] == "in")
        for x in range(max(2, i - 1), j)
    )
