"""Rule lender_named_loan: a loan or programme named by its lender ("a $3 billion IMF loan",
"its IMF programme", "Kenya's World Bank loan") is an agreement of the lender and the borrower:
the country whose possessive opens it, else the country named last before it in its sentence
(the one "which secured" it, the owner "its" stands for). A record of the same pair told before
takes it as a mention; the noun alone after a lender's name is otherwise skipped by the scan."""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.money import money_ending
from store.extract.state import State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import positions, vocabulary
from store.extract.unnamed_parts import attach

_NOUNS = frozenset({"loan", "programme", "program", "bailout"})
# Words of a lending body's name ("International Monetary Fund", "World Bank").
_LENDING = frozenset({"bank", "fund"})
# Words after the noun that make it a modifier ("the IMF programme review", "IMF loan talks").
_MODIFIED = frozenset({"talks", "review", "negotiations", "conditions", "terms", "tranche", "payments", "repayments"})


def find_lender_named(state: State) -> None:
    """Each loan noun right after a lender's name, with a borrower (see the module docstring)."""
    if _NOUNS.isdisjoint(vocabulary(state)) or not state.org_end:
        return
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    for k in positions(state, _NOUNS):
        lender = _lender(state, state.org_end.get(k))
        if lender is None or state.blocked[k] or k + 1 < n and low[k + 1] in _MODIFIED:
            continue
        opening = next((c.i for c in state.org_start.values() if c.j == k and c.name == lender), k - 1)
        borrower, start = _borrower(state, opening, lender)
        if borrower is None:
            continue
        amount = money_ending(state, start - 1) if start >= 1 else None
        first = amount if amount is not None else start
        keyword = d.text[d.starts[first] : d.ends[k]]
        pair = {lender, borrower}
        same = next((a for a in state.agreements if {p for p, _ in a.parties} == pair and a.first < first), None)
        if same is not None:
            attach(state, same, first, k + 1, keyword, same.family)
            continue
        acc = described_record(state, [borrower, lender], low[k], "deal", (first, k + 1), keyword, "lender_named_loan", sentence=sent[k])
        if amount is not None:
            acc.value_at, acc.value_rule = amount, "lender_named_loan"
        state.agreements.append(acc)
        state.block(first, k + 1)


def _lender(state: State, name: str | None) -> str | None:
    """The name when it is a lending body: a fund or bank the gazetteer knows that is no
    state's central bank."""
    if name is None:
        return None
    org = state.gz.organizations.get(name)
    if org is None or org.type == "central_bank" or _LENDING.isdisjoint(name.casefold().split()):
        return None
    return name


def _borrower(state: State, opening: int, lender: str) -> tuple[str | None, int]:
    """Who borrows, and where the mention opens: "Kenya's IMF loan" (the possessive), else the
    country named last before the lender's name in its sentence."""
    d = state.doc
    if opening >= 3 and d.low[opening - 1] == "s" and d.words[opening - 2] in APOSTROPHES:
        c = state.country_end.get(opening - 2)
        return (c.name, c.i) if c is not None and c.actor else (None, opening)
    x = opening - 1 if opening >= 1 and d.low[opening - 1] in ("a", "an", "its", "the", "their") else opening
    first = d.sent_first[d.sent[opening]]
    before = [c for c in state.countries if c.sentence == d.sent[opening] and c.actor and c.j <= x and c.i >= first]
    if not before:
        return None, x
    last = max(before, key=lambda c: c.i)
    return (last.name if last.name != lender else None), x
