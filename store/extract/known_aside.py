"""Rule past_known_as: an aside giving a name's other form (", known as GIGO,", ", also known
as the LWT,") says nothing of the agreement: the verb after it is the name's own ("The X
Treaty, known as the LWT, was signed in Lima")."""

from __future__ import annotations

from store.extract.tokens import Doc

# The longest aside read: "also known as the" and a name of up to six tokens.
_MAX = 11


def past_known_as(d: Doc, j: int) -> int:
    """The token after the comma closing ", (also) known as <name>," after a mention ending at
    j; ``j`` when no such aside follows."""
    low, n = d.low, d.n
    if j + 3 >= n or low[j] != ",":
        return j  # the common case: no comma after the mention
    k = j + 1 + (low[j + 1] == "also")
    if low[k : k + 2] != ["known", "as"]:
        return j
    for x in range(k + 2, min(n, j + _MAX)):
        if d.sent[x] != d.sent[j]:
            return j
        if low[x] == ",":
            return x + 1
    return j
