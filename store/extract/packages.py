"""A money package that is the article's one agreement: "rich nations unveiled a $20 billion
climate finance package for Indonesia. ... will, through the Just Energy Transition
Partnership, assist Indonesia" or a headline "Egypt secures $8 billion IMF loan package" over
a story of one loan programme.

A package with its amount written before it ("a $20 billion ... package") names no parties of
its own, so the noun rules make nothing of it; when the article has one agreement and that one
is mentioned in the package's sentence or the next (for a headline, in the story's first two
sentences), the package is that agreement: its amount is the agreement's value, and the
mention reads like any other (the verb before it gives a status, its day a year); an
agreement with no parties of its own takes the countries of the package's sentence, and one
with parties is the package only when that sentence names no other country.
(Rule: package_value.)
"""

from __future__ import annotations

from store.extract.lists import sentence_countries
from store.extract.money import money_ending
from store.extract.state import State
from store.extract.triggers import positions

_PACKAGES = frozenset({"package", "packages"})


def find_packages(state: State) -> None:
    """Fold an amount-led package into the article's one agreement (see the module docstring)."""
    if len(state.agreements) != 1:
        return
    acc = state.agreements[0]
    if acc.value_at >= 0 or not acc.mentions:
        return
    d = state.doc
    low, words, sent = d.low, d.words, d.sent
    for k in positions(state, _PACKAGES):
        x, money = k - 1, None
        while x >= 0 and k - x <= 4 and sent[x] == sent[k]:
            money = money_ending(state, x)
            if money is not None or not words[x][:1].isalpha() or low[x] in ("a", "an", "the"):
                break
            x -= 1  # over "climate finance", "IMF loan"
        if money is None or not _beside(state, acc, sent[k]):
            continue
        here = sentence_countries(state, sent[k])
        if acc.parties and not set(here) <= {p for p, _ in acc.parties}:
            continue  # "X announces a $5 billion package with Y" over a story of another pair's pact
        acc.mentions.append((x + 1, k + 1))
        acc.spans.append(state.span(x + 1, k + 1, "package_value"))
        keyword = d.text[d.starts[x + 1] : d.ends[k]]
        if keyword not in acc.keywords:
            acc.keywords.append(keyword)
        acc.first = min(acc.first, x + 1)
        acc.value_at, acc.value_rule = money, "package_value"
        if not acc.parties and len(here) >= 2:
            for p in here:  # "nations, the US and Japan among them, unveiled a ... package for Indonesia"
                acc.add_party(p, sent[k], "value_sentence")
        return


def _beside(state: State, acc, sentence: int) -> bool:
    """Whether the agreement is mentioned in the package's sentence or the next; for a
    headline, in the first two sentences of the story."""
    d = state.doc
    mentioned = {d.sent[i] for i, _ in acc.mentions}
    if d.heading[sentence]:
        body = [s for s in range(len(d.heading)) if not d.heading[s]][:2]
        return not mentioned.isdisjoint(body)
    return sentence in mentioned or sentence + 1 in mentioned
