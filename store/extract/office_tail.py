"""An office written after a name that goes on with the office it serves and what it is in
charge of ("the Minister Delegate to the Head of Government in charge of the National Defense
Administration", "the Cabinet Office minister in charge of EU relations"): the whole is the
office. (Rule: office_in_charge_of.)"""

from __future__ import annotations

from store.extract.state import State

# Words an "in charge of" phrase runs over at most, and an office it serves.
MAX_CHARGE_WORDS = 8
MAX_SERVED_WORDS = 4


def charge_end(state: State, end: int) -> int:
    """Where an office ending at token ``end`` ends once "to the <Office>" and "in charge of
    <portfolio>" after it are taken in; ``end`` when neither follows."""
    d = state.doc
    k = end
    if d.lower(k) == "to" and d.lower(k + 1) == "the" and d.is_cap(k + 2) and d.lower(k + 2 + _cap_run(state, k + 2)) == "in":
        k = k + 2 + _cap_run(state, k + 2)  # "to the Head of Government": the office it serves, then its charge
    if not (d.lower(k) == "in" and d.lower(k + 1) == "charge" and d.lower(k + 2) == "of"):
        return end
    x = k + 3
    stop = min(d.n, x + MAX_CHARGE_WORDS)
    while x < stop and d.sent[x] == d.sent[end] and d.words[x][:1].isalnum():
        x += 1
    return x if x > k + 3 else end


def _cap_run(state: State, k: int) -> int:
    """The length of the office run at token k: capitalised words and "of" between them."""
    d = state.doc
    n = 0
    while n < MAX_SERVED_WORDS and k + n < d.n and (d.is_cap(k + n) or d.low[k + n] == "of" and d.is_cap(k + n + 1)):
        n += 1
    return n


# Lower-case nouns closing the remit an envoy's "for" gives ("for Asian affairs", "for Gulf issues").
_REMIT_NOUNS = frozenset({"affairs", "issues", "relations", "region", "crisis", "question", "negotiations"})


def remit_end(state: State, end: int) -> int:
    """Rule envoy_remit: where a lower-case office ending at token ``end`` ends once its remit
    after "for" is taken in ("special envoy for Asian affairs", "envoy for the Horn of Africa");
    ``end`` when no capitalised remit follows."""
    d = state.doc
    if d.lower(end) != "for":
        return end
    x = end + 1 + (d.lower(end + 1) == "the")
    n = _cap_run(state, x)
    c = state.country_start.get(x)
    if n == 0 or d.sent[x] != d.sent[end] or (c is not None and c.j >= x + n):
        return end  # ("envoy for Sudan": the country he is sent about is not his office's owner)
    return x + n + (d.lower(x + n) in _REMIT_NOUNS and d.sent[x + n] == d.sent[end])

