"""A treaty name that lists its subjects with a comma: "Treaty of Friendship, Good
Neighbourliness and Cooperation", "Agreement on Trade, Development and Cooperation". The name
goes on past the comma when a capitalised run follows it and "and" one more ends the list.
(Rule: comma_listed_name.)"""

from __future__ import annotations

from store.extract.state import State


def comma_joined_end(state: State, j: int, heads: frozenset[str]) -> int:
    """Where a name ending at ``j`` ends when ", <Run> and <Run>" follows it (each run three
    words at most, capitalised, naming no country, organisation, person or agreement); ``j``
    otherwise."""
    d = state.doc
    if j + 1 >= d.n or d.words[j] != ",":
        return j  # the common case: no comma after the name
    first = d.chunk_at.get(j + 1)
    if first is None or not _free(state, first.i, first.j, heads) or first.j >= d.n or d.low[first.j] != "and":
        return j
    last = d.chunk_at.get(first.j + 1)
    if last is None or not _free(state, last.i, last.j, heads):
        return j
    return last.j


def _free(state: State, i: int, j: int, heads: frozenset[str]) -> bool:
    """Whether tokens i:j are a short capitalised run of the name's own words, in its sentence
    (an agreement noun only as a run's one word)."""
    d = state.doc
    if j - i > 3 or d.sent[i] != d.sent[i - 1]:
        return False
    for k in range(i, j):
        if not d.words[k][:1].isupper() or d.low[k] in heads and j - i > 1:
            return False  # a lone "Partnership" is a subject; "Kyoto Protocol" another name
        if state.country_start.get(k) or state.org_start.get(k) or state.blocked[k] or state.person_tok[k]:
            return False
    return True
