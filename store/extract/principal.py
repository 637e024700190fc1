"""The principal an aide serves is of the aide's country: "A, the government's chief
negotiator and top military aide to President B" makes B of A's country. (Rule:
principal-of-aide.)"""

from __future__ import annotations

from bisect import bisect_right

from store.extract.state import RoleAcc, State

_SERVING = frozenset({"aide", "adviser", "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson", "secretary", "envoy"})


def principal_country(state: State, role: RoleAcc) -> str | None:
    """The country of the person whose serving office ends in "to" right before this office."""
    low, i = state.doc.low, role.title_i
    if i < 2 or low[i - 1] != "to" or low[i - 2] not in _SERVING:
        return None  # the common case: two word tests
    ends, roles = _roles_by_end(state)
    for k in range(bisect_right(ends, i) - 1, max(-1, bisect_right(ends, i) - 9), -1):
        r = roles[k]
        if r.sentence != role.sentence or i - ends[k] > 40:
            return None
        if r is not role and r.affiliation in state.gz.countries:
            return r.affiliation  # the nearest holder named before the office
    return None


def _roles_by_end(state: State) -> tuple[list[int], list[RoleAcc]]:
    """Every role, by where its holder's name ends (worked out once per article)."""
    cached = state.cache.get("roles_by_end")
    if cached is None:
        found = sorted(((r.name_j, r) for p in state.persons for r in p.roles), key=lambda x: x[0])
        cached = state.cache["roles_by_end"] = ([e for e, _ in found], [r for _, r in found])
    return cached  # type: ignore[return-value]


_APOSTROPHES = frozenset({"'", "\u2019"})


def possessive_principal(state: State, role: RoleAcc) -> str | None:
    """Rule principal-possessive: "A, Trump's special envoy": the office serves the person
    named with "'s" right before it, of that person's country (when the article gives one)."""
    d, i = state.doc, role.title_i
    if i >= 1 and d.low[i - 1] in ("his", "her"):
        # rule principal_his_aide: "President A sent his chief adviser, B,": the one office holder named before it
        found = {r.affiliation for p in state.persons for r in p.roles if r is not role and r.sentence == role.sentence and r.title_i < i}
        return found.pop() if len(found) == 1 and next(iter(found)) in state.gz.countries else None
    if i < 3 or d.low[i - 1] != "s" or d.words[i - 2] not in _APOSTROPHES or not d.is_cap(i - 3):
        return None  # the common case: no possessive before the office
    word = d.words[i - 3]
    for p in state.persons:
        if p.surname == word and not any(r is role for r in p.roles):
            found = {r.affiliation for r in p.roles if r.affiliation in state.gz.countries}
            return found.pop() if len(found) == 1 else None
    return None


def served_principal(state: State, role: RoleAcc) -> str | None:
    """Rule aide-of-principal: "A, the national security adviser to Prime Minister B": a
    serving office written with "to" and the principal's office and name after it is of the
    principal's country (when the article gives one)."""
    d, low, i = state.doc, state.doc.low, role.title_i
    last = low[i + len(role.title.split()) - 1] if i + len(role.title.split()) <= d.n else ""
    if last not in _SERVING:
        return None  # the common case: the office serves no one
    for k in range(i + 1, min(i + 7, d.n - 1)):
        if low[k] == "to" and low[k - 1] in _SERVING and d.sent[k] == role.sentence:
            x = k + 1 + (low[k + 1] == "the")
            found = {r.affiliation for p in state.persons for r in p.roles if r is not role and r.title_i == x}
            return found.pop() if len(found) == 1 and None not in found and next(iter(found)) in state.gz.countries else None
    return None
