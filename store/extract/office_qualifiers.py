"""Qualifiers an article gives an office, kept in the role: a grade inside the office's
capitalised run ("Deputy President", "Acting Deputy Prime Minister") and a word saying when or
how the office is held, right before it ("former President", "caretaker Prime Minister") or
before the country that owns it ("former Kenyan President") (rule office_qualifier); and the
portfolios joined to the office's own by "and" ("Trade and Agriculture Minister") (rule
portfolio_pair)."""

from __future__ import annotations

from store.extract.office_forms import PORTFOLIO_ADJECTIVES, PORTFOLIO_WORDS
from store.extract.state import State

# Capitalised words that make an office a grade of it when they open its run.
_GRADES = frozenset({"Deputy", "Vice", "Acting", "Interim", "Caretaker", "Former", "Outgoing", "Incoming", "Transitional"})
# Words saying the office is held for a while, or was held: the role keeps them.
QUALIFIERS = frozenset({"former", "caretaker", "acting", "interim", "outgoing", "incoming", "transitional"})
# Words that make the portfolio after them part of another name ("Ministry of Trade").
_OF_ANOTHER = frozenset({"of", "for", "on", "in", "and", "to"})


def qualified_start(state: State, first: int, ti: int) -> int:
    """Where the office matched at token ``ti`` starts once its grade words in the run (from
    ``first``) and a qualifier right before them are counted in; ``ti`` when there are none."""
    d = state.doc
    s = ti
    while s > first and d.words[s - 1] in _GRADES:
        s -= 1
    if s > 0 and d.low[s - 1] in QUALIFIERS and d.sent[s - 1] == d.sent[s]:
        s -= 1
    return s


def qualifier_before_owner(state: State, ti: int) -> str:
    """The lower-case qualifier right before the country that owns the office starting at
    ``ti`` ("former Kenyan President", "outgoing U.S. envoy"), else ""."""
    c = state.country_end.get(ti)
    if c is None or c.i < 1:
        return ""
    d = state.doc
    w, k = d.words[c.i - 1], c.i - 1
    if w[:1].isupper() and d.sent_first[d.sent[k]] == k:
        w = w.lower()  # "Former Kenyan President A" opening a sentence or a caption
    return w if w in QUALIFIERS and d.sent[k] == d.sent[ti] else ""


def lower_qualified(state: State, ti: int, title: str) -> tuple[int, str]:
    """A lower-case office starting at token ``ti`` with the qualifier written before it or
    before the country owning it ("former prime minister A", "former Kenyan president B" reads
    "former president"): the new start and title; unchanged when there is none."""
    d = state.doc
    if ti >= 1 and d.low[ti - 1] in QUALIFIERS and d.words[ti - 1].islower() and d.sent[ti - 1] == d.sent[ti]:
        return ti - 1, f"{d.words[ti - 1]} {title}"
    q = qualifier_before_owner(state, ti)
    return ti, f"{q} {title}" if q else title


def portfolio_pair_start(state: State, ti: int) -> int:
    """Where an office whose portfolio starts at token ``ti`` starts when portfolio nouns joined
    by "and" (and commas) stand before it: "Trade and Agriculture Minister", "Fisheries,
    Forestry and Oceans Minister", with an adjective of the first portfolio too ("Natural
    Resources and Environment Minister", rule portfolio_adjective); ``ti`` otherwise."""
    s = _pair_start(state, ti)
    d = state.doc
    while s < ti and s >= 1 and d.words[s - 1] in PORTFOLIO_ADJECTIVES and d.sent[s - 1] == d.sent[s]:
        s -= 1
    return s


def _pair_start(state: State, ti: int) -> int:
    d = state.doc
    the = ti >= 3 and d.low[ti - 1] == "the" and d.words[ti - 1] == "the"  # "Fisheries and the Environment Minister"
    if ti < 2 or d.low[ti - 1 - the] != "and" or not d.is_cap(ti):
        return ti
    s = ti - 2 - the
    if d.low[s] not in PORTFOLIO_WORDS or not d.is_cap(s) or d.sent[s] != d.sent[ti]:
        return ti
    while s >= 2 and d.words[s - 1] == "," and d.low[s - 2] in PORTFOLIO_WORDS and d.is_cap(s - 2):
        s -= 2
    if s >= 1 and d.low[s - 1] in _OF_ANOTHER:
        return ti  # "the Ministry of Trade and Foreign Minister A": the first portfolio is another's
    return s
