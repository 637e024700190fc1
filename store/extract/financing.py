"""Money a lending body commits told with no agreement noun: "the World Bank said it would
provide $1.5 billion in financing" and "the Bank announced a separate support package worth
$12 billion" (or any side's "agreed a 7.4 billion euro package with Egypt") are agreements of
the lender and the borrower, announced (approved or agreed: signed), the amount their value,
of the story's year; so are "would provide a $12 billion support package" and "would provide
Ethiopia with up to $16 billion". The borrower is the party after "to", "for" or "with", else the one
country of the sentence, else the borrower of the agreement told before. (Rule:
lender_financing.)"""

from __future__ import annotations

from store.extract.lists import described_record, sentence_countries
from store.extract.money import money_ending, value_start
from store.extract.parties import actor_before
from store.extract.state import State
from store.extract.triggers import positions, vocabulary
from store.extract.when import article_year
from store.records import Fact

_GIVE = frozenset({"provide", "extend", "lend", "offer", "give", "disburse", "commit"})
_ANNOUNCE = frozenset({"announced", "unveiled", "approved", "agreed", "offered", "pledged"})
# What the amount is given as: "$1.5 billion in financing", "$500 million of loans".
_FORMS = frozenset({"financing", "finance", "funding", "loans", "credit", "credits", "grants", "support", "aid", "assistance"})
# Words between "a" and "package" that make it money lent or given ("a separate support package").
_KINDS = frozenset({"support", "financing", "aid", "rescue", "funding", "loan", "assistance", "relief", "bailout"})
_BETWEEN = frozenset({"separate", "new", "additional", "further", "fresh", "emergency", "budget", "financial", "economic"})
_SIGNED = frozenset({"approved", "agreed"})


def find_financing(state: State) -> None:
    """Each lender's stated financing or support package (see the module docstring)."""
    vocab = vocabulary(state)
    if not state.org_end or (_GIVE.isdisjoint(vocab) and "package" not in vocab):
        return  # most articles: no lending body, or no verb of giving and no package
    d = state.doc
    low, n = d.low, d.n
    for v in positions(state, _GIVE | _ANNOUNCE):
        if v + 3 >= n or state.blocked[v + 1]:
            continue
        given_to = _given_party(state, v) if low[v] in _GIVE else None
        if given_to is not None:
            # "would provide Ethiopia with up to $16 billion": the party, then the amount (rule: provide_with)
            start = given_to[1]
            end = _amount_end(state, start)
            if end is None:
                continue
            noun, value_at = end, start
            core = "financing"
            status = "announced"
        elif low[v] in _GIVE and low[v + 1] not in ("a", "an"):
            start = v + 1
            end = _amount_end(state, start)
            if end is None or end + 1 >= n or low[end + 1] not in ("in", "of") or low[end + 2] not in _FORMS:
                continue  # "provide support", "give $5 to": no amount lent in a form of money
            noun, value_at = end + 2, start
            core = low[noun]
            status = "announced"
        else:  # "announced a support package", also "would provide a $12 billion support package"
            x = v + 1
            if low[x] not in ("a", "an"):
                continue
            x += 1
            amount = _amount_end(state, x)  # "agreed a 7.4 billion euro package"
            value_at = x if amount is not None else None
            x = amount + 1 if amount is not None else x
            kinds = []
            while x < n and x - v < 12 and (low[x] in _BETWEEN or low[x] in _KINDS):
                if low[x] in _KINDS or low[x] == "budget":
                    kinds.append(low[x])
                x += 1
            if x >= n or low[x] != "package" or not (kinds or amount is not None):
                continue  # "announced a plan", "a package of reforms": no package of money
            noun = x
            value_at = value_at if value_at is not None else value_start(state, x + 1)
            core = " ".join([*kinds, "package"])
            status = "signed" if low[v] in _SIGNED else "announced"
        lender = actor_before(state, v)
        partner = noun + 2 < n and low[noun + 1] == "with" and state.party_start(noun + 2 + (low[noun + 2] == "the"))
        if lender is None or lender not in state.gz.organizations and not partner:
            continue  # a country's own spending, or no one named; "a package with Egypt": two sides
        borrower = given_to[0] if given_to is not None else _borrower(state, noun + 1, lender)
        if borrower is None:
            continue
        _record(state, [lender, borrower], core, v, noun + 1, value_at, status)


def _given_party(state: State, v: int) -> tuple[str, int] | None:
    """The party a verb of giving names before "with [up to] <amount>" ("provide Ethiopia with
    up to $16 billion"): its name and where the amount opens, else None."""
    d = state.doc
    c = state.party_start(v + 1 + (d.lower(v + 1) == "the"))
    if c is None or c.j + 1 >= d.n or d.low[c.j] != "with":
        return None
    at = c.j + 1
    if d.low[at : at + 2] == ["up", "to"]:
        at += 2
    return (c.name, at) if _amount_end(state, at) is not None else None


def _amount_end(state: State, start: int) -> int | None:
    """The last token of the amount of money that opens at ``start`` ("$ 1 . 5 billion")."""
    found = None
    for e in range(start, min(state.doc.n, start + 7)):
        if money_ending(state, e) == start:
            found = e
    return found


def _borrower(state: State, after: int, lender: str) -> str | None:
    """Who gets the money: "to"/"for" a party right after, else the one country the sentence
    names, else a country of the latest agreement with the lender's kind of party told before."""
    d = state.doc
    if after + 1 < d.n and d.low[after] in ("to", "for", "with"):
        c = state.party_start(after + 1 + (d.low[after + 1] == "the"))
        if c is not None and c.name != lender:
            return c.name
    here = [c for c in sentence_countries(state, d.sent[after - 1]) if c != lender]
    if len(here) == 1:
        return here[0]
    if here:
        return None  # several countries: no telling whose
    for acc in reversed(state.agreements):
        names = [p for p, _ in acc.parties]
        if acc.mentions and acc.first < after and any(p in state.gz.organizations for p in names):
            countries = [p for p in names if p not in state.gz.organizations]
            if len(countries) == 1:
                return countries[0]  # "Ethiopia's IMF programme ... the World Bank would provide"
    return None


def _record(state: State, parties: list[str], core: str, v: int, end: int, value_at: int | None, status: str) -> None:
    """One agreement of the lender and the borrower, told by the words from the verb on."""
    d = state.doc
    sentence = d.sent[v]
    keyword = d.text[d.starts[v + 1] : d.ends[end - 1]]
    acc = described_record(state, parties, core, "deal", (v + 1, end), keyword, "lender_financing", sentence=sentence, first=v)
    acc.status_hint, acc.status_sentence, acc.hint_rule = status, sentence, "lender_financing"
    if value_at is not None:
        acc.value_at, acc.value_rule = value_at, "lender_financing"
    published = article_year(state)
    x = d.sent_first[sentence]
    while x < d.n and d.sent[x] == sentence and not (len(d.words[x]) == 4 and d.words[x].isdigit()):
        x += 1
    if published is not None and (x >= d.n or d.sent[x] != sentence):
        # a lender's word the story reports is of the story's time, unless its sentence writes a year
        acc.year = published[0]
        acc.facts.append(Fact("year", acc.year, sentence, "lender_financing"))
    state.agreements.append(acc)
    state.block(v + 1, end)
