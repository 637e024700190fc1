"""Whether a place standing for an institution ("White House", "Kremlin") is named as an actor
where its sentence names it: it acts or speaks, or is the source or agent of what is told; a
mere place ("talks at the White House") is no actor."""

from __future__ import annotations

from store.extract.state import State


def place_org_acts(state: State, j: int) -> bool:
    """Whether a place standing for an institution ("White House") acts after token j: a verb,
    or staff or a statement through which it speaks; or it is the agent of a passive before it."""
    d = state.doc
    k = j - 1
    while k > 0 and d.is_cap(k) and j - k < 4:
        k -= 1
    k -= d.low[k] == "the"
    if k > 0 and d.low[k] == "by" and d.low[k - 1].endswith("ed"):
        return True  # rule place_org_agent: "a fact sheet issued by the White House"
    if k > 0 and d.low[k] == "to" and d.low[k - 1] == "according":
        return True  # rule place_org_source: "according to the Kremlin": it told the text
    if k > 0 and d.low[k] == "from" and d.low[k - 1] in _SAYINGS:
        return True  # rule place_org_source: "drew a rebuke from the White House": it spoke
    k = j
    if d.lower(k) in _STAFF:
        return True  # rule place_org_staff: "a White House official confirmed": it speaks through them
    if d.lower(k) in {"has", "had", "have", "also", "on", "spokesperson", "spokesman"}:
        k += 1
    return d.lower(k) in state.cues.acting_verbs


# Staff or statements through which an institution named by its seat acts.
_STAFF = frozenset({"official", "officials", "statement", "aide", "aides", "readout"})

# What a body says, sent "from" it ("a rebuke from the Kremlin", "a statement from the White House").
_SAYINGS = frozenset({"rebuke", "response", "reply", "statement", "warning", "criticism", "comment", "comments", "message", "readout", "announcement"})
