"""An institution signs for the body it is part of: an agreement the European Commission signs
binds the European Union, so a party named as an institution of ``parent_bodies`` in
``cues.json`` is its parent body. (Rule: institution_party.)"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.state import State


def lift_institution_parties(state: State) -> None:
    """Replace each agreement party that is an institution of a larger body by that body
    (once, keeping the order of the parties), and in the name an unnamed one is called by."""
    parents = state.cues.parents
    if not parents or not state.agreements:
        return
    for acc in state.agreements:
        if not any(name in parents for name, _ in acc.parties):
            continue  # the common case: no institution among the parties
        before = unnamed_name(state, [p for p, _ in acc.parties], acc.core) if acc.unnamed and acc.core else None
        lifted: list[tuple[str, int]] = []
        for name, sentence in acc.parties:
            body = parents.get(name, name)
            if body != name:
                acc.party_rules[body] = "institution_party"
                acc.party_rules.pop(name, None)
            if all(body != p for p, _ in lifted):
                lifted.append((body, sentence))
        acc.parties[:] = lifted
        if before is not None and acc.name == before:
            acc.name = unnamed_name(state, [p for p, _ in lifted], acc.core)  # "EU-Azerbaijan memorandum"
