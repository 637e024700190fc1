"""Capitalised runs with a body's head word that name something else: an office its bracketed
acronym spells whole ("Director General of Military Operations (DGMO)") and a two states'
meeting ("the Kenya-Uganda Investment Forum"), a work ("the Trans Adriatic Pipeline") and an
"X of Y" phrase ending in a company word ("the Field of Energy"); asked by
``org_checks.no_body_named``."""

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


# Last words of a work's name: a pipeline, a corridor, a canal is built and run, not a body.
_WORKS = frozenset({"pipeline", "corridor", "canal", "bridge", "highway", "tunnel", "dam"})


def named_work(state: State, i: int, j: int) -> bool:
    """Rule named_work: a run ending in a work's word ("the Trans Adriatic Pipeline (TAP)",
    "the International North-South Transport Corridor (INSTC)") names a work, not a body,
    though an acronym defines it."""
    return state.doc.low[j - 1] in _WORKS


def suffix_of_phrase(state: State, i: int, j: int) -> bool:
    """Rule suffix_of_phrase: a run whose only cue is a company word and that reads "X of
    Y" ("in the Field of Energy") is a phrase, not a firm: firms so named have a head word
    ("Ministry of Energy", "Bank of China")."""
    d, heads = state.doc, state.gz.head_words
    if d.words[j - 1] not in state.gz.company_suffixes or "of" not in d.low[i:j]:
        return False
    return heads.isdisjoint(d.low[i:j])

