"""A contract to buy another country's goods: "Chile cancelled a multi-billion-dollar contract
to buy French submarines" is a contract between the buyer its subject names and the country
the goods' demonym names, named by the goods ("Chile-France submarines contract"), signed
when its verb signs it. (Rule: goods_origin.)"""

from __future__ import annotations

from store.extract.bought_alias import goods_after
from store.extract.lists import described_record
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_NOUNS = frozenset({"contract", "deal", "order"})
_SIGNING = frozenset({"signed", "inked", "sealed", "concluded", "agreed"})
_ENDING = frozenset({"cancelled", "canceled", "scrapped", "terminated", "ended", "abandoned", "suspended"})
_AUX = frozenset({"has", "had", "have", "also", "already", "recently", "abruptly", "formally", "then"})
# Words between the verb and the noun: an article and a few modifiers ("a multi-billion-euro").
_REACH = 6


def find_goods_origin(state: State) -> None:
    """A record for each "<country> <verb> a ... contract to buy <demonym> <goods>" whose noun
    no record holds (see the module docstring)."""
    vocab = vocabulary(state)
    if vocab.isdisjoint(_NOUNS) or (vocab.isdisjoint(_SIGNING) and vocab.isdisjoint(_ENDING)):
        return  # most articles: no contract, or no verb that signs or ends one
    d = state.doc
    low, sent = d.low, d.sent
    for k in positions(state, _NOUNS):
        if state.blocked[k]:
            continue  # a record already holds the noun
        v = k - 1
        while v > 0 and k - v <= _REACH and sent[v] == sent[k] and low[v] not in _SIGNING and low[v] not in _ENDING:
            if not (d.words[v].isalnum() or d.words[v] == "-"):
                break
            v -= 1
        if low[v] not in _SIGNING and low[v] not in _ENDING:
            continue
        x = v
        while x > 0 and low[x - 1] in _AUX:
            x -= 1
        buyer = state.country_end.get(x)
        if buyer is None or not buyer.actor or sent[buyer.i] != sent[k]:
            continue
        goods = goods_after(state, k + 1) if d.lower(k + 1) == "to" else None
        if goods is None:  # only "to buy ...": "a deal for Chinese investors" buys no goods
            continue
        a, b = goods
        maker = state.country_start.get(a)
        if maker is None or maker.form != "demonym" or maker.name == buyer.name or maker.j >= b:
            continue
        core = d.text[d.starts[maker.j] : d.ends[b - 1]] + " " + low[k]
        _record(state, [buyer.name, maker.name], core, k, b, v)


def _record(state: State, parties: list[str], core: str, k: int, b: int, v: int) -> None:
    """One contract of the buyer and the goods' country, its noun to the goods its mention."""
    d = state.doc
    sentence = d.sent[k]
    keyword = d.text[d.starts[k] : d.ends[b - 1]]
    acc = described_record(state, parties, core, "agreement", (k, b), keyword, "goods_origin", sentence=sentence, mention=(k, k + 1))
    if d.low[v] in _SIGNING:
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "goods_origin"
    state.agreements.append(acc)
    state.block(k, k + 1)
