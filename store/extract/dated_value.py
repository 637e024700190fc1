"""Values told of an agreement in two shapes the cue right after a mention does not reach:

- dated_value: the value cue past a date phrase that follows the mention ("signed a fisheries
  pact in 2019 worth $3 billion", "in late October, a package worth NZ$90 million", "on 9
  December 2024, valued at"): the date tells when, the cue after it still speaks of the mention.
- money_verb_value: the mention as the subject of a present or future verb of money ("The X
  Treaty commits Australia to A$140 million", "The deal will provide Chile with $200 million",
  "The accord, signed in May, grants $50 million"): what it commits or provides is its value.
"""

from __future__ import annotations

from store.extract.calendar_words import past_date_phrase
from store.extract.money import parse_money, value_in_clause, value_start
from store.extract.state import State

# Verbs of money an agreement as subject commits ("commits Australia to", "provides $2 billion").
_MONEY_VERBS = frozenset(
    "commits provides gives grants offers allocates earmarks pledges guarantees promises "
    "commit provide give grant offer allocate earmark pledge guarantee promise".split()
)
# Auxiliaries and adverbs between a subject and its verb ("will also provide").
_AUX = frozenset("will would shall also further".split())
# Words before the amount: hedges and the preposition after a named recipient.
_HEDGES = frozenset("some about around nearly almost up to more than over as much roughly an estimated total of".split())
# Participles of an aside between the mention and its verb (", signed in May,").
_MADE = frozenset("signed inked sealed agreed concluded struck reached announced finalised finalized ratified approved".split())


def dated_value(state: State, j: int) -> int | None:
    """The first token of the amount a value cue gives past a date phrase after a mention
    ending at j, else None. (Rule: dated_value.)"""
    k = past_date_phrase(state.doc.low, state.doc.words, j)
    if k == j or k >= state.doc.n or state.doc.sent[k] != state.doc.sent[j - 1]:
        return None
    found = value_start(state, k)
    return found if found is not None else value_in_clause(state, k)


def money_verb_value(state: State, i: int, j: int) -> int | None:
    """The amount the mention from i to j, as the subject of its sentence, commits or provides
    ("commits Australia to A$140 million", "will provide $2 billion"), else None. (Rule:
    money_verb_value.)"""
    d = state.doc
    low, words, n, here = d.low, d.words, d.n, d.sent[i]
    first = d.sent_first[here]
    if i - first > 2 or any(not words[x][:1].isupper() and low[x] not in ("the", "this", "a") for x in range(first, i)):
        return None  # not the sentence's subject
    k = j
    if k < n and low[k] == "," and k + 1 < n and low[k + 1] in _MADE:
        k = next((y + 1 for y in range(k + 2, min(n, k + 12)) if low[y] == "," and d.sent[y] == here), k)
    while k < n and low[k] in _AUX:
        k += 1
    if k >= n or low[k] not in _MONEY_VERBS:
        return None
    k += 1
    for y in range(k, min(n, k + 5)):  # "commits Australia to", "will provide Nauru with", "gives Peru $2 billion"
        if d.sent[y] != here or low[y] in (",", ".", ";") or _money(state, y):
            k = y
            break
        if low[y] in ("to", "with") and y > k:
            k = y + 1
            break
        if not (words[y][:1].isupper() or low[y] == "the"):
            k = y if low[y] in _HEDGES else k
            break
    while k < n and (low[k] in _HEDGES or low[k] == "a" and d.lower(k + 1) == "total"):  # not the "A" of "A$"
        k += 1
    return k if k < n and d.sent[k] == here and _money(state, k) else None


def _money(state: State, k: int) -> bool:
    d = state.doc
    return parse_money(state, d.text[d.starts[k] : d.starts[k] + 60]) is not None
