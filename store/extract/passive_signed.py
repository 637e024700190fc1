"""A text said signed in the passive with no side in its sentence: "Peru, Chile and Bolivia
have agreed on fishing quotas. A protocol was signed in Lima on Monday." The protocol is the
one the sides just said they agreed or signed: theirs. (Rule: passive_signed.)"""

from __future__ import annotations

from store.extract.agreed_under import agreed_under
from store.extract.parties import latest_list
from store.extract.passive_with import partner_sides
from store.extract.sides import subject_sides
from store.extract.state import State

# Verbs of the sentence before that say its subject made the agreement the passive then tells.
_AGREED = frozenset({"agreed", "signed", "reached", "concluded", "inked"})
# Sentences looked back over for that verb (a dateline's time may stand between).
_BACK = 2


def passive_signed(state: State, k: int) -> list[str] | None:
    """The sides (two or more) of the subject of "agreed"/"signed" in one of the two sentences
    before the one whose noun at ``k`` opens it as "A/An <noun> was/were signed"; else None."""
    d = state.doc
    low, n = d.low, d.n
    if k + 2 >= n or low[k + 2] != "signed" or low[k + 1] not in ("was", "were"):
        return None  # the common case: no passive signing right after the noun
    here = d.sent[k]
    if here == 0 or d.sent_first[here] < k - 2:
        return None  # the phrase must open its sentence: "A protocol was signed", "A new accord was"
    for s in range(here - 1, max(-1, here - 1 - _BACK), -1):
        first = d.sent_first[s]
        if first < 0:
            continue  # an empty sentence
        v = next((x for x in range(first, d.sent_first[here]) if low[x] in _AGREED), None)
        if v is None:
            continue
        found = latest_list(state, s, v) or subject_sides(state, v)
        return found if found and len(found) >= 2 else None
    return None


def sides_agreed(state: State, j: int, k: int) -> tuple[list[str], str] | None:
    """The sides and rule of an indefinite agreement (noun at ``k``, the word before its phrase
    at ``j``) whose sentence names none, from the verb of agreeing that made it: "X and Y
    agreed ... under a ceasefire deal" (agreed_under) or "X and Y agreed. A pact was signed";
    else from the partner it was made with (``passive_with``)."""
    if j >= 1 and state.doc.low[j - 1] == "under":
        sides = agreed_under(state, j - 1)
        return (sides, "agreed_under") if sides else partner_sides(state, j, k)
    sides = passive_signed(state, k)
    return (sides, "passive_signed") if sides else partner_sides(state, j, k)
