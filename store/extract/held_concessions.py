"""Rule held_concession: a concession or lease a firm holds ("DP World's concession", "its
current lease with the agency Corfo", "X won a 30-year concession") is an agreement between the
firm and the state or body that granted it: the one "with" names, the one that ends or extends
it ("Djibouti terminated X's concession"), else the one country its sentence names. One the
granting side gives ("Djibouti granted DP World a concession", "awarded a concession for the
port to X") is the grantor's and the firm's (rule: granted_concession)."""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.opening_year import opening_year
from store.extract.state import CountryMention, State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import positions, vocabulary
from store.extract.unnamed_parts import attach
from store.records import Fact

_NOUNS = frozenset({"concession", "lease"})
# Verbs by which a firm comes to hold one ("DP World won a concession").
_HOLDING = frozenset("won wins secured secures holds held obtained obtains took takes signed signs".split())
# Verbs by which the granting side acts on one ("Djibouti terminated X's concession").
_GRANTOR_ACTS = frozenset(
    "terminated terminates revoked revokes cancelled canceled cancels scrapped scraps extended extends "
    "renewed renews granted grants suspended suspends annulled annuls rescinded rescinds".split()
)
# Verbs by which the granting side gives one to a firm ("Djibouti granted DP World a concession").
_GRANTING = frozenset("granted grants awarded awards handed hands gave gives".split())
_DETS = frozenset({"a", "an"})
_OWNERS = frozenset({"its", "their"})


def find_held_concessions(state: State) -> None:
    """Each concession or lease noun no mention took, whose holder is a firm and whose grantor
    the sentence gives (see the module docstring): one record per pair, later ones its mentions."""
    if _NOUNS.isdisjoint(vocabulary(state)):
        return
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    fam = state.cues.family
    for k in positions(state, _NOUNS):
        if state.blocked[k] or k + 1 < n and (low[k + 1] in fam or low[k + 1] in _NOUNS):
            continue  # a mention found before; "a lease agreement" is the scan's
        opening = _phrase_start(state, k)
        holder, start = _holder(state, k, opening)
        granted = _granted(state, k, opening) if holder is None else None
        if granted is not None:
            holder, start, grantor = granted
        if holder is None:
            continue
        if granted is None:
            grantor = _with_after(state, k) or _acting_before(state, start) or _one_country(state, sent[k], holder)
        if grantor is None or grantor == holder:
            continue
        keyword = d.text[d.starts[opening] : d.ends[k]]
        pair = {grantor, holder}
        same = next((a for a in state.agreements if {p for p, _ in a.parties} == pair and low[k] in a.core), None)
        if same is not None:
            attach(state, same, start, k + 1, keyword, same.family)
            continue
        acc = described_record(state, [grantor, holder], low[k], "deal", (start, k + 1), keyword, "held_concession", sentence=sent[k])
        if granted is not None:  # a concession given is a signed one
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sent[k], "granted_concession"
            if (year := opening_year(d, k)) is not None:  # "In 2022 Angola granted a concession ..."
                acc.year = year
                acc.facts.append(Fact("year", year, sent[k], "opening_year"))
        state.agreements.append(acc)
        state.blocked[k] = 1


def _phrase_start(state: State, k: int) -> int:
    """The first modifier of the noun at ``k`` ("30-year", "current"): lower-case words and
    hyphenated ones, up to four, after the determiner or owner."""
    d = state.doc
    x = k
    while x - 1 >= 0 and k - x < 6 and d.sent[x - 1] == d.sent[k]:
        w = d.words[x - 1]
        if w in ("-", "\u2013") or (w[:1].islower() or w[:1].isdigit()) and d.low[x - 1] not in _DETS | _OWNERS | {"the", "s"}:
            x -= 1
            continue
        break
    return x


def _firm(state: State, name: str | None) -> str | None:
    """The name when it is an organisation that is no state body (a firm, an operator)."""
    if name is None or name not in state.orgs:
        return None
    org = state.gz.organizations.get(name)
    if org is not None and org.type != "company":
        return None
    return None if state.public_name(name, name.casefold().split()) else name


def _holder(state: State, k: int, x: int) -> tuple[str | None, int]:
    """The firm holding the noun at ``k`` whose modifiers open at ``x``, and where the mention
    opens: "DP World's concession", "its lease" (the one firm named before in the sentence),
    "X won a concession"."""
    d = state.doc
    low = d.low
    if x >= 3 and low[x - 1] == "s" and d.words[x - 2] in APOSTROPHES:
        firm = _firm(state, state.org_end.get(x - 2))
        start = next((c.i for c in state.org_start.values() if c.j == x - 2), x - 2)
        return firm, start
    if x >= 1 and low[x - 1] in _OWNERS:
        firms = {f for c in state.org_start.values() if c.sentence == d.sent[k] and c.j <= x and (f := _firm(state, c.name))}
        return (firms.pop(), x - 1) if len(firms) == 1 else (None, x)
    if x >= 2 and low[x - 1] in _DETS and low[x - 2] in _HOLDING:
        return _firm(state, state.org_end.get(x - 2)), x - 1
    return None, x


def _granted(state: State, k: int, x: int) -> tuple[str, int, str | None] | None:
    """A concession or lease the granting side gives a firm (rule: granted_concession): "Djibouti
    granted DP World a 30-year concession", "Angola awarded a concession to run the railway to
    X": the firm, where the mention opens, and the side before the verb."""
    d = state.doc
    low = d.low
    if x < 2 or low[x - 1] not in _DETS:
        return None
    firm: str | None = None
    v = x - 2
    if low[v] not in _GRANTING:
        o = next((c for c in state.org_start.values() if c.j == x - 1), None)
        if o is None or o.i < 1 or low[o.i - 1] not in _GRANTING:
            return None
        firm, v = _firm(state, o.name), o.i - 1  # "granted DP World a concession"
    else:
        for t in range(k + 1, min(d.n - 1, k + 16)):
            if d.sent[t] != d.sent[k] or low[t] in (";", ".", "under", "with"):
                break
            if low[t] == "to" and (c := state.party_start(t + 1 + (low[t + 1] == "the"))) is not None:
                firm = _firm(state, c.name)  # "granted a concession to run the port to X"
                break
    if firm is None:
        return None
    c = state.country_end.get(v)
    grantor = c.name if c is not None and c.actor else state.org_end.get(v)
    return firm, x - 1, grantor or _one_country(state, d.sent[k], firm)


def _party(c: CountryMention | None) -> str | None:
    """The name of a country or body mention that can be a party."""
    return c.name if c is not None and c.actor else None


def _with_after(state: State, k: int) -> str | None:
    """The side "with" or "from" names right after the noun, past "the" and a lower-case description ("its
    lease with the state development agency Corfo")."""
    d = state.doc
    if k + 2 >= d.n or d.low[k + 1] not in ("with", "from"):
        return None
    x = k + 2 + (d.low[k + 2] == "the")
    while x < d.n and x - k < 8 and d.words[x][:1].islower() and d.sent[x] == d.sent[k]:
        x += 1
    return _party(state.party_start(x))


def _acting_before(state: State, start: int) -> str | None:
    """The side whose act on the holder's concession comes right before it ("Djibouti
    terminated DP World's concession")."""
    v = start - 1
    if v < 1 or state.doc.low[v] not in _GRANTOR_ACTS:
        return None
    c = state.country_end.get(v)
    if c is not None and c.actor:
        return c.name
    return state.org_end.get(v)


def _one_country(state: State, sentence: int, holder: str) -> str | None:
    """The one country its sentence names as an actor, if only one ("Panama Ports Company's
    concession ... audited by Panama's comptroller")."""
    named = {c.name for c in state.countries if c.sentence == sentence and c.actor and c.name != holder}
    return named.pop() if len(named) == 1 else None
