"""A treaty name that lists its subjects with commas: "Treaty of Friendship, Good
Neighbourliness and Cooperation", "Convention on the Prohibition of the Development,
Production, Stockpiling and Use of Chemical Weapons". The name goes on past each comma a
capitalised run follows, when "and" one more ends the list; that last run may carry what the
list is "of" ("... and Use of Chemical Weapons"). (Rule: comma_listed_name.)"""

from __future__ import annotations

from store.extract.state import State

# How many runs a listed name may hold between its commas.
_MAX_RUNS = 6
# Words inside the last run's tail: "Use of the Nile Waters".
_TAIL_WORDS = frozenset({"of", "the"})


def comma_joined_end(state: State, j: int, heads: frozenset[str]) -> int:
    """Where a name ending at ``j`` ends when ", <Run>, <Run> and <Run>" follows it (each run
    three words at most, capitalised, naming no country, organisation, person or agreement;
    the last also with an "of" tail); ``j`` otherwise."""
    d = state.doc
    if j + 1 >= d.n or d.words[j] != ",":
        return j  # the common case: no comma after the name
    k = j
    for _ in range(_MAX_RUNS):
        run = d.chunk_at.get(k + 1)
        if run is None or not _free(state, run.i, run.j, heads) or run.j >= d.n:
            return j
        if d.low[run.j] == "and":
            break
        if d.words[run.j] != ",":
            return j
        k = run.j
    else:
        return j
    last = d.chunk_at.get(run.j + 1)
    if last is None:
        return j
    if _free(state, last.i, last.j, heads):
        return last.j
    return last.j if _free_tail(state, last.i, last.j, heads) else j


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


def _free_tail(state: State, i: int, j: int, heads: frozenset[str]) -> bool:
    """Whether tokens i:j are a short run and an "of" tail of capitalised words ("Use of
    Chemical Weapons", "Protection of the Nile Waters")."""
    d = state.doc
    try:
        at = d.low.index("of", i, j)
    except ValueError:
        return False
    if at == i or not _free(state, i, at, heads) or j - at > 6:
        return False
    return all(d.low[k] in _TAIL_WORDS or d.words[k][:1].isupper() and d.low[k] not in heads for k in range(at + 1, j))
