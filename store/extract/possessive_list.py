"""Leaders listed by their countries' possessives after one whose office is written ("with
Chile's President A, Peru's B and Bolivia's C", "hosted by Chilean President A, with Peru's B"):
a list joins like with like, so each hold the same office for their own country. (Rule:
possessive_list_office.)"""

from __future__ import annotations

from store.extract.state import RoleAcc, State
from store.extract.tokens import APOSTROPHES

# Words that may join two entries of the list.
_JOINERS = frozenset({",", "and", "with"})
# Qualifiers of an office its holder no longer has: the others' offices are not told by it.
_PAST = frozenset({"former", "late", "then", "ex"})
# Entries a list may run over, at most.
_MAX_ENTRIES = 8


def share_listed_offices(state: State) -> None:
    """Give each "<Country>'s <Name>" entry with no office the office of the first entry before
    it in the same list that has one, when that office is its own country's."""
    bare = [r for p in state.persons for r in p.roles if r.rule == "country-possessive-name" and not r.title]
    if not bare:
        return
    by_end = {(r.sentence, r.name_j): r for p in state.persons for r in p.roles}
    countries = state.gz.countries
    for role in bare:
        office = _listed_office(state, role, by_end)
        if office is None or office.title.split()[0].casefold() in _PAST:
            continue  # "former President A, Peru's B": B's own office is not told
        if office.affiliation in countries and office.affiliation != role.affiliation:
            role.title, role.rule = office.title, "possessive-list-office"


def _listed_office(state: State, role: RoleAcc, by_end: dict[tuple[int, int], RoleAcc]) -> RoleAcc | None:
    """The office of the nearest entry before ``role`` in its list that has one, else None."""
    d = state.doc
    k = role.title_i
    for _ in range(_MAX_ENTRIES):
        if k < 3 or d.words[k - 1] != "s" or d.words[k - 2] not in APOSTROPHES:
            return None
        c = state.country_end.get(k - 2)
        if c is None:
            return None
        x = c.i - 1
        while x > c.i - 4 and x >= 0 and d.low[x] in _JOINERS:
            x -= 1
        if x == c.i - 1 or not {",", "and"} & set(d.low[x + 1 : c.i]):
            return None  # no list joins the two
        prev = by_end.get((role.sentence, x + 1))
        if prev is None:
            return None
        if prev.title:
            return prev
        if prev.rule != "country-possessive-name":
            return None
        k = prev.title_i
    return None
