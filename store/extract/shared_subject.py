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
