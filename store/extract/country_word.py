"""An office of "the country's" or "the nation's" ("The country's finance minister A said")
belongs to the country the text has just named: the one country named as an actor in the
nearest sentence before (or in the same sentence before the office) that names any. Two
countries there leave it open. (Rule: the-country-named-before.)"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from store.extract.state import RoleAcc, State
from store.extract.tokens import APOSTROPHES

_NOUNS = frozenset({"country", "nation"})


def country_named_before(state: State, role: RoleAcc) -> str | None:
    """The country "the country's <office>" refers back to, else None."""
    d = state.doc
    low, i = d.low, role.title_i
    if i < 4 or low[i - 1] != "s" or d.words[i - 2] not in APOSTROPHES or low[i - 3] not in _NOUNS or low[i - 4] != "the":
        return None  # the common case: four word tests
    countries = state.countries  # in text order (the gazetteer's matches are)
    k = bisect_left(countries, i - 4, key=_START)
    here = role.sentence
    for sentence in (here, here - 1, here - 2):
        named = {c.name for c in countries[max(0, k - 12) : k] if c.sentence == sentence and c.actor and c.form != "capital"}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


_START = attrgetter("i")
