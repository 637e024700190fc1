"""The subject two joined verbs share ("Mali withdrew from a pact with France and terminated a
deal with the EU"): the second verb's subject is the one the sentence opens with (past an
opening word and its comma: "Separately, X signed ... and announced ..."), not the partner of
the first verb's object. (Rule: shared_subject.)"""

from __future__ import annotations

from store.extract.state import State

# Words that may stand between "and" and the second verb ("and later terminated").
_BETWEEN = frozenset({"also", "later", "then", "has", "have", "had", "subsequently"})


def shared_subject(state: State, verb: int) -> str | None:
    """The party the sentence opens with when the verb at token ``verb`` is joined to an earlier
    one by "and"; None otherwise (the common case: one test of the word before the verb)."""
    low = state.doc.low
    k = verb - 1
    while k > 0 and low[k] in _BETWEEN:
        k -= 1
    if k < 1 or low[k] != "and":
        return None
    first = state.doc.sent_first[state.doc.sent[verb]]
    if first + 2 < verb and low[first + 1] == "," and low[first].isalpha():
        first += 2  # "Separately, the United States signed ... and announced ...": past the opening word
    x = first + (low[first] == "the")
    c = state.party_start(x)
    if c is None or c.j >= k or low[k - 1] == "," and c.j == k - 1:
        return None  # no party opens the sentence, or "A and B" is itself the list
    if state.country_start.get(x) is not None and not state.country_start[x].actor:
        return None
    return c.name


def joins(low: list[str], k: int) -> bool:
    """Whether the word at k ends a joining word between two objects: "and", "as well as"."""
    return low[k] == "and" or low[k] == "as" and k >= 2 and low[k - 2 : k] == ["as", "well"]


def object_subject(state: State, conj: int) -> str | None:
    """The subject of a second object joined by the "and" at token ``conj`` ("X signed a pact
    with Peru and an accord with Bolivia"): the party the sentence opens with, else the first
    side of the agreement whose mention and partner end right before the "and" (its signer:
    "On Monday, X signed a pact with Peru and ..."). (Rule: joined_object.)"""
    d = state.doc
    low = d.low
    conj -= 2 * (low[conj] == "as")  # "..., as well as an MoU with Z": from its first word
    found = shared_subject(state, conj + 1)
    if found is not None:
        return found
    for acc in state.agreements:
        for _i, y in acc.mentions:
            if y < conj <= y + 6 and low[y] == "with" and d.sent[y] == d.sent[conj] and len(acc.parties) == 2:
                c = state.partner_at(y)
                if c is not None and c.j in (conj, conj - 1) and acc.parties[1][0] == c.name:
                    return acc.parties[0][0]
    return None
