"""Rule accession_tail: a name about a state's joining runs on through the body or state it
joins ("Declaration on the Admission of Palau into ASEAN", "Protocol on the Accession of Nauru
to the Pacific Islands Forum"): the capitalised run stops at "into"/"to", the name does not."""

from __future__ import annotations

from store.extract.state import State

_JOINING = frozenset({"admission", "accession", "membership", "entry"})
# The longest body or state name read after "into"/"to".
_MAX = 6


def accession_end(state: State, i: int, j: int) -> int:
    """Where a name at tokens i:j ends when it tells a joining and "into"/"to" (and "the")
    with a capitalised run of the same sentence follow; ``j`` otherwise."""
    d = state.doc
    if j + 1 >= d.n or d.low[j] not in ("into", "to") or _JOINING.isdisjoint(d.low[i:j]):
        return j  # the common case: one look at the word after the name
    k = j + 1 + (d.low[j + 1] == "the")
    nxt = d.chunk_at.get(k)
    if nxt is None or nxt.j - nxt.i > _MAX or d.sent[nxt.i] != d.sent[j - 1]:
        return j
    return nxt.j
