"""Rule description_said_of_it: an indefinite description that "it", "this" or "that" is said
to be, opening its clause ("It is a deal between two neighbours", '"This is a partnership
between Ghana and Togo, not aid," the minister said'), describes the agreement told just
before (in its sentence or the one before): no record of its own. Its words join that
agreement; "another" or "a separate" one stays apart."""

from __future__ import annotations

from store.extract.named_after import fold_description
from store.extract.shapes import OTHER
from store.extract.state import AgreementAcc, State
from store.extract.tokens import APOSTROPHES

_PRONOUNS = frozenset({"it", "this", "that"})
_COPULAS = frozenset({"is", "was", "remains"})
_OPENERS = frozenset({".", '"', "\u201c", ";", ":", "\u2014", "-"})


def _subject_at(state: State, i: int) -> int:
    """The token of "it"/"this"/"that" the description starting at i is said of, or -1."""
    low = state.doc.low
    k = i - 1
    if k >= 1 and low[k] not in ("a", "an"):
        k -= 1  # past one word such as "new"
    if k < 2 or low[k] not in ("a", "an"):
        return -1
    x = k - 1
    if low[x] == "s" and low[x - 1] in APOSTROPHES:
        x -= 1  # "It's a pact"
    elif low[x] not in _COPULAS:
        return -1
    x -= 1
    if x < 0 or low[x] not in _PRONOUNS:
        return -1
    opens = x == 0 or low[x - 1] in _OPENERS or state.doc.sent[x - 1] != state.doc.sent[x]
    return x if opens else -1


def _told_before(state: State, u: AgreementAcc, at: int) -> AgreementAcc | None:
    """The agreement other than u whose latest mention before ``at`` comes last, in the
    sentence of ``at`` or the one before."""
    sent = state.doc.sent
    best, end = None, -1
    for a in state.agreements:
        if a is u:
            continue
        for _i, j in a.mentions:
            if end < j <= at and sent[at] - sent[j - 1] <= 1:
                best, end = a, j
    return best


def fold_said_of_it(state: State) -> None:
    """Fold each description said of "it" into the agreement told before (see the module docstring)."""
    if len(state.agreements) < 2:
        return  # nothing to fold into
    gone: set[int] = set()
    for u in state.agreements:
        if not u.unnamed or not u.mentions or not OTHER.isdisjoint(u.core.casefold().split()):
            continue
        first = min(u.mentions)
        at = _subject_at(state, first[0])
        if at < 0:
            continue
        t = _told_before(state, u, at)
        if t is None or id(t) in gone:
            continue
        fold_description(u, t)
        gone.add(id(u))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
