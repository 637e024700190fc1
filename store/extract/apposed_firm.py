"""Rule firm_apposed: a name set off by a comma and described as a firm right after it
("ENBPar, the Brazilian state company that ...", "Zanko, a Kenyan energy group,") is an
organisation, even when no list or head word knows it; so is a name right after an indefinite
firm description and its comma ("through a binational company, Zanko Space.")."""

from __future__ import annotations

from store.extract.firm_words import FIRM_NOUNS
from store.extract.organizations import _add as add_org
from store.extract.state import State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import positions, vocabulary

_ARTICLES = frozenset({"the", "a", "an"})
# Words that may follow the firm noun where it ends the description ("company that ...").
_AFTER = frozenset({"that", "which", "whose", "with", "in", "based", "owned", "and", "of", "to", "for", "on"})


def _description_start(state: State, k: int) -> int:
    """The comma before ", the [Demonym] <lower-case words> <firm noun>" ending at token k, or -1."""
    d = state.doc
    x = k - 1
    while x > k - 4 and x >= 0 and d.words[x].isalpha() and d.words[x].islower() and d.low[x] not in _ARTICLES:
        x -= 1  # "state", "energy": lower-case words of the description
    c = state.country_end.get(x + 1)
    if c is not None and c.form == "demonym":
        x = c.i - 1  # "the Brazilian state company"
    if x < 1 or d.low[x] not in _ARTICLES or d.words[x - 1] != ",":
        return -1
    return x - 1


def find_apposed_firms(state: State) -> None:
    """Add the organisations a firm description after a comma names (see the module docstring)."""
    if "," not in state.doc.text or FIRM_NOUNS.isdisjoint(vocabulary(state)):
        return  # most articles describe no firm
    d = state.doc
    for k in positions(state, FIRM_NOUNS):
        nxt = d.lower(k + 1)
        if nxt == ",":
            _named_after(state, k)
        if (nxt.isalpha() and nxt not in _AFTER) or nxt in APOSTROPHES:
            continue  # "the Kenyan company boss", "the company's chief": not the description's head
        comma = _description_start(state, k)
        if comma < 1:
            continue
        i = end = comma
        if d.words[comma - 1] == ")":  # "Zanko Power (ZP), the Kenyan energy company": past its acronym
            o = next((y for y in range(comma - 2, max(0, comma - 5), -1) if d.words[y] == "("), 0)
            if o and all(d.words[y].isupper() for y in range(o + 1, comma - 1)):
                i = end = o
        while i > end - 3 and i >= 1 and d.words[i - 1][:1].isupper() and d.words[i - 1].isalnum():
            i -= 1
        if i == end or state.blocked.find(1, i, end) >= 0 or state.person_tok.find(1, i, end) >= 0:
            continue
        if d.sent_first[d.sent[i]] == i or any(state.country_start.get(x) for x in range(i, end)):
            continue  # a sentence's first word may be any word; a country is no firm
        if any(e.kind in ("title", "country") for e in state.gz.lookup(d.span_text(i, end))):
            continue
        add_org(state, d.span_text(i, end), i, end, "firm-apposed")


def _named_after(state: State, k: int) -> None:
    """Rule firm_named_after: an indefinite firm description set off by a comma before a name
    ("through a binational company, Zanko Space.") names that firm: a run of up to four
    capitalised words closing the sentence or set off itself."""
    d = state.doc
    x = k - 1
    while x > k - 4 and x >= 0 and d.words[x].isalpha() and d.words[x].islower() and d.low[x] not in _ARTICLES:
        x -= 1
    if x < 0 or d.low[x] not in ("a", "an"):
        return
    c = d.chunk_at.get(k + 2)
    if c is None or c.j - c.i > 4 or c.possessive or c.j >= d.n or d.words[c.j] not in (".", ",", "(", ";"):
        return
    if not state.free(c.i, c.j) or any(state.country_start.get(y) for y in range(c.i, c.j)) or d.match_at.get(c.i) is not None:
        return
    add_org(state, c.text, c.i, c.j, "firm-named-after")
