"""The states a text shows acting as parties of a named agreement it gives no parties: who
ratifies, signs, joins or leaves it is, or was, bound by it.

- the subject of a verb whose object is the agreement ("Peru ratified the X Treaty", "Chile
  pulled out of the X Treaty", "Peru ceased to be a party to the X Treaty"): the party named
  nearest before the verb in its clause, else the one opening the sentence ("Chile left the Y
  Pact in 2019, citing costs, and last year pulled out of the X Treaty");
- a possessive act ("Peru's ratification of the X Treaty");
- a relative clause after the name ("the X Treaty, which Lima ratified in 2000 but which Chile
  has never ratified").

(Rule: acting_party.)
"""

from __future__ import annotations

from store.extract.sides import subject_sides
from store.extract.state import State
from store.extract.status_cues import BEFORE_MENTION
from store.extract.tokens import APOSTROPHES

# Verbs whose object is the agreement a state ratifies, signs, joins or leaves.
_ACTS = frozenset(
    "ratified ratify ratifies signed sign signs joined join joins left leave leaves quit quits exited exit "
    "exits denounced denounce".split()
)
_FROM = frozenset({"withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing"})
_PULL = frozenset({"pulled", "pull", "pulls", "pulling"})
# Nouns of a state's act on an agreement, after its possessive ("Peru's ratification of").
_ACT_NOUNS = frozenset({"ratification", "signature", "accession", "withdrawal", "exit"})
_REACH = 5  # tokens from a relative "which" to its verb


def fill_acting_parties(state: State) -> None:
    """Give each partyless named agreement the states the text shows acting on it."""
    d = state.doc
    for acc in state.agreements:
        if acc.unnamed or acc.parties or not acc.mentions:
            continue
        for i, j in sorted(acc.mentions):
            for name in (*_subjects(state, i), _possessor(state, i), *_relatives(state, j)):
                if name:
                    acc.add_party(name, d.sent[i], "acting_party")


def _verb(state: State, i: int) -> int:
    """The token of the act whose object is the mention at i ("ratified the", "pulled out of",
    "withdrew from", "a party to"), else -1."""
    low = state.doc.low
    k = i - 1
    while k >= 0 and low[k] in BEFORE_MENTION:
        k -= 1
    if k >= 1 and low[k] == "from" and low[k - 1] in _FROM:
        return k - 1
    if k >= 2 and low[k] == "of" and low[k - 1] == "out" and low[k - 2] in _PULL:
        return k - 2
    if k >= 2 and low[k] == "to" and low[k - 1] == "party" and low[k - 2] in ("a", "the"):
        return k - 2
    return k if k >= 0 and low[k] in _ACTS else -1


def _subjects(state: State, i: int) -> list[str | None]:
    """Both sides of a two-sided subject of the verb ("Sudan's army and the RSF signed the X"),
    else the one party acting by it."""
    v = _verb(state, i)
    two = subject_sides(state, v) if v > 0 else None
    return list(two) if two else [_subject(state, i)]


def _subject(state: State, i: int) -> str | None:
    """The party acting by the verb before the mention at i."""
    d = state.doc
    v = _verb(state, i)
    if v < 0 or d.low[v - 1 : v] == ["to"] and d.low[v - 2 : v - 1] in (["not"], ["refused"]):
        return None
    here, first = d.sent[v], d.sent_first[d.sent[v]]
    for k in range(v - 1, first - 1, -1):
        if d.low[k] in (",", ";"):
            break
        if (c := state.party_start(k)) is not None and c.j <= v:
            return c.name
    k = first + (d.low[first] == "the")
    c = state.party_start(k)
    return c.name if c is not None and d.sent[k] == here else None


def _possessor(state: State, i: int) -> str | None:
    """ "Peru's ratification of the <mention>": the state whose act it is."""
    d = state.doc
    low = d.low
    k = i - 1 - (i > 0 and low[i - 1] == "the")
    if k < 4 or low[k] != "of" or low[k - 1] not in _ACT_NOUNS or low[k - 2] != "s" or d.words[k - 3] not in APOSTROPHES:
        return None
    c = state.country_end.get(k - 3)
    return c.name if c is not None else None


def _relatives(state: State, j: int) -> list[str]:
    """ "<mention>, which Lima ratified ... but which Chile has never ratified": their subjects."""
    d = state.doc
    low, n = d.low, d.n
    if j + 3 < n and low[j] == "(" and low[j + 2] == ")":
        j += 3
    if not (j + 2 < n and low[j] == ","):
        return []
    found: list[str] = []
    here = d.sent[j]
    x = j + 1
    while x + 2 < n and d.sent[x] == here and x - j < 30:
        if low[x] == "which":
            k = x + 1 + (low[x + 1] == "the")
            c = state.party_start(k)
            if c is not None and any(low[y] in _ACTS for y in range(c.j, min(n, c.j + _REACH))):
                found.append(c.name)
        x += 1
    return found
