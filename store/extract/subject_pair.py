"""The parties a subject names: a hyphenated list ("an intergovernmental agreement on the
China-Kyrgyzstan-Uzbekistan railway project" binds the three states the railway joins, when
nothing else in the clause says whose the agreement is), or a state joining a body ("the
protocol on Sweden's accession to NATO" binds Sweden and NATO, whoever ratifies it)."""

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


def subject_parties(state: State, link: int, told: bool) -> tuple[list[str], str] | None:
    """The parties the subject after the link word at token ``link`` names, with its rule: a
    joining (always), else a hyphenated list (only when the clause ``told`` none)."""
    if (joining := accession_pair(state, link)) is not None:
        return joining, "accession_subject"
    found = None if told else subject_list(state, link)
    return (found, "subject_list") if found is not None else None


# Nouns of a state joining a body.
_JOINING = frozenset({"accession", "membership", "admission", "entry"})


def accession_pair(state: State, link: int) -> list[str] | None:
    """The state and the body of "on Sweden's accession to NATO", "of the accession of Croatia
    to the EU", "for Ukraine's membership in the alliance's ..." after the link word at token
    ``link``; else None. (Rule: accession_subject.)"""
    d = state.doc
    low, n = d.low, d.n
    if link + 5 >= n or low[link] not in ("on", "of", "for"):
        return None
    y = link + 1 + (low[link + 1] == "the")
    c = state.country_start.get(y)
    if c is not None and c.j + 2 < n and d.words[c.j] in ("'", "\u2019") and low[c.j + 1] == "s" and low[c.j + 2] in _JOINING:
        joiner, k = c.name, c.j + 3  # "Sweden's accession"
    elif low[y] in _JOINING and low[y + 1] == "of" and (c := state.country_start.get(y + 2)) is not None:
        joiner, k = c.name, c.j  # "the accession of Croatia"
    else:
        return None
    if k + 1 >= n or low[k] not in ("to", "into", "in") or d.sent[k] != d.sent[link]:
        return None
    k += 1 + (low[k + 1] == "the")
    body = state.org_start.get(k) or state.country_start.get(k)
    return [joiner, body.name] if body is not None and body.name != joiner else None
