"""Rule hyphen_tail: a named agreement's name runs through a hyphenated word whose second part
is written in lower case ("Agreement on Defence Co-operation", "Treaty on Non-aggression"):
the capitalised run stops at the hyphen, the name does not."""

from __future__ import annotations

from store.extract.state import State

_HYPHENS = ("-", "\u2010", "\u2011")
# Second halves that make a modifier of what follows ("Bergen-based", "Oslo-led"), never a name's word.
_MODIFIER_HALVES = frozenset(
    "based led backed owned made born speaking run funded brokered sponsored era style bound wide "
    "related linked controlled held aligned friendly focused driven dominated centred centered".split()
)


def hyphen_end(state: State, j: int) -> int:
    """Where a name ending at token ``j`` ends when "-<lower-case word>" is joined to its last
    capitalised word with no space (and a short capitalised run after it, "Cross-border Trade");
    ``j`` otherwise. A half making a modifier ("-based", "-led") is never the name's."""
    d = state.doc
    starts, ends, words = d.starts, d.ends, d.words
    while (
        j + 1 < d.n
        and words[j] in _HYPHENS
        and starts[j] == ends[j - 1]
        and starts[j + 1] == ends[j]
        and words[j - 1][:1].isupper()
        and words[j + 1].isalpha()
        and words[j + 1].islower()
        and words[j + 1] not in _MODIFIER_HALVES
        and d.sent[j + 1] == d.sent[j - 1]
    ):
        j += 2
        nxt = d.chunk_at.get(j)
        if nxt is not None and nxt.j - nxt.i <= 3 and d.sent[nxt.i] == d.sent[j - 1] and _free(state, nxt.i, nxt.j):
            j = nxt.j  # "Agreement on Cross-border Trade": the capitalised words after it
    return j


def _free(state: State, i: int, j: int) -> bool:
    """Whether tokens i:j name no country, organisation, person or agreement found before."""
    for k in range(i, j):
        if state.country_start.get(k) or state.org_start.get(k) or state.blocked[k] or state.person_tok[k]:
            return False
    return True
