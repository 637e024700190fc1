"""Rule past_known_as: an aside giving a name's other form (", known as GIGO,", ", also known
as the LWT,") says nothing of the agreement: the verb after it is the name's own ("The X
Treaty, known as the LWT, was signed in Lima"). So is the quotation mark closing a quoted
title opening with a capital ('the "Agreement between ... on X" was signed')."""

from __future__ import annotations

from store.extract.tokens import Doc

_CLOSING = frozenset("\"\u201d")
# The longest aside read: "also known as the" and a name of up to six tokens.
_MAX = 11


def past_known_as(d: Doc, i: int, j: int) -> int:
    """The token after the comma closing ", (also) known as <name>," after a mention at i:j
    (or after the quotation mark closing a capitalised title); ``j`` when no such aside follows."""
    low, n = d.low, d.n
    if j < n and low[j] in _CLOSING and d.starts[j] == d.ends[j - 1] and d.words[i][:1].isupper():
        return j + 1  # '"... on Visa Exemption" was signed'
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
