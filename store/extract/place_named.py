"""A name a place or an occasion gives an agreement, the noun in lower case: "the Prespa
agreement", "the Dayton accords", "the Good Friday agreement". One to three capitalised words
after "the" that are no country, demonym, organisation or person, right before the noun, name
the agreement. (Rule: place_named.)"""

from __future__ import annotations

from store.extract.named_acc import new_named
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

# Nouns of texts a place names in lower case ("deal" is left out: "the Boeing deal" is a sale).
_NOUNS = frozenset({"agreement", "agreements", "accord", "accords", "treaty"})
# Capitalised words that date or rank, not name: "the February agreement", "the Final accord".
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday new old final interim first second "
    "current previous original draft latest landmark historic".split()
)


def find_place_named(state: State) -> None:
    """Every "the <Capitalised words> <noun>" of that shape as a named agreement (its parties
    are read later, like those of any name)."""
    vocab = vocabulary(state)
    if _NOUNS.isdisjoint(vocab):
        return  # no such noun in the article (a set test)
    d = state.doc
    low, words, sent = d.low, d.words, d.sent
    blocked, people = state.blocked, state.person_tok
    family = state.cues.family
    for k in positions(state, _NOUNS):
        if k < 2 or blocked[k] or not words[k].islower():
            continue
        i = k
        while i > 0 and k - i < 3 and _name_word(words[i - 1]) and sent[i - 1] == sent[k]:
            i -= 1
        if i == k or low[i - 1] != "the" or low[i] in _NOT_NAMES:
            continue  # the common case: a lower-case word or a determiner right before the noun
        if any(blocked[x] or people[x] or x in state.country_start or x in state.org_start for x in range(i, k)):
            continue  # "the Iran agreement", "the EU accord": a party's name, not the agreement's
        name = " ".join(words[i : k + 1])
        new_named(state, name, i, k + 1, [], family.get(low[k].rstrip("s"), family.get(low[k], "agreement")))


def _name_word(word: str) -> bool:
    """A capitalised word of letters, not written all in capitals (an acronym is another name)."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()
