"""A name a place or an occasion gives an agreement, the noun in lower case: "the Prespa
agreement", "the Dayton accords", "the Good Friday agreement". One to three capitalised words
after "the" that are no country, demonym, organisation or person, right before the noun, name
the agreement. A year after "the" (or "of" and a year after the noun) or a subject word before
the noun ("the 2015 Algiers peace agreement", "the Algiers accords of 2006") marks the words as a name, so a capital city among them names it too. (Rule:
place_named.)"""

from __future__ import annotations

from store.extract.named_acc import new_named
from store.extract.state import State
from store.extract.triggers import positions, vocabulary
from store.records import Fact

# Nouns of texts a place names in lower case ("deal" is left out: "the Boeing deal" is a sale).
_NOUNS = frozenset({"agreement", "agreements", "accord", "accords", "treaty"})
# Capitalised words that date or rank, not name: "the February agreement", "the Final accord".
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday new old final interim first second "
    "current previous original draft latest landmark historic".split()
)


def find_place_named(state: State) -> None:
    """Every "the [year] <Capitalised words> [subject words] <noun>" of that shape as a named
    agreement (its parties are read later, like those of any name)."""
    vocab = vocabulary(state)
    if _NOUNS.isdisjoint(vocab):
        return  # no such noun in the article (a set test)
    d = state.doc
    low, words, sent = d.low, d.words, d.sent
    blocked = state.blocked
    family = state.cues.family
    subjects = _subjects(state)
    for k in positions(state, _NOUNS):
        if k < 2 or blocked[k] or not words[k].islower():
            continue
        t = k
        while t > 0 and k - t < 2 and low[t - 1] in subjects and sent[t - 1] == sent[k]:
            t -= 1  # "the Algiers peace agreement": a subject word before the noun
        i = t
        while i > 0 and t - i < 3 and _name_word(words[i - 1]) and sent[i - 1] == sent[k]:
            i -= 1
        y = i - 1 if i > 1 and _year(words[i - 1]) else i  # "the 2015 Algiers ...": the year it was made
        if i == t or low[y - 1] != "the" or low[i] in _NOT_NAMES:
            continue  # the common case: a lower-case word or a determiner right before the noun
        n = d.n
        of_year = k + 2 < n and low[k + 1] == "of" and _year(words[k + 2])  # "the Geneva accords of 1954"
        marked = y < i or t < k or of_year
        if any(_party_word(state, x, t, marked) for x in range(i, t)):
            continue  # "the Iran agreement", "the EU accord": a party's name, not the agreement's
        name = " ".join(words[i : k + 1])
        acc = new_named(state, name, i, k + 1, [], family.get(low[k].rstrip("s"), family.get(low[k], "agreement")))
        if (y < i or of_year) and acc.year is None:
            acc.year = int(words[y] if y < i else words[k + 2])
            acc.facts.append(Fact("year", acc.year, sent[k], "place_named"))


def _party_word(state: State, x: int, end: int, marked: bool) -> bool:
    """Whether the word at x names a party, not the agreement: a capital city written as a
    name's word counts only where a year or subject word marks the words as a name."""
    if state.blocked[x] or state.person_tok[x] or x in state.org_start:
        return True
    c = state.country_start.get(x)
    return c is not None and not (marked and c.form == "capital" and c.j <= end)


def _subjects(state: State) -> frozenset[str]:
    """The subject words a place-given name may have before its noun (`place_named_subjects`)."""
    table = state.cues.derived.get("place_named_subjects")
    if not isinstance(table, frozenset):
        raw = (state.gz.cues or {}).get("place_named_subjects") or ()
        table = state.cues.derived["place_named_subjects"] = frozenset(str(w).casefold() for w in raw)
    return table


def _year(word: str) -> bool:
    """A four-digit year of the last two centuries."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


def _name_word(word: str) -> bool:
    """A capitalised word of letters, not written all in capitals (an acronym is another name)."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()
