"""Capitalised runs with a body's head word that name something else: an office its bracketed
acronym spells whole ("Director General of Military Operations (DGMO)") and a two states'
meeting ("the Kenya-Uganda Investment Forum"); asked by ``org_checks.no_body_named``."""

from __future__ import annotations

from store.extract.state import State


def spelled_office(state: State, i: int, j: int) -> bool:
    """Rule spelled_office: a run opening with an office and "of" whose bracketed acronym
    spells the whole run ("Director General of Military Operations (DGMO)") names the office,
    not a body after it."""
    d = state.doc
    if j + 2 >= d.n or d.words[j] != "(" or d.words[j + 2] != ")" or not d.words[j + 1].isupper():
        return False
    initials = "".join(w[0] for w in d.words[i:j] if w[:1].isupper())
    return initials == d.words[j + 1] and any(e.kind == "title" for k in range(i + 1, j) if d.low[k] == "of" for e in state.gz.lookup(d.span_text(i, k)))


# Last words of a meeting's name: a two states' one is an event, not a body ("U.S.-Saudi Investment Forum").
_MEETINGS = frozenset({"forum", "dialogue", "conference", "summit"})


def pair_meeting(state: State, i: int, j: int) -> bool:
    """Rule pair_meeting: a forum, dialogue or conference named after two states joined by a
    hyphen ("the Kenya-Uganda Investment Forum") is the pair's meeting, not a body."""
    d = state.doc
    c = state.country_start.get(i)
    if c is None or d.low[j - 1] not in _MEETINGS or c.j >= j or d.words[c.j] not in ("-", "\u2013"):
        return False
    other = state.country_start.get(c.j + 1)
    return other is not None and other.j < j
