"""Rule leased_to: a lease told by its verb, with no agreement noun ("Sri Lanka leased the
Hambantota port to X in 2017", "Tartus, Syria's main port, was leased to X in 2019") is a lease
between the side that leases and the one "to" names: the subject before the verb, else the
country whose place is leased (its possessive or the one other country of the sentence);
signed, of the year "in <year>" after the verb or the sentence's opening gives."""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.opening_year import opening_year
from store.extract.state import State
from store.extract.triggers import positions, vocabulary
from store.extract.unnamed_parts import attach
from store.records import Fact

_VERBS = frozenset({"leased", "leases"})
# Words between the subject and the verb ("has leased", "was leased", "had already leased").
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "been", "already", "also", "then"})
# Words that end the leased thing before "to": another clause, not this lease.
_STOPS = frozenset({";", ".", "and", "but", "which", "who", "while"})


def find_leased(state: State) -> None:
    """Each lease verb whose lessee follows "to" in its clause: one record per pair."""
    if _VERBS.isdisjoint(vocabulary(state)):
        return
    d = state.doc
    low, sent = d.low, d.sent
    for v in positions(state, _VERBS):
        if state.blocked[v]:
            continue
        to = _to_after(state, v)
        if to is None:
            continue
        lessee = state.party_start(to + 1 + (low[to + 1] == "the"))
        if lessee is None or not lessee.actor:
            continue
        lessor = _subject(state, v) or _place_owner(state, v, lessee.name)
        if lessor is None or lessor == lessee.name:
            continue
        pair = {lessor, lessee.name}
        same = next((a for a in state.agreements if {p for p, _ in a.parties} == pair and "lease" in a.core), None)
        if same is not None:
            attach(state, same, v, v + 1, d.words[v], same.family)
            continue
        acc = described_record(state, [lessor, lessee.name], "lease", "deal", (v, v + 1), d.words[v], "leased_to", sentence=sent[v])
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sent[v], "leased_to"
        if (year := _year_after(state, v, lessee.j) or opening_year(d, v)) is not None:
            acc.year = year
            acc.facts.append(Fact("year", year, sent[v], "leased_to"))
        state.agreements.append(acc)
        state.blocked[v] = 1


def _to_after(state: State, v: int) -> int | None:
    """The "to" naming who the thing leased at ``v`` goes to, within a dozen words of its
    clause ("leased the Hambantota port to X", "was leased in 2019 to X"); None when a word of
    another clause comes first or "to" opens a verb ("leased land to grow crops")."""
    d = state.doc
    for t in range(v + 1, min(d.n - 2, v + 13)):
        if d.sent[t] != d.sent[v] or d.low[t] in _STOPS:
            return None
        if d.low[t] == "to":
            return t
    return None


def _subject(state: State, v: int) -> str | None:
    """The country or body right before the verb, past auxiliaries ("Sri Lanka has leased")."""
    d = state.doc
    x = v
    while x > 0 and d.low[x - 1] in _AUX and d.sent[x - 1] == d.sent[v]:
        x -= 1
    if x < v and d.low[x] in ("was", "were", "is", "been"):
        return None  # a passive: what stands before is the place leased
    c = state.country_end.get(x)
    if c is not None and c.actor:
        return c.name
    return state.org_end.get(x)


def _place_owner(state: State, v: int, lessee: str) -> str | None:
    """The one country other than the lessee its sentence names before the verb ("Tartus,
    Syria's second-largest port, was leased"; "Sri Lanka's Hambantota port was leased")."""
    d = state.doc
    first = d.sent_first[d.sent[v]]
    named = {c.name for c in state.countries if first <= c.i < v and c.name != lessee}
    return named.pop() if len(named) == 1 else None


def _year_after(state: State, v: int, end: int) -> int | None:
    """The year of "in <year>" between the verb and a few words past the lessee."""
    d = state.doc
    for x in range(v + 1, min(d.n - 1, end + 6)):
        if d.sent[x] != d.sent[v] or d.low[x] in (";", "."):
            return None
        w = d.words[x + 1]
        if d.low[x] == "in" and len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
            return int(w)
    return None
