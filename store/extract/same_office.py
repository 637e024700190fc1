"""An office the article first names by its country alone, then with its holder: "France's
defence minister said Thursday. ... Defence Minister A wrote". The first holder of the bare
office named in that sentence or the next two is that country's, when those sentences give
the office one country only and name no other holder of it first. Only those few sentences
are read, for the office's head word. (Rule: office-named-with-country.)"""

from __future__ import annotations

from bisect import bisect_left

from store.extract.office_forms import office_key
from store.extract.offices import OFFICE_WORDS
from store.extract.state import RoleAcc, State
from store.extract.tokens import APOSTROPHES

# Head words of an office a government member holds.
_HEADS = frozenset({"minister", "secretary", "president", "premier", "chancellor"})
# Words before a country that make the office another holder's ("the former French president").
_NOT_NOW = frozenset({"former", "late", "ex", "then", "previous", "future", "next", "new"})


def country_of_office(state: State, role: RoleAcc) -> str | None:
    """The one country a bare office was named with shortly before its holder, else None."""
    key = office_key(role.title)
    head = key.rsplit(" ", 1)[-1]
    if head not in _HEADS:
        return None  # not a government member's office
    d = state.doc
    low = d.low
    first = max(0, d.sent_first[max(0, role.sentence - 2)], role.title_i - _REACH)
    found = {
        country
        for x in range(first, role.title_i)
        if low[x] == head and (country := _unnamed_country(state, x, key)) is not None
    }
    if len(found) != 1:
        return None
    starts, keys = _offices_by_start(state)
    for k in range(bisect_left(starts, first), bisect_left(starts, role.title_i)):
        if keys[k] == key:
            return None  # another holder named between: the mention may be theirs
    return found.pop()


# How far back (in tokens) the office named by its country alone is looked for.
_REACH = 120


def _offices_by_start(state: State) -> tuple[list[int], list[str]]:
    """Every role's office start and key, in text order (worked out once per article)."""
    cached = state.cache.get("offices_by_start")
    if cached is None:
        pairs = sorted((r.title_i, office_key(r.title)) for p in state.persons for r in p.roles)
        cached = state.cache["offices_by_start"] = ([i for i, _ in pairs], [k for _, k in pairs])
    return cached  # type: ignore[return-value]


def _unnamed_country(state: State, x: int, key: str) -> str | None:
    """The country named right before the office whose head word is at x ("France's defence
    minister said", "the Kenyan foreign minister, in Paris,"), when the office is the one of
    ``key`` and no name follows it."""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    after = x + 1
    if after < n and d.sent[after] == d.sent[x] and words[after][:1].isupper() and words[after][:1].isalpha():
        return None  # "France's defence minister Florence Parly": the holder is named here
    k = x
    while k > 0 and x - k < 4 and low[k - 1] in OFFICE_WORDS:
        k -= 1
    end = k - 2 if k >= 2 and low[k - 1] == "s" and words[k - 2] in APOSTROPHES else k
    c = state.country_end.get(end)
    if c is None or c.form == "capital" or (c.i > 0 and low[c.i - 1] in _NOT_NOW) or d.sent[c.i] != d.sent[x]:
        return None
    return c.name if office_key(d.span_text(k, x + 1)) == key else None
