"""The sides that agree to act "under" an agreement: "the government and the rebels agreed on
Friday to form a unity government under a ceasefire deal" is a deal of those two sides, though
no verb stands right before it. (Rule: agreed_under.)"""

from __future__ import annotations

from store.extract.parties import latest_list
from store.extract.sides import subject_sides
from store.extract.state import State

# Verbs of the subject that, a few words before "under", say the sides made the agreement.
_AGREED = frozenset({"agreed", "signed", "reached", "accepted"})


def agreed_under(state: State, at: int) -> list[str] | None:
    """The two sides of the subject of an "agreed" verb up to twelve words before the "under"
    at ``at``; None when no such verb or no two sides."""
    d = state.doc
    low = d.low
    if at < 3 or low[at] != "under":
        return None
    first = d.sent_first[d.sent[at]]
    v = next((x for x in range(at - 1, max(first, at - 12) - 1, -1) if low[x] in _AGREED), None)
    if v is None:
        return None
    found = latest_list(state, d.sent[at], v) or subject_sides(state, v)
    return found if found and len(found) >= 2 else None
