"""A particular older agreement whose sentence names only one side ("Shell already buys
cargoes under an earlier deal signed in 2014"): the side is a party of an agreement the
article told before, and that pair's earlier deal is theirs. (Rule: earlier_pair.)"""

from __future__ import annotations

from store.extract.firm_words import firm_words_end
from store.extract.state import State


def earlier_pair(state: State, sentence: int, start: int) -> list[str] | None:
    """The parties of the latest two-sided agreement told before ``start`` that holds the one
    party named in the sentence before it; None when the sentence names none or several."""
    if not state.agreements:
        return None
    d = state.doc
    one: str | None = None
    k = d.sent_first[sentence]
    while k < start:
        c = state.party_start(k)
        if c is None or c.form == "demonym" and firm_words_end(d.words, d.low, c.j, d.n):
            k += 1  # "Shell, the British energy major,": the adjective describes the firm
            continue
        if one is not None and c.name != one:
            return None  # two sides named: not this rule's shape
        one, k = c.name, max(c.j, k + 1)
    if one is None:
        return None
    for acc in reversed(state.agreements):
        names = [p for p, _ in acc.parties]
        if len(names) == 2 and one in names and acc.mentions and acc.mentions[0][0] < start:
            return names
    return None
