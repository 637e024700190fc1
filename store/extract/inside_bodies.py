"""An agreement's name inside a body's name ("the Parties to the Nauru Agreement") is the
body, not a mention of the agreement: the members signing "a new arrangement" did not sign
the old text their grouping is named after."""

from __future__ import annotations

from store.extract.state import State


def drop_named_in_bodies(state: State) -> None:
    """Remove each named agreement mention lying inside a longer organisation name, and the
    record when none is left. (Rule: name_inside_body.)"""
    named = [a for a in state.agreements if not a.unnamed and a.mentions]
    if not named or not state.orgs:
        return
    bodies = [(s.start, s.end) for o in state.orgs.values() for s in o.spans]
    if not bodies:
        return
    d = state.doc
    # the characters some body's name covers: a mention whose first one is not in any is in
    # none (one look-up, not a pass over the bodies)
    covered = bytearray(len(d.text) + 1)
    for s, e in bodies:
        covered[s:e] = b"\x01" * (e - s)
    for acc in named:
        keep = []
        for i, j in acc.mentions:
            a, b = d.starts[i], d.ends[j - 1]
            if covered[a] and any(s <= a and b <= e and e - s > b - a for s, e in bodies):
                continue
            keep.append((i, j))
        if len(keep) == len(acc.mentions):
            continue
        gone = {(d.starts[i], d.ends[j - 1]) for i, j in acc.mentions if (i, j) not in keep}
        acc.mentions = keep
        acc.spans = [s for s in acc.spans if (s.start, s.end) not in gone]
        acc.first = min((i for i, _ in keep), default=10**9)
        if not keep:
            state.agreements.remove(acc)
            for key in [k for k, v in state.named_index.items() if acc in v]:
                state.named_index[key] = [x for x in state.named_index[key] if x is not acc]
