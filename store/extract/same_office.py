"""An office the article first names by its country alone, then with its holder: "France's
defence minister said Thursday. ... Defence Minister A wrote". The first holder of the bare
office named in that sentence or the next two is that country's, when those sentences give
the office one country only and name no other holder of it first. (Rule: office-named-with-country.)"""

from __future__ import annotations

from store.extract.office_forms import office_key
from store.extract.offices import OFFICE_WORDS
from store.extract.state import RoleAcc, State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import positions

# Head words of an office a government member holds.
_HEADS = frozenset({"minister", "secretary", "president", "premier", "chancellor"})
# Words before a country that make the office another holder's ("the former French president").
_NOT_NOW = frozenset({"former", "late", "ex", "then", "previous", "future", "next", "new"})


def country_of_office(state: State, role: RoleAcc) -> str | None:
    """The one country a bare office was named with shortly before its holder, else None."""
    offices = _unnamed_offices(state)
    if not offices:
        return None
    key = office_key(role.title)
    near = [(sent, country) for sent, country in offices.get(key, ()) if role.sentence - 2 <= sent <= role.sentence]
    if not near or len({country for _, country in near}) != 1:
        return None
    since = min(sent for sent, _ in near)
    for p in state.persons:  # another holder named between: the mention may be theirs
        for r in p.roles:
            if r is not role and since <= r.sentence and r.title_i < role.title_i and office_key(r.title) == key:
                return None
    return near[0][1]


def _unnamed_offices(state: State) -> dict[str, list[tuple[int, str]]]:
    """Office key -> (sentence, country) where a country is named right before it and no name
    follows: "France's defence minister said", "the Kenyan foreign minister, in Paris," (worked
    out once per article, from the few places an office's head word stands)."""
    cached = state.cache.get("unnamed_offices")
    if cached is not None:
        return cached  # type: ignore[return-value]
    d = state.doc
    low, words, n = d.low, d.words, d.n
    found: dict[str, list[tuple[int, str]]] = {}
    for x in positions(state, _HEADS):
        after = x + 1
        if after < n and d.sent[after] == d.sent[x] and words[after][:1].isupper() and words[after][:1].isalpha():
            continue  # "France's defence minister Florence Parly": the holder is named here
        k = x
        while k > 0 and x - k < 4 and low[k - 1] in OFFICE_WORDS:
            k -= 1
        end = k - 2 if k >= 2 and low[k - 1] == "s" and words[k - 2] in APOSTROPHES else k
        c = state.country_end.get(end)
        if c is None or c.form == "capital" or (c.i > 0 and low[c.i - 1] in _NOT_NOW) or d.sent[c.i] != d.sent[x]:
            continue
        found.setdefault(office_key(d.span_text(k, x + 1)), []).append((c.sentence, c.name))
    state.cache["unnamed_offices"] = found
    return found
