"""Rule described_acronym: an acronym in brackets right after a body described in lower case
("the central bank (BCRA) said", "the state oil company (YPF)") is that body's name, and so
is the acronym written alone again; an acronym the gazetteer or the text already knows is
left to them."""

from __future__ import annotations

from store.extract.firm_words import FIRM_NOUNS
from store.extract.organizations import _add as add_org
from store.extract.state import State


def _described_before(state: State, k: int) -> bool:
    """Whether lower-case words ending in a body's or a firm's noun, opened by "the" or "its"
    within four words, come right before the bracket at token k."""
    d = state.doc
    if k < 2 or not d.words[k - 1].islower() or (d.low[k - 1] not in state.gz.head_words and d.low[k - 1] not in FIRM_NOUNS):
        return False
    for x in range(k - 2, max(-1, k - 6), -1):
        if d.low[x] in ("the", "its"):
            return True
        if not d.words[x].isalpha() or not d.words[x].islower():
            return False
    return False


def find_described_acronyms(state: State) -> None:
    """Add the organisations named by an acronym after a lower-case description (see the module docstring)."""
    d = state.doc
    if "(" not in d.text:
        return
    words = d.words
    k = 0
    found: set[str] = set()
    try:
        while True:
            k = words.index("(", k + 1)
            if k + 2 >= d.n or words[k + 2] != ")":
                continue
            acro = words[k + 1]
            if not (2 <= len(acro) <= 8 and acro.isalpha() and acro.isupper()) or not state.free(k + 1, k + 2):
                continue
            if d.match_at.get(k + 1) is not None or acro in state.orgs or not _described_before(state, k):
                continue
            add_org(state, acro, k + 1, k + 2, "described-acronym")
            found.add(acro)
    except ValueError:
        pass
    for acro in found:
        for x, w in enumerate(words):
            if w == acro and state.free(x, x + 1) and (x == 0 or words[x - 1] != "("):
                add_org(state, acro, x, x + 1, "described-acronym")
