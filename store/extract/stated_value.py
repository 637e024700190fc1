"""Values a sentence states of an agreement around its mention in two shapes the cue after a
mention does not read:

- value_of_mention: "The value of the agreement exceeds €750 million", "the total value of the
  deal is put at $2 billion": the agreement's value is the amount its "value of" phrase is
  said to be.
- own_value: "the contract's value would reach $370 million", "the deal's total value is $2
  billion": the value the mention's own possessive says it has.
- under_opening_value: "Under the treaty, Australia will provide A$100 million in budget
  support": what a party puts in or gets under the agreement the sentence opens with is what
  the agreement is worth (the first amount; the money verb right after a short subject).
"""

from __future__ import annotations

from store.extract.dated_value import dated_value, money_verb_value
from store.extract.money import parse_money
from store.extract.state import State
from store.extract.tokens import APOSTROPHES

# Words between "the value of the <mention>" and its amount ("is", "exceeds", "stands at").
_SAID_TO_BE = frozenset(
    "is was are were will would be been has had stands stood at exceeds exceeded tops topped reach reaches "
    "reached rise rises rose risen amounts amounted to comes came put estimated set more than over about around nearly "
    "almost some roughly up an".split()
)
_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
# Money verbs of a party under an agreement ("Australia will provide A$100 million").
_MONEY_VERBS = frozenset(
    "provide provides provided give gives gave pay pays paid invest invests invested grant grants granted "
    "contribute contributes contributed lend lends lent receive receives received commit commits committed "
    "pledge pledges pledged spend spends spent disburse disburses disbursed offer offers offered "
    "attract attracts attracted mobilise mobilises mobilised mobilize mobilizes mobilized".split()
)
# Auxiliaries and adverbs between the subject and its money verb ("will also provide").
_AUX = frozenset("will would shall is are to has have had also initially further".split())
_HEDGES = frozenset("some about around nearly almost up to more than over as much roughly an estimated a total of initial".split())


def stated_value(state: State, i: int, j: int) -> tuple[int | None, str]:
    """The first token of an amount one of the module's shapes gives for the mention from i to
    j, with its rule; (None, "") when neither does (the common case, told by two word tests)."""
    low = state.doc.low
    if i >= 3 and low[i - 2] == "of" and low[i - 3] == "value" and low[i - 1] in _DETERMINERS:
        return _value_of(state, j), "value_of_mention"
    n = state.doc.n
    if j + 2 < n and low[j + 1] == "s" and state.doc.words[j] in APOSTROPHES and state.doc.ends[j] == state.doc.starts[j + 1]:
        k = j + 2 + (low[j + 2] == "total")  # "the contract's value", "the deal's total value"
        return (_value_of(state, k + 1) if k < n and low[k] == "value" else None), "own_value"
    first = state.doc.sent_first[state.doc.sent[i]]
    if low[first] == "under" and 0 < i - first <= 4 and j < state.doc.n and low[j] == ",":
        return _under_opening(state, j + 1), "under_opening_value"
    if (found := dated_value(state, j)) is not None:
        return found, "dated_value"
    return money_verb_value(state, i, j), "money_verb_value"


def _money_at(state: State, k: int) -> int | None:
    d = state.doc
    return k if k < d.n and parse_money(state, d.text[d.starts[k] : d.starts[k] + 60]) is not None else None


def _value_of(state: State, j: int) -> int | None:
    """The amount after "the value of the <mention>" (ending at j) past the words that say it is one."""
    d = state.doc
    k = j
    while k < d.n and k - j < 6 and d.sent[k] == d.sent[j - 1] and d.low[k] in _SAID_TO_BE:
        k += 1
    return _money_at(state, k) if k > j and d.sent[k] == d.sent[j - 1] else None


def _under_opening(state: State, k: int) -> int | None:
    """The amount of "<subject> [will] <money verb> [hedges] <amount>" at k, the subject at most
    four words with no comma (a party: "Australia", "the European Union"; or what it sets going:
    "the mine will attract $700 million")."""
    d = state.doc
    low, n, here = d.low, d.n, d.sent[k - 1]
    x = k
    while x < n and x - k < 4 and d.sent[x] == here and low[x] not in _AUX and low[x] not in _MONEY_VERBS:
        if not (d.words[x][:1].isupper() or low[x] == "the" or x > k and low[x - 1] == "the"):
            return None  # a party, or a definite noun ("the project will attract ...")
        x += 1
    if x == k:
        return None
    while x < n and low[x] in _AUX:
        x += 1
    if not (x < n and low[x] in _MONEY_VERBS and d.sent[x] == here):
        return None
    x += 1
    while x + 1 < n and low[x] in _HEDGES and d.ends[x] != d.starts[x + 1]:  # not the "A" of "A$5 million"
        x += 1
    return _money_at(state, x)
