"""Rule state_accession: a state's accession told by the noun ("Finland's accession", "its
accession protocol", "the accession of X to Y") is the text of its joining a body: the state and
the body it joins, one record per pair, as a reader counts a membership bid ratified or signed."""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.state import AgreementAcc, CountryMention, State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import positions, vocabulary
from store.extract.unnamed_parts import attach

_NOUN = frozenset({"accession"})
# Organisation types a state joins as a member (alliances, blocs, international bodies).
_BODY_TYPES = frozenset({"grouping", "alliance", "agency", "un"})
_OWNERS = frozenset({"its", "their"})


def find_accessions(state: State) -> None:
    """Each "<state>'s accession [protocol] [to <body>]" outside a name: the state's text of
    joining the body the noun's "to" names, else the one membership body named nearest in its
    sentence, the one before or the one after; a record of the same pair takes it as a mention."""
    if "accession" not in vocabulary(state):
        return
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    for k in positions(state, _NOUN):
        if state.blocked[k]:
            continue  # inside a name ("the Protocol on the Accession of X") or a mention told before
        joiner = _joiner(state, k)
        end = k + 2 if k + 1 < n and low[k + 1] == "protocol" else k + 1
        body = _body_after(state, end) or _body_near(state, k)
        if joiner is None or body is None or joiner == body:
            continue
        start = _opening(state, k)
        if start >= 2 and low[start - 1] in ("on", "of", "for") and state.blocked[start - 2]:
            continue  # "the protocol on Sweden's accession": the subject of a text told there
        keyword = d.text[d.starts[k] : d.ends[end - 1]]
        pair = {joiner, body}
        same = next((a for a in state.agreements if {p for p, _ in a.parties} == pair), None)
        if same is not None:
            attach(state, same, start, end, keyword, same.family)  # "the protocol on Sweden's accession ... ratified Sweden's accession"
            continue
        core = keyword.casefold()
        acc: AgreementAcc = described_record(
            state, [joiner, body], core, "agreement", (start, end), keyword, "state_accession", sentence=sent[k]
        )
        state.agreements.append(acc)
        state.blocked[k:end] = b"\x01" * (end - k)


def _opening(state: State, k: int) -> int:
    """Where the mention opens: at its owner ("Sweden's accession", "its accession"), so the
    verb before it ("ratified Sweden's accession") is its own, else at the noun."""
    low = state.doc.low
    if k >= 3 and low[k - 1] == "s" and (c := state.country_end.get(k - 2)) is not None:
        return c.i
    return k - 1 if k >= 1 and low[k - 1] in _OWNERS else k


def _country(c: CountryMention | None) -> str | None:
    """The country a mention names when it stands for the state (not a firm, not a body)."""
    return c.name if c is not None and c.actor and c.form != "org" else None


def _joiner(state: State, k: int) -> str | None:
    """The state whose accession the noun at ``k`` tells: "Sweden's accession", "the accession
    of Sweden", "its accession" (the one country its sentence names before it), else None."""
    d = state.doc
    low = d.low
    if k >= 3 and low[k - 1] == "s" and d.words[k - 2] in APOSTROPHES:
        return _country(state.country_end.get(k - 2))
    if k + 2 < d.n and low[k + 1] == "of":
        return _country(state.country_start.get(k + 2 + (low[k + 2] == "the")))
    if k >= 1 and low[k - 1] in _OWNERS:
        before = {c.name for c in state.countries if c.sentence == d.sent[k] and c.i < k and c.actor}
        return next(iter(before)) if len(before) == 1 else None
    return None


def _member_body(state: State, c: CountryMention | None) -> str | None:
    """The name of a body states join, when the mention is one ("NATO", "Mercosur")."""
    if c is None or c.name not in state.orgs:
        return None
    org = state.gz.organizations.get(c.name)
    return c.name if org is not None and org.type in _BODY_TYPES else None


def _body_after(state: State, end: int) -> str | None:
    """The body "to [the] X" right after the noun names ("accession to NATO")."""
    d = state.doc
    if end >= d.n or d.low[end] != "to":
        return None
    at = end + 1 + (d.lower(end + 1) == "the")
    return _member_body(state, state.org_start.get(at))


def _body_near(state: State, k: int) -> str | None:
    """The one membership body named in the noun's sentence, else the sentence before, else the
    one after (the nearer when several are named: "NATO enlargement, most recently Finland's
    accession")."""
    s = state.doc.sent[k]
    for near in (s, s - 1, s + 1):
        found = {b for c in state.org_start.values() if c.sentence == near and (b := _member_body(state, c))}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None
