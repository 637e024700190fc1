"""One office in the plural shared by several holders, with as many countries named beside it
("the Australian and Fijian prime ministers, A and B", "Prime Ministers A and B of Australia
and Fiji"): the holders are the countries' in the order written (rule countries-in-order).
With a different number of countries, none is guessed: a lone "of Australia" after the last
name is the list's, not that holder's."""

from __future__ import annotations

from store.extract.state import RoleAcc, State

_PLURAL_RULES = frozenset({"plural-title", "plural-office-list"})


def pair_plural_offices(state: State) -> None:
    """Give each plural office's holders the countries named with it, in order."""
    groups: dict[int, list[RoleAcc]] = {}
    for p in state.persons:
        for role in p.roles:
            if role.rule in _PLURAL_RULES:
                groups.setdefault(role.title_i, []).append(role)
    for roles in groups.values():
        if len(roles) < 2:
            continue
        roles.sort(key=lambda r: r.name_j)
        countries = _countries_before(state, roles[0].title_i) or _countries_after(state, roles[-1].name_j)
        if not countries:  # "the prime ministers of Japan and India, A and B"
            low = state.doc.low
            noun = next((x for x in range(roles[0].title_i, min(state.doc.n, roles[0].title_i + 4)) if low[x] in _PLURALS), -1)
            countries = _countries_after(state, noun + 1) if noun >= 0 else []
        if len(countries) == len(roles):
            for role, country in zip(roles, countries, strict=True):
                role.affiliation, role.affiliation_rule = country, "countries-in-order"
        elif countries and sum(r.affiliation_rule == "country-after-name" for r in roles) == 1:
            last = roles[-1]  # "Presidents A and B of Austria": the list's country, not B's alone
            if last.affiliation_rule == "country-after-name":
                last.affiliation, last.affiliation_rule = None, ""


def _countries_before(state: State, ti: int) -> list[str]:
    """"The Australian and Fijian <office>": the countries of a list ending right before ti."""
    d = state.doc
    low = d.low
    k = ti
    while k > 0 and d.words[k - 1].islower() and low[k - 1] not in ("and", "the", ",") and ti - k < 3:
        k -= 1  # "Australian and Fijian foreign ministers": the office's own words
    found: list[str] = []
    while len(found) < 6:
        c = state.country_end.get(k)
        if c is None or c.form == "capital":
            break
        found.append(c.name)
        k = c.i
        if k >= 1 and low[k - 1] in ("and", ","):
            k -= 1
        else:
            break
    return found[::-1] if len(found) >= 2 else []


def _countries_after(state: State, j: int) -> list[str]:
    """"A and B of Australia and Fiji": the countries of a list starting with "of" at j."""
    d = state.doc
    if d.lower(j) != "of":
        return []
    k = j + 1
    found: list[str] = []
    while len(found) < 6:
        c = state.country_start.get(k)
        if c is None or c.form == "capital":
            break
        found.append(c.name)
        k = c.j
        if d.lower(k) in ("and", ","):
            k += 1
        else:
            break
    return found


_PLURALS = frozenset({"ministers", "leaders", "presidents", "envoys", "ambassadors", "premiers"})


def plural_of_countries(state: State, comma: int) -> int | None:
    """The plural office noun of "the prime ministers of Japan and India," ending at the comma
    at ``comma`` (the names follow it); None otherwise."""
    c = state.country_end.get(comma)
    if c is None:
        return None
    d = state.doc
    k, seen = c.i, 1
    while k >= 2 and d.low[k - 1] in ("and", ",") and seen < 6:
        c = state.country_end.get(k - 1)
        if c is None:
            return None
        k, seen = c.i, seen + 1
    if seen < 2 or k < 2 or d.low[k - 1] != "of" or d.low[k - 2] not in _PLURALS:
        return None
    return k - 2
