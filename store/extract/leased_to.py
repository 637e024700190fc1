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
from store.extract.verb_subject import verb_subject, year_after
from store.records import Fact

_VERBS = frozenset({"leased", "leases"})
# Words between the subject and the verb ("has leased", "was leased", "had already leased").
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
        lessor = verb_subject(state, v) or _place_owner(state, v, lessee.name)
        if lessor is None or lessor == lessee.name:
            continue
        pair = {lessor, lessee.name}
        same = next((a for a in state.agreements if {p for p, _ in a.parties} == pair and "lease" in a.core), None)
        if same is not None:
            attach(state, same, v, v + 1, d.words[v], same.family)
            continue
        acc = described_record(state, [lessor, lessee.name], "lease", "deal", (v, v + 1), d.words[v], "leased_to", sentence=sent[v])
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sent[v], "leased_to"
        if (year := year_after(d, v + 1, lessee.j + 6, sent[v], (";", ".")) or opening_year(d, v)) is not None:
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


def _place_owner(state: State, v: int, lessee: str) -> str | None:
    """The one country other than the lessee its sentence names before the verb ("Tartus,
    Syria's second-largest port, was leased"; "Sri Lanka's Hambantota port was leased")."""
    d = state.doc
    first = d.sent_first[d.sent[v]]
    named = {c.name for c in state.countries if first <= c.i < v and c.name != lessee}
    return named.pop() if len(named) == 1 else None
