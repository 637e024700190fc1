"""A purchase of a stake in a firm told without an agreement noun ("X completed its purchase
of a 10 percent stake in Y for about $3.6 billion", "X agreed to buy a 20% stake in Y") is a
deal of the buyer and the firm whose stake it buys: signed when bought or completed, announced
when only agreed or planned, worth the amount "for" gives. (Rule: stake_purchase.)"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.money import money_end
from store.extract.parties import actor_before
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions

# Verbs and nouns of buying that a stake may follow, and which of them tell a purchase done.
_BUYING = frozenset("bought buys buy buying acquired acquires acquire acquiring purchased purchase purchasing acquisition".split())
_DONE = frozenset({"bought", "acquired", "purchased", "completed", "completes", "closed", "finalised", "finalized"})
_AGREED = frozenset({"agreed", "agrees", "will", "plans", "planned", "announced", "signed", "to", "would"})
_SHARES = frozenset({"percent", "per", "%", "cent", "percentage"})


def find_stake_purchases(state: State) -> None:
    """Read the stake purchases of the article's firms (see the module docstring)."""
    d = state.doc
    low, n = d.low, d.n
    for s in positions(state, frozenset({"stake"})):
        if state.blocked[s] or s + 2 >= n or low[s + 1] != "in":
            continue
        a = s - 1
        while a > 0 and (low[a] in _SHARES or low[a][:1].isdigit()) and s - a <= 4:
            a -= 1
        if a == s - 1 or low[a] not in ("a", "an"):
            continue  # "a 10 percent stake": only a stated share of one firm is one purchase
        v = a - 1 - (low[a - 1] == "of" and a >= 3)  # "its purchase of a stake": the noun
        if v < 1 or low[v] not in _BUYING:
            continue
        k = s + 2 + (low[s + 2] == "the")
        firm = state.party_start(k)
        if firm is None or d.sent[firm.i] != d.sent[s]:
            continue
        sentence = d.sent[s]
        buyer = actor_before(state, v - (low[v - 1] in ("its", "his", "their")))
        if not buyer or buyer == firm.name:
            continue
        before = low[max(d.sent_first[sentence], v - 3) : v]
        status = "signed" if low[v] in _DONE or not _DONE.isdisjoint(before) else "announced" if not _AGREED.isdisjoint(before) else None
        if any(x <= s < y for acc in state.agreements for x, y in acc.mentions):
            continue
        core = "stake purchase"
        acc = AgreementAcc(name=unnamed_name(state, [buyer, firm.name], core), unnamed=True, family="deal", first=a, core=core)
        acc.families.add("deal")
        for p in (buyer, firm.name):
            acc.add_party(p, sentence, "stake_purchase")
        acc.mentions.append((a + 1, s + 1))
        acc.spans.append(state.span(a + 1, s + 1, "stake_purchase"))
        acc.keywords.append(d.span_text(a + 1, s + 1))
        if status:
            acc.status_hint, acc.status_sentence, acc.hint_rule = status, sentence, "stake_purchase"
        x = firm.j + (low[firm.j] == "for") + (firm.j + 1 < n and low[firm.j + 1] in ("about", "around", "some", "nearly"))
        if low[firm.j] == "for" and money_end(state, x) is not None:
            acc.value_at, acc.value_rule = x, "stake_purchase"
        state.agreements.append(acc)
