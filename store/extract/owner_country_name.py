"""A full name right after a country's possessive ("Brazil's Luiz Inacio Lula da Silva",
"Argentina's Javier Milei"): news writes a state's leader so when no office is given, so the
name is a person tied to that country, with no role. (Rule: country_possessive_name.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import APOSTROPHES

# Country mentions that name the state itself, not a people ("Brazilian"), before "'s".
_FORMS = frozenset({"name", "alias", "abbreviation"})
# Endings of abstract nouns a headline capitalises ("Nigeria's Economic Stabilization"), not of names.
_NOUN_ENDS = ("tion", "sion", "ment", "ism", "ness")


def possessive_country(state: State, i: int, j: int) -> str | None:
    """The country whose possessive stands right before the name [i, j), else None; not when
    the name goes on into a body's words or a place ("Japan's Mitsubishi Heavy Industries")."""
    d = state.doc
    if i < 3 or d.words[i - 1] != "s" or d.words[i - 2] not in APOSTROPHES or d.gap(i - 2) != "":
        return None
    c = state.country_end.get(i - 2)
    if c is None or c.form not in _FORMS or d.sent[c.i] != d.sent[i] or d.heading[d.sent[i]]:
        return None  # a headline capitalises every word: "Kenya's Ruto Hails Pact" is no name
    if any((w := x.casefold()) in state.cues.geo_heads or w in state.cues.not_name or w.endswith(_NOUN_ENDS) for x in d.words[i:j]):
        return None
    if j < len(d) and d.sent[j] == d.sent[i] and (d.words[j] in APOSTROPHES or d.words[j] == "("):
        return None  # "Japan's Seven Bank's chief", "India's Tata Sons (TS)": the name owns or defines
    return c.name
