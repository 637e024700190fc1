"""Rule company_prefix: a capitalised run opened by a legal form written before a firm's name
(`company_prefixes` in `cues.json`: "PJSC Gazprom Neft", "NPO Mashinostroyeniya", "PT Pindad")
is a company, the form part of its name; not a run holding a name found already."""

from __future__ import annotations

from store.extract.organizations import _add as add_org
from store.extract.state import State
from store.extract.triggers import vocabulary


def find_prefixed_companies(state: State) -> None:
    """Add the companies a legal-form prefix opens (see the module docstring)."""
    prefixes = state.cues.company_prefixes
    folded = state.cues.derived.get("company_prefixes_folded")
    if folded is None:
        folded = state.cues.derived["company_prefixes_folded"] = frozenset(p.casefold() for p in prefixes)
    if folded.isdisjoint(vocabulary(state)):
        return  # the common case: no such form in the text
    d = state.doc
    for c in d.runs:
        if d.words[c.i] not in prefixes or c.j - c.i > 5 or d.heading[c.sentence] or not state.free(c.i, c.j):
            continue
        if any(x in d.match_at or x in state.country_start for x in range(c.i + 1, c.j)):
            continue  # "PT Pindad" yes; "AO Kenya": a country, no firm
        add_org(state, c.text, c.i, c.j, "company-prefix")
