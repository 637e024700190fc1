"""A country named before an agreement's verb only as where its makers met ("announced in
Montevideo that they had concluded", "signed in the Uruguayan capital", a dateline's city) is
the venue, not a side: the subject of the verb is who met there. One also named otherwise before the verb (as
a subject, "Uruguay and Chile met in Montevideo") stays a side. (Rule: venue_not_side.)"""

from __future__ import annotations

from store.extract.state import State

# Prepositions that make the place after them where something happened.
_AT = frozenset({"in", "at"})


def venue_only(state: State, sentence: int, name: str, verb: int) -> bool:
    """Whether every mention of the country ``name`` in the sentence before token ``verb`` is a
    place something happened in ("in Montevideo", "in the Uruguayan capital")."""
    low = state.doc.low
    seen = False
    for c in state.countries:
        if c.sentence != sentence or c.name != name or not c.actor or c.j > verb:
            continue
        seen = True
        k = c.i - 1
        if k >= 0 and low[k] == "the" and c.form == "demonym" and c.j < state.doc.n and low[c.j] == "capital":
            k -= 1  # "in the Uruguayan capital"
        if c.i == state.doc.sent_first[sentence] and c.form == "capital" and low[c.j : c.j + 1] == [","] and low[c.j + 1 : c.j + 2] and low[c.j + 1][:1].isdigit():
            continue  # a dateline's city: "Montevideo, 6 Dec (Agency) - The EU and ..."
        if k < 0 or low[k] not in _AT:
            return False
    return seen
