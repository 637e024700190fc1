"""Rule relative_signers: an agreement noun followed by a relative clause whose subject is a
list of sides and whose verb makes a text ("a defence pact that Japan and Australia signed in
2022", "the accord which Ethiopia and Eritrea reached", "a host state agreement Kazakhstan and
the agency concluded") has those sides as its parties; the verb tells it was made."""

from __future__ import annotations

from store.extract.lists import coordinated_list
from store.extract.state import State

# Verbs of a relative clause that make the text its noun names.
_MADE = frozenset("signed inked sealed concluded reached struck agreed ratified negotiated forged".split())
# Words a relative clause may hold between its subject and its verb.
_BETWEEN = frozenset({"have", "had", "has", "jointly", "formally", "later", "then", "both", "finally"})


def relative_signers(state: State, after: int) -> list[str] | None:
    """The sides of "<noun> (that|which) X and Y signed" with ``after`` the word after the
    noun, when two or more sides make the clause's subject."""
    d = state.doc
    low, n = d.low, d.n
    x = after + (after < n and low[after] in ("that", "which"))
    if x >= n or d.sent[x] != d.sent[after - 1]:
        return None
    found = coordinated_list(state, x)
    if not found or len(found[0]) < 2:
        return None
    parties, end = found
    while end < n and low[end] in _BETWEEN:
        end += 1
    if end >= n or low[end] not in _MADE or d.sent[end] != d.sent[x]:
        return None
    return parties
