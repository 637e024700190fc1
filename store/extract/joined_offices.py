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
    if ti < 3 or low[ti - 1] != "and":
        return ti  # the common case: one word test
    if low[ti] != "minister" or d.lower(ti + 1) not in ("of", "for"):
        return _bare_pair_start(state, ti)
    s = _first_title_start(state, ti)
    return ti if s is None else s


def _first_title_start(state: State, ti: int) -> int | None:
    """The start of a capitalised office ending right before the "and" at ti - 1, with its
    prefixes ("First Deputy Prime Minister and ..."), within four capitalised words; else None."""
    d = state.doc
    for s in range(ti - 2, max(-1, ti - 6), -1):
        if d.sent[s] != d.sent[ti] or not d.is_cap(s):
            return None
        m = d.match_at.get(s)
        if m is not None and m.j == ti - 1 and m.first("title") is not None:
            while s >= 1 and d.low[s - 1] in _PREFIXES and d.is_cap(s - 1):
                s -= 1
            return s
    return None


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


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _bare_pair_start(state: State, ti: int) -> int:
    """Rule joined_bare_offices: "Deputy Prime Minister and Defence Minister A", "Crown Prince
    and Prime Minister B": two capitalised offices with no name between them and no article
    before the first are one holder's compound office, from the first title's start; after "the"
    the first may be someone told before ("the President and Prime Minister C")."""
    if not state.doc.is_cap(ti):
        return ti
    s = _first_title_start(state, ti)
    if s is None or (s >= 1 and state.doc.low[s - 1] in _DETERMINERS):
        return ti
    return s


def _next_office_end(state: State, end: int) -> int:
    """The end of the capitalised office right after "and" at token ``end`` (its title match
    within four capitalised words), else -1."""
    d = state.doc
    if end + 2 >= len(d) or d.low[end] != "and" or not d.is_cap(end + 1):
        return -1
    for x in range(end + 1, min(end + 5, len(d))):
        if not d.is_cap(x) or d.sent[x] != d.sent[end]:
            return -1
        m = d.match_at.get(x)
        if m is not None and m.first("title") is not None and m.j <= len(d):
            return m.j
    return -1


def joined_after_end(state: State, end: int) -> int:
    """Where an office after a name ends when "and <Title>" joins a second office to it and
    no name follows ("A, Crown Prince and Prime Minister, met B"): one holder's compound.
    ``end`` otherwise. (Rule: joined_bare_offices.)"""
    d = state.doc
    x = _next_office_end(state, end)
    if x < 0 or (x < len(d) and d.sent[x] == d.sent[end] and d.words[x][:1].isupper() and d.words[x][:1].isalpha()):
        return end
    return x


def joined_to_next_name(state: State, end: int) -> bool:
    """Whether "and <Title> <Name>" follows an office ending at token ``end``: the office
    opens the next person's compound ("A, Deputy Prime Minister and Foreign Minister B"), so it
    is no description of the name before the comma. (Rule: joined_bare_offices.)"""
    d = state.doc
    x = _next_office_end(state, end)
    return 0 <= x < len(d) and d.sent[x] == d.sent[end] and d.words[x][:1].isupper() and d.words[x][:1].isalpha()
