"""A government and an unnamed armed group making an agreement: "the government and rebels
signed a ceasefire agreement on Monday ... The deal between the government and the X Front".
The first mention names no second party, so no record comes of it; when the article has one
agreement, an earlier agreement noun in a sentence of a government and rebels is a mention of
it, and its verb gives the record's status and its day the year. (Rule: government_and_rebels.)
"""

from __future__ import annotations

from store.extract.past_text import past_dated
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

# Words for an armed group left unnamed.
_REBELS = frozenset("rebels rebel insurgents insurgent guerrillas guerrilla militants militia militias".split())
# Agreement nouns such a mention ends in.
_NOUNS = frozenset("agreement accord deal ceasefire cease-fire truce pact".split())
# Words a noun phrase may open with, read past to its first own word.
_DETERMINERS = frozenset("a an the this that their its".split())


def fold_rebel_side(state: State) -> None:
    """Add each earlier government-and-rebels agreement mention to the article's one agreement."""
    if not state.agreements or "government" not in (vocab := vocabulary(state)) or vocab.isdisjoint(_REBELS):
        return
    live = [a for a in state.agreements if not past_dated(state, a)]  # an older one told aside is not the news
    if len(live) != 1:
        return
    acc = live[0]
    if not acc.unnamed or len(acc.parties) < 2 or not acc.mentions:
        return
    d = state.doc
    low, sent = d.low, d.sent
    first = min(acc.mentions)[0]
    sides = {sent[k] for k in positions(state, _REBELS) if k < first} & {sent[k] for k in positions(state, frozenset({"government"})) if k < first}
    for k in positions(state, _NOUNS):
        if k >= first or sent[k] not in sides or (k + 1 < d.n and low[k + 1] in _NOUNS):
            continue  # past the record, no rebels beside it, or inside "ceasefire agreement"
        i = k
        while i > 0 and sent[i - 1] == sent[k] and k - i < 3 and d.words[i - 1][:1].islower() and low[i - 1] not in _DETERMINERS and d.words[i - 1].isalpha():
            i -= 1  # "an unconditional ceasefire agreement": back to the determiner
        if i > 0 and low[i - 1] not in _DETERMINERS:
            continue  # "signed ceasefire" with no article: not a noun phrase read here
        acc.mentions.append((i, k + 1))
        acc.spans.append(state.span(i, k + 1, "government_and_rebels"))
        keyword = d.text[d.starts[i] : d.ends[k]]
        if keyword not in acc.keywords:
            acc.keywords.append(keyword)
        acc.first = min(acc.first, i)
