"""The sides that agree to act "under" an agreement: "the government and the rebels agreed on
Friday to form a unity government under a ceasefire deal" is a deal of those two sides, though
no verb stands right before it. (Rule: agreed_under.) So is one a side lets another act under:
"Somaliland agreed to let the UAE build a base under a 25-year agreement", "Djibouti allowed
China to build a naval base under a ten-year lease" is the text of the one who lets and the one
let. (Rule: allowed_under.)"""

from __future__ import annotations

from store.extract.parties import latest_list
from store.extract.sides import subject_sides
from store.extract.state import State

# Verbs of the subject that, a few words before "under", say the sides made the agreement.
_AGREED = frozenset({"agreed", "signed", "reached", "accepted"})
# Verbs of letting the side after them act.
_LET = frozenset("let lets letting allow allows allowed allowing permit permits permitted permitting".split())
# Words between the side that lets and its verb ("has also agreed to let", "will").
_AUX = frozenset("has have had also already agreed agree agrees to will would could finally then".split())


def agreed_under(state: State, at: int) -> list[str] | None:
    """The two sides of the subject of an "agreed" verb up to twelve words before the "under"
    at ``at``; None when no such verb or no two sides."""
    d = state.doc
    low = d.low
    if at < 3 or low[at] != "under":
        return None
    first = d.sent_first[d.sent[at]]
    let = next((x for x in range(at - 1, max(first, at - 14) - 1, -1) if low[x] in _LET), None)
    if let is not None and (allowed := _allowed(state, let)) is not None:
        return allowed
    v = next((x for x in range(at - 1, max(first, at - 12) - 1, -1) if low[x] in _AGREED), None)
    if v is None:
        return None
    found = latest_list(state, d.sent[at], v) or subject_sides(state, v)
    return found if found and len(found) >= 2 else None


def _allowed(state: State, let: int) -> list[str] | None:
    """The side right before a verb of letting (past "has agreed to"; past a clause set off by
    commas, the sentence's opening side) and the side right after it ("X agreed to let the UAE
    build"), or None."""
    d = state.doc
    grantee = state.party_start(let + 1 + (d.lower(let + 1) == "the"))
    x = let
    while x > 0 and d.low[x - 1] in _AUX:
        x -= 1
    c = state.country_end.get(x)
    granter = c.name if c is not None and c.actor else state.org_end.get(x)
    if granter is None and x > 0 and d.low[x - 1] == ",":  # "X, which declared ..., has agreed to let"
        first = d.sent_first[d.sent[let]]
        opening = state.party_start(first + (d.low[first] == "the"))
        granter = opening.name if opening is not None else None
    if grantee is None or granter is None or granter == grantee or d.lower(grantee.j) != "to" and d.low[let] not in ("let", "lets", "letting"):
        return None  # "allowed China to build", "let the UAE build": the one let acts next
    return [granter, grantee.name]
