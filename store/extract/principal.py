"""The principal an aide serves is of the aide's country: "A, the government's chief
negotiator and top military aide to President B" makes B of A's country. (Rule:
principal-of-aide.)"""

from __future__ import annotations

from store.extract.state import RoleAcc, State

_SERVING = frozenset({"aide", "adviser", "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson", "secretary", "envoy"})


def principal_country(state: State, role: RoleAcc) -> str | None:
    """The country of the person whose serving office ends in "to" right before this office."""
    low, i = state.doc.low, role.title_i
    if i < 2 or low[i - 1] != "to" or low[i - 2] not in _SERVING:
        return None  # the common case: two word tests
    best, at = None, -1
    for p in state.persons:
        for r in p.roles:
            if r is not role and r.sentence == role.sentence and r.affiliation in state.gz.countries and at < r.name_j <= i:
                best, at = r.affiliation, r.name_j  # the nearest holder named before the office
    return best
