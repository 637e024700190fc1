"""The host a visitor goes to meet is of the place visited: "He flies on to Bogota to meet
President A" (A is of the capital's country), "the visiting delegation called on the Minister
of Defence, B, ... in Abuja" (B is of the country whose capital the sentence names as where it
happened). (Rule: host-met-on-visit.)"""

from __future__ import annotations

from store.extract.home import a_capital
from store.extract.state import RoleAcc, State

_MEET = frozenset({"meet", "see", "visit"})


def host_met(state: State, role: RoleAcc) -> str | None:
    """The country of the place a visitor goes to, or calls on the office holder in."""
    d = state.doc
    low, i = d.low, role.title_i
    k = i - 1 - (i >= 1 and low[i - 1] == "the")
    k -= k >= 1 and low[k] == "with"  # "to meet with President A"
    if k >= 3 and low[k] in _MEET and low[k - 1] == "to":
        # "fly to Bogota to meet President A": the place after "to" a few words before
        first = d.sent_first[d.sent[i]]
        for x in range(k - 2, max(first, k - 8), -1):
            if low[x] == "to":
                c = state.country_start.get(x + 1)
                return c.name if c is not None and c.form != "demonym" else None
        return None
    if k >= 1 and low[k] == "on" and low[k - 1] in ("called", "calls", "call"):
        # "called on the Minister of Defence, B, in his office" with "in Abuja" in the sentence
        here = [c for c in state.countries if c.sentence == role.sentence and c.i >= 1 and low[c.i - 1] == "in" and a_capital(state, c.surface)]
        return here[0].name if len(here) == 1 else None
    return None
