"""A named agreement the text gives no parties takes the body that owns or made it: its
possessor ("the African Union's Lisbon Debt Framework") or the agent of the making its
apposition tells ("the Lisbon Debt Framework, a relief scheme agreed by the African Union (AU)
in 2021"). Such a framework is that body's own text, so the body is its
party. (Rules: owner_possessive, owner_apposed_agent.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import APOSTROPHES

_DETERMINERS = frozenset({"a", "an", "the"})
# Participles of making a text whose agent names its maker.
_MADE_BY = frozenset({"agreed", "adopted", "launched", "established", "created", "set", "endorsed", "approved"})
_NOUN_REACH = 8  # tokens from the apposition's determiner to its making participle


def fill_owner_parties(state: State) -> None:
    """Give each partyless named agreement the body that owns or made it."""
    d = state.doc
    for acc in state.agreements:
        if acc.unnamed or acc.parties or not acc.mentions:
            continue
        for i, j in sorted(acc.mentions):
            found = _possessor(state, i) or _agent(state, j)
            if found is not None:
                acc.add_party(found[0], d.sent[i], found[1])
                break


def _party_at(state: State, k: int) -> str | None:
    """The country or organisation whose mention starts at token k."""
    c = state.party_start(k)
    return c.name if c is not None else None


def _possessor(state: State, i: int) -> tuple[str, str] | None:
    """ "the African Union's <name>": the body whose possessive stands right before the name."""
    d = state.doc
    if i < 3 or d.low[i - 1] != "s" or d.words[i - 2] not in APOSTROPHES:
        return None
    name = state.org_end.get(i - 2)
    return (name, "owner_possessive") if name else None


def _agent(state: State, j: int) -> tuple[str, str] | None:
    """ "<name>, a relief scheme agreed by the African Union": the maker after "by"."""
    d = state.doc
    low, n = d.low, d.n
    if j + 3 < n and low[j] == "(" and low[j + 2] == ")":
        j += 3  # past the name's acronym
    if not (j + 2 < n and low[j] == "," and low[j + 1] in _DETERMINERS):
        return None
    for v in range(j + 2, min(n - 2, j + 2 + _NOUN_REACH)):
        if d.sent[v] != d.sent[j] or low[v] in (",", ";", "which", "that"):
            return None
        if low[v] in _MADE_BY and low[v + 1] == "by":
            k = v + 2 + (low[v + 2] == "the")
            name = _party_at(state, k)
            return (name, "owner_apposed_agent") if name else None
    return None
