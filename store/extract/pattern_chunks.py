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
    parens: set[int] = set()
    k = 0
    try:
        while True:
            k = words.index("(", k + 1)
            parens.add(k)
            c = chunk_at.get(k - 1)
            if c is not None and c.j == k:
                singles.append(c)
    except ValueError:
        pass
    out = [_joined(state, c) if c.j in parens else c for c in out]
    return sorted([*out, *singles], key=_I) if singles else out


def _joined(state: State, c: Chunk) -> Chunk:
    """Rule acronym_over_and: a run before a bracketed acronym that the run before "and"
    begins ("Defence Research and Development Organisation (DRDO)": the capitalised runs break
    at "and") is one name when the acronym spells both runs' initials; else the run itself."""
    d = state.doc
    j, i = c.j, c.i
    if j + 2 >= d.n or d.words[j] != "(" or d.words[j + 2] != ")" or i < 2 or d.low[i - 1] != "and":
        return c
    prev = next((p for x in range(i - 2, max(-1, i - 6), -1) if (p := d.chunk_at.get(x)) is not None), None)
    if prev is None or prev.j != i - 1 or prev.sentence != c.sentence or prev.possessive:
        return c
    k = prev.i + (d.words[prev.i] == "The")  # "The Marine Research and ..."
    initials = "".join(w[0] for w in d.words[k:j] if w[:1].isupper())
    if initials != d.words[j + 1] or len(initials) < 3 or k >= i - 1:
        return c
    return Chunk(k, j, d.starts[k], c.end, d.span_text(k, j), c.sentence, False)
