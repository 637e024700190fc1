"""A step told as following the one before ("Ankara gave its green light in January.
Washington then approved the sale of F-16 jets") happened in the time of the sentence before:
an agreement its sentence makes with no year of its own takes that sentence's year.
(Rule: then_previous_year.)"""

from __future__ import annotations

from store.extract.fact_years import holds_year, sentence_size
from store.extract.state import AgreementAcc, State
from store.extract.when import day_year, full_date_year

# The most words from a sentence's start to its "then" ("Washington then", "The two sides then").
_REACH = 6


def then_year(state: State, acc: AgreementAcc) -> tuple[int, int] | None:
    """(year, sentence) of the sentence before a mention's sentence whose subject "then" makes
    the agreement, when the mention's own sentence writes no year; else None."""
    d = state.doc
    low = d.low
    for i, _ in sorted(acc.mentions):
        here = d.sent[i]
        first = d.sent_first[here]
        if here == 0 or not any(_then(low, x) for x in range(first, min(i, first + _REACH))):
            continue
        if holds_year(low[first : first + sentence_size(d, first, here, 120)]):
            continue  # the sentence dates itself
        before = here - 1
        year = _one_year(state, before) or day_year(state, before) or full_date_year(state, before)
        if year is not None:
            return year, here
    return None


def _then(low: list[str], x: int) -> bool:
    """Whether the word at x is the "then" of a next step: not "then-President", nor "since
    then" or "until then", which point back to a time without sharing it."""
    return low[x] == "then" and low[x + 1 : x + 2] != ["-"] and (x == 0 or low[x - 1] not in _POINTING)


# Words before "then" that point back to a time rather than follow it.
_POINTING = frozenset({"since", "until", "till", "by", "back", "before", "from"})


def _one_year(state: State, sentence: int) -> int | None:
    """The one year the sentence writes, when it writes exactly one."""
    d = state.doc
    lo = d.sent_first[sentence]
    if lo < 0:
        return None
    years = {w for w in d.words[lo : lo + sentence_size(d, lo, sentence, 120)] if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")}
    return int(years.pop()) if len(years) == 1 else None
