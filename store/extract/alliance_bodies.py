"""Rule alliance_body: a named alliance or coalition the text treats as a body, not as a text
its members signed: armed groups "of" it ("the three armed groups of the Kachin Unity
Alliance"), or it acting as a subject does ("the Kachin Unity Alliance said", "captured",
"launched"), or making a text with a side ("the junta and the X Alliance have agreed to a
ceasefire": a text makes nothing, its sides do); a pact too, when members are "of" it, also
after another body ("the members of NATO and the X Pact": rule members_of_pair); one whose
members follow it after "of" ("the X Alliance of ethnic armed groups": rule
alliance_of_members) or that a political leaning calls a party ("the left-wing X Alliance",
"the ruling X Coalition": rule leaning_party); so is any name set beside a body's noun ("a
broader coalition, the X Framework": rule apposed_body).
Its record goes, it is an organisation, and "the alliance" after it is that body, no
agreement of its own."""

from __future__ import annotations

from store.extract.apposed_bodies import apposed_body
from store.extract.organizations import _add as add_org
from store.extract.state import State

_BODY_NAMES = frozenset({"alliance", "coalition", "front", "pact"})
# Nouns of the members a body has: "the groups of the X Alliance".
_MEMBER_NOUNS = frozenset("groups group members member factions militias fighters forces parties organisations organizations".split())
# Verbs only an actor does, right after the name.
# Words of political leaning before a name that make it a party or a movement (`party_leanings` in `cues.json`).
_LEANINGS = "party_leanings"
_ACTING = frozenset("said says launched captured claimed seized attacked fought warned accused denied vowed controls controlled".split())
# Verbs of making a text, read as the body's act when an object or "to"/"on" follows them.
_MAKING = frozenset({"agreed", "agree", "agrees", "signed", "sign", "signs", "reached", "reach", "inked"})
_AUXILIARIES = frozenset({"have", "has", "had", "also", "then", "later", "finally", "will", "would"})


def _acts_as_body(state: State, i: int, j: int) -> bool:
    """Whether the mention at i:j follows "<member noun> of (the)" or is followed by an acting verb."""
    low, n = state.doc.low, state.doc.n
    x = i - (i > 0 and low[i - 1] == "the")
    if x >= 2 and low[x - 1] == "with" and state.cues.family.get(low[x - 2]) is not None:
        return True  # "a ceasefire with the X Alliance": a side, as the text's other party is
    if x >= 2 and low[x - 1] == "and" and (y := _start_before(state, x - 1)) >= 0:
        x = y - (y > 0 and low[y - 1] == "the")  # "members of NATO and the X Pact"
    if x >= 2 and low[x - 1] == "of" and low[x - 2] in _MEMBER_NOUNS:
        return True
    before = low[i - 1] if i > 0 else ""
    if i > 2 and low[i - 2] == "-":
        before = low[i - 3] + "-" + before  # "left-wing": three tokens
    if before in _leanings(state):
        return True  # rule leaning_party: "the left-wing Red-Green Alliance"
    if j < n and (low[j] in _ACTING or _members_after(state, j)):
        return True
    k = j
    if k < n and low[k] == "and":  # "the X Alliance and the junta agreed to": one of a pair
        k += 1
        while k < n and k - j < 7 and low[k] not in _MAKING and low[k] not in (",", ".", ";", ":"):
            k += 1
    while k < n and low[k] in _AUXILIARIES:
        k += 1
    return k + 1 < n and low[k] in _MAKING and low[k + 1] in ("to", "on", "a", "an", "the")


def _members_after(state: State, j: int) -> bool:
    """Whether "of" and lower-case words ending in a member noun follow the name ("of ethnic
    armed groups", "of opposition parties"). (Rule: alliance_of_members.)"""
    d = state.doc
    if d.low[j] != "of":
        return False
    for k in range(j + 1, min(d.n, j + 5)):
        if not d.words[k][:1].islower():
            return False
        if d.low[k] in _MEMBER_NOUNS:
            return True
    return False


def _leanings(state: State) -> frozenset[str]:
    """The words of political leaning a party's name may follow."""
    table = state.cues.derived.get(_LEANINGS)
    if not isinstance(table, frozenset):
        raw = (state.gz.cues or {}).get(_LEANINGS) or ()
        table = state.cues.derived[_LEANINGS] = frozenset(str(w).casefold() for w in raw)
    return table


def _start_before(state: State, end: int) -> int:
    """The first token of the gazetteer organisation ending right before token ``end``, or -1
    (the organisations themselves are found after this rule)."""
    d = state.doc
    for x in range(end - 1, max(-1, end - 6), -1):
        m = d.match_at.get(x)
        if m is not None:
            return x if m.j == end and m.first("organization") is not None else -1
    return -1


def drop_alliance_bodies(state: State) -> None:
    """Drop each named alliance or coalition that some mention shows to be a body."""
    named = [a for a in state.agreements if not a.unnamed and not a.known and a.mentions]
    found = [a for a in named if a.name.rsplit(" ", 1)[-1].casefold() in _BODY_NAMES or any(apposed_body(state, i, j) for i, j in a.mentions)]
    if not found:
        return  # the common case: no named alliance
    gone: set[int] = set()
    for acc in found:
        if any(_acts_as_body(state, i, j) or apposed_body(state, i, j) for i, j in acc.mentions):
            for i, j in sorted(acc.mentions):
                state.blocked[i:j] = b"\x00" * (j - i)
                add_org(state, acc.name, i, j, "alliance_body")
            if (noun := acc.name.rsplit(" ", 1)[-1].casefold()) in _BODY_NAMES:
                _block_bare(state, noun, min(i for i, _ in acc.mentions))
            names = state.named_index.get(acc.name.casefold())
            if names and acc in names:
                names.remove(acc)
            gone.add(id(acc))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]


def _block_bare(state: State, noun: str, first: int) -> None:
    """Block each "the <noun>" after the body's first mention: it is the body."""
    low = state.doc.low
    k = first
    while True:
        try:
            k = low.index(noun, k + 1)
        except ValueError:
            return
        if low[k - 1] == "the" and not state.blocked[k]:
            state.blocked[k] = 1
