"""Rule quoted_title: a formal title in quotes that opens with an agreement noun ('the
"Agreement between the Government of A and the Government of B on Visa Exemption" was
signed') is one name, however long, and the states its title names are its parties."""

from __future__ import annotations

from store.extract.named_acc import new_named
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_OPENING = frozenset("\"\u201c")
_CLOSING = frozenset("\"\u201d")
# The longest title read, in tokens.
_MAX = 60


def find_quoted_titles(state: State) -> None:
    """Name each quoted title opening with a capitalised agreement noun (see the module docstring)."""
    marks = _OPENING & vocabulary(state)
    if not marks:
        return  # no quotation mark written: most articles
    d = state.doc
    words, low, sent, n = d.words, d.low, d.sent, d.n
    heads = state.gz.agreement_heads
    for o in positions(state, marks):  # the opening marks, found in C
        if o >= n - 2 or words[o] not in marks or low[o + 1] not in heads or not words[o + 1][:1].isupper():
            continue
        c = next((x for x in range(o + 2, min(n, o + _MAX)) if words[x] in _CLOSING or sent[x] != sent[o]), None)
        if c is None or words[c] not in _CLOSING or c - o < 5 or d.low[o + 2] not in ("between", "on", "of", "for", "concerning"):
            continue  # a short quote or one that leaves its sentence is no title
        if any(state.blocked[o + 1 : c]):
            continue
        parties: list[str] = []
        for k in range(o + 1, c):
            m = state.country_start.get(k)
            if m is not None and m.name not in parties:
                parties.append(m.name)
        new_named(state, d.span_text(o + 1, c), o + 1, c, parties, "agreement")
