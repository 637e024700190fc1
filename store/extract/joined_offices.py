"""Two offices one person holds, joined by "and" before the name: "Prime Minister and Minister
of Foreign Affairs A", "Deputy Prime Minister and Minister for Finance B". The office is
one compound role, from the first title's start. Only when the second office is a minister's
portfolio ("Minister of/for ..."): "the President and Prime Minister A" may be two people.
(Rule: joined_offices.)"""

from __future__ import annotations

from store.extract.state import State

_PREFIXES = frozenset({"deputy", "vice", "acting", "interim", "first", "senior"})


def joined_office_start(state: State, ti: int) -> int:
    """Where the compound office starts when the office at ti is the second of "<Title> and
    Minister of/for ..."; ti otherwise."""
    d = state.doc
    low = d.low
    if ti >= 2 and low[ti - 1] == "and" and low[ti - 2] in _FIRM_OFFICES and d.words[ti - 2].islower():
        return firm_joined_start(state, ti - 2)
    if ti < 3 or low[ti - 1] != "and" or low[ti] != "minister" or d.lower(ti + 1) not in ("of", "for"):
        return ti  # the common case: one set lookup and two word tests
    for s in range(ti - 2, max(-1, ti - 6), -1):
        if d.sent[s] != d.sent[ti] or not d.is_cap(s):
            return ti
        m = d.match_at.get(s)
        if m is not None and m.j == ti - 1 and m.first("title") is not None:
            while s >= 1 and low[s - 1] in _PREFIXES and d.is_cap(s - 1):
                s -= 1  # "Deputy Prime Minister and ..."
            return s
    return ti


# Lower-case offices of a firm's head written before "and <Title>" ("president and CEO").
_FIRM_OFFICES = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "founder", "co-founder"})


def firm_joined_start(state: State, s: int) -> int:
    """Rule firm_joined_office: "Saab president and CEO A": one holder of both offices; the
    compound starts at the lower-case office, or at the firm whose name ends right before it."""
    org_name = state.org_end.get(s)
    if org_name is not None:
        for x in range(max(0, s - 8), s):
            org = state.org_start.get(x)
            if org is not None and org.j == s:
                return x
    return s
