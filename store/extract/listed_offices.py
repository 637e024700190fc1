"""A list of names under one plural office, each with its country ("foreign ministers A of Peru,
B of Chile and C of Bolivia"): the list goes on past a comma, as it does past "and", while each
entry closes with "of <Country>". (Rule: listed_of_country.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import Chunk

# Country mentions that name the state itself ("of Peru", "of the U.S."), not a people.
_FORMS = frozenset({"name", "alias", "abbreviation"})


def listed_of_country(state: State, chunk: Chunk) -> bool:
    """Whether ``chunk`` ends with "of <Country>" right before a comma that a further name
    follows ("A of Peru, B of Chile"): an entry of a list of office holders by country."""
    d = state.doc
    c = state.country_end.get(chunk.j)
    if c is None or c.form not in _FORMS or c.i <= chunk.i + 2 or d.low[c.i - 1] != "of":
        return False
    k = chunk.j + 1 + (d.lower(chunk.j + 1) == "and")
    return k < d.n and d.sent[k] == chunk.sentence and k in d.chunk_at
