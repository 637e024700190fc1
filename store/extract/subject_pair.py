"""The parties a subject names with a hyphenated list: "an intergovernmental agreement on the
China-Kyrgyzstan-Uzbekistan railway project" binds the three states the railway joins, when
nothing else in the clause says whose the agreement is."""

from __future__ import annotations

from store.extract.lists import hyphen_list
from store.extract.state import State


def subject_list(state: State, on: int) -> list[str] | None:
    """The parties of a hyphenated list opening the subject after "on" at token ``on`` ("on the
    A-B-C railway project"), followed by a lower-case noun; else None. (Rule: subject_list.)"""
    d = state.doc
    low, n = d.low, d.n
    if on + 2 >= n or low[on] != "on":
        return None
    y = on + 1 + (low[on + 1] == "the")
    found = hyphen_list(state, y)
    if found is None:
        return None
    parties, end = found
    if end >= n or not d.words[end].isalpha() or not d.words[end].islower() or d.sent[end] != d.sent[on]:
        return None  # "on the U.S.-China summit"? a noun must follow; a bare pair is a name's start
    return parties
