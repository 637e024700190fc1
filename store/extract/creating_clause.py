"""Rule creating_clause: a definite agreement noun defined by what it creates ("the treaty
establishing a confederation", "the agreement creating the X Free Trade Area (XFTA)") is a text
of its own, not a mention of the agreement told before it: a named thing it creates names it,
else it is described by what it creates, between the countries its sentence names (else the
sides of the record the mention was first given to)."""

from __future__ import annotations

from store.extract.lists import described_record, sentence_countries, unnamed_name
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary

_CREATING = frozenset({"creating", "establishing", "founding", "forming", "instituting"})
_NOUNS = frozenset({"treaty", "agreement", "accord", "pact", "charter", "convention", "protocol"})
# Lower-case words inside a name ("Economic Community of West African States").
_JOINERS = frozenset({"of", "and", "for", "on", "the"})
# Words that end what is created ("a confederation between them", "a zone for trade").
_ENDS = frozenset("between among with for in on at by to that which who , . ; : ( )".split())


def find_creating_clauses(state: State) -> None:
    """Each "the <noun> <creating> <object>" (see the module docstring)."""
    if _CREATING.isdisjoint(vocabulary(state)):
        return
    d = state.doc
    low = d.low
    for k in positions(state, _CREATING):
        noun = k - 1
        if noun < 1 or low[noun] not in _NOUNS or low[noun - 1] != "the" or k + 2 >= d.n:
            continue
        owner = next((a for a in state.agreements if any(i <= noun < j for i, j in a.mentions)), None)
        named = _named_object(state, k + 1)
        if named is not None:
            _name_by(state, owner, noun, named)
        elif low[k + 1] in ("a", "an"):
            _describe_by(state, owner, noun, k + 2)


def _named_object(state: State, x: int) -> tuple[str, str | None] | None:
    """The name of what is created, capitalised ("the African Continental Free Trade Area"), and
    the acronym in brackets after it, if any; None for a thing in lower case."""
    d = state.doc
    words = d.words
    x += d.low[x] == "the"
    end = x
    caps = 0
    while end < d.n and d.sent[end] == d.sent[x] and (words[end][:1].isupper() or words[end] in _JOINERS and caps):
        caps += words[end][:1].isupper()
        end += 1
    while end > x and words[end - 1] in _JOINERS:
        end -= 1
    if caps < 2:
        return None
    name = d.text[d.starts[x] : d.ends[end - 1]]
    acronym = words[end + 1] if end + 2 < d.n and words[end] == "(" and words[end + 2] == ")" and words[end + 1].isupper() else None
    return name, acronym


def _name_by(state: State, owner: AgreementAcc | None, noun: int, named: tuple[str, str | None]) -> None:
    """The agreement is the named thing: the unnamed record of the mention takes the name, a
    named record of another name gives the mention up to a record of that name."""
    name, acronym = named
    if owner is not None and not owner.unnamed and owner.name != name:
        _detach(state, owner, noun)
        owner = None
    if owner is None:
        owner = next((a for a in state.agreements if a.name == name), None)
        if owner is None:
            owner = described_record(state, [], name, "agreement", (noun, noun + 1), state.doc.words[noun], "creating_clause", sentence=state.doc.sent[noun])
            state.agreements.append(owner)
        else:
            owner.mentions.append((noun, noun + 1))
            owner.spans.append(state.span(noun, noun + 1, "creating_clause"))
    owner.name, owner.unnamed, owner.core = name, False, name
    if acronym is not None and acronym not in owner.aliases:
        owner.aliases.append(acronym)


def _describe_by(state: State, owner: AgreementAcc | None, noun: int, x: int) -> None:
    """The agreement is described by the lower-case thing it creates ("the treaty establishing
    a confederation": the confederation treaty), between the sentence's countries."""
    d = state.doc
    end = x
    while end < d.n and end - x < 4 and d.sent[end] == d.sent[noun] and d.words[end][:1].islower() and d.low[end] not in _ENDS:
        end += 1
    if end == x:
        return
    core = f"{d.low[end - 1]} {d.low[noun]}"
    keyword = d.text[d.starts[noun] : d.ends[end - 1]]
    here = sentence_countries(state, d.sent[noun])
    if owner is not None and owner.unnamed:
        if len(here) >= 2:
            owner.parties = [(p, d.sent[noun]) for p in here]
            owner.party_rules = dict.fromkeys(here, "creating_clause")
        owner.core = core
        owner.name = unnamed_name(state, [p for p, _ in owner.parties], core)
        if keyword not in owner.keywords:
            owner.keywords.append(keyword)
        return
    parties = here if len(here) >= 2 else [p for p, _ in owner.parties] if owner is not None else []
    if len(parties) < 2:
        return
    if owner is not None:
        _detach(state, owner, noun)
    acc = described_record(state, parties, core, "agreement", (noun, end), keyword, "creating_clause", sentence=d.sent[noun])
    state.agreements.append(acc)


def _detach(state: State, owner: AgreementAcc, noun: int) -> None:
    """The mention at ``noun`` is no longer the owner's."""
    d = state.doc
    gone = [(i, j) for i, j in owner.mentions if i <= noun < j]
    owner.mentions = [m for m in owner.mentions if m not in gone]
    starts = {d.starts[i] for i, _ in gone}
    owner.spans = [s for s in owner.spans if s.start not in starts]
