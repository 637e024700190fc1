"""The country an office holder acts for, said in the clause of the name: "Foreign Minister A
did so for the Government of Rwanda", "A signed on behalf of Kenya", "B signed on Nigeria's
behalf", "the Assistant Minister, C, represented the Kingdom of Saudi Arabia". A name set
off by commas with its office ("D, Permanent Secretary of the Ministry, signed for Ghana")
acts in the clause after the apposition, also when it goes on "on behalf of the Ghanaian
government". (Rule: acts-for-country.)"""

from __future__ import annotations

from store.extract.office_runs import portfolio_listed
from store.extract.state import RoleAcc, State
from store.extract.tokens import APOSTROPHES

_FOR_WHOM = frozenset({"government", "people", "republic", "state", "kingdom"})
_CLAUSE_ENDS = frozenset({",", ";", ".", "and", "while", "but", "who", "which", "whereas"})
# Verbs of acting for a state that may follow an apposition closed by a comma.
_ACTING = frozenset({"signed", "signs", "represented", "represents", "representing", "initialled", "initialed", "acted", "spoke"})
_REPRESENTING = frozenset({"represented", "represents", "representing"})


def acts_for(state: State, role: RoleAcc) -> str | None:
    """The country the office holder acts for, later in the same clause; None otherwise."""
    d = state.doc
    low, n = d.low, d.n
    start = _past_apposition(state, role)
    for k in range(start, min(n, start + 12)):
        w = low[k]
        if w in _CLAUSE_ENDS or d.sent[k] != role.sentence:
            return None
        if w == "for" or (w == "of" and low[k - 1] == "behalf") or w in _REPRESENTING:
            found = _state_at(state, k + 1)
            if found is not None:
                return found
        elif w == "on" and (c := state.country_start.get(k + 1)) is not None:
            # "signed on Nigeria's behalf"
            if c.actor and c.form != "demonym" and d.word(c.j) in APOSTROPHES and d.lower(c.j + 1) == "s" and d.lower(c.j + 2) == "behalf":
                return c.name
    return None


def _state_at(state: State, x: int) -> str | None:
    """The country named at x: "Kenya", "the Government of Rwanda", "the Kingdom of Saudi Arabia"."""
    d = state.doc
    low, n = d.low, d.n
    x += x < n and low[x] == "the"
    if x + 1 < n and low[x] in _FOR_WHOM and low[x + 1] == "of" and x not in state.country_start:
        x += 2  # "for the Government of Rwanda"
    c = state.country_start.get(x)
    if c is not None and c.form == "demonym" and c.j < n and low[c.j] == "government":
        return c.name  # rule demonym_government: "on behalf of the Ghanaian government"
    return c.name if c is not None and c.actor and c.form != "demonym" else None


def _acting_at(state: State, x: int) -> bool:
    """Whether the clause at x goes on with an acting verb or "on behalf of"."""
    d = state.doc
    return d.lower(x) in _ACTING or (d.lower(x) == "on" and d.lower(x + 1) == "behalf")


def _past_apposition(state: State, role: RoleAcc) -> int:
    """Where the name's own clause goes on: right after the name, or after the comma closing
    the apposition that sets the name (with or without its office) off, when an acting verb
    follows it ("A, Permanent Secretary of the Ministry, signed ...", "the Minister, B, signed")."""
    d = state.doc
    j = role.name_j
    if d.word(j) != ",":
        return j
    if role.title_i < j:  # "the Minister of State, A, signed": the name is the apposition
        return j + 1 if _acting_at(state, j + 1) else j
    for x in range(j + 1, min(d.n, j + 16)):  # "A, <office>, signed": past the office
        if d.sent[x] != role.sentence or d.words[x] in (";", "."):
            return j
        if d.words[x] == "," and not portfolio_listed(state, x):  # (not "Ministry of Finance, Planning and ...")
            return x + 1 if _acting_at(state, x + 1) else j
    return j
