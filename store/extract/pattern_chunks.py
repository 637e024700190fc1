"""The chunks an organisation pattern may name ("<Country> <head word>", a company suffix, an
acronym or handle in brackets after it): picked once per article, in C where it can be, so
that the patterns read a third of the runs."""

from __future__ import annotations

from operator import attrgetter

from store.extract.state import State
from store.extract.tokens import Chunk

_I = attrgetter("i")  # a sort key read in C


def pattern_chunks(state: State) -> list[Chunk]:
    """The chunks a pattern may name, in text order: a run of two tokens or more that holds a
    head word, an outlet word or a company suffix (else ``organizations._pattern_name`` finds nothing in it,
    nor in any cut of it) or that a bracket or "and" follows; a one-token chunk only before a
    bracket (an acronym or a handle may follow). Tested on whole runs, in C, before any cut."""
    d, gz = state.doc, state.gz
    cues = gz.derived.get("org_pattern_cues")
    if cues is None:  # the words _pattern_name looks for, folded (a suffix's case is tested there)
        suffixes = gz.company_suffixes
        written = suffixes | {s[:-1] for s in suffixes if s.endswith(".")}  # "Co" before its "."
        cues = gz.derived["org_pattern_cues"] = gz.head_words | gz.outlet_words | {s.casefold() for s in written}
    words, fold, n = d.words, d.fold, d.n
    out = [c for c in d.runs if not cues.isdisjoint(fold[c.i : c.j]) or c.j < n and words[c.j] in ("(", "and")]
    if "(" not in d.text:
        return out
    chunk_at = d.chunk_at
    singles: list[Chunk] = []
    k = 0
    try:
        while True:
            k = words.index("(", k + 1)
            c = chunk_at.get(k - 1)
            if c is not None and c.j == k:
                singles.append(c)
    except ValueError:
        pass
    return sorted([*out, *singles], key=_I) if singles else out
