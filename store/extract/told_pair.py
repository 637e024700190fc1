"""Who "the two sides" are when their sentence names no country: the two parties of the
agreement the text told last before them, ahead of the article's most named pair."""

from __future__ import annotations

from store.extract.state import State

# Party rules that guess from the sentence or the article rather than read the phrase's own words.
WEAK_PARTIES = frozenset({"value_principal", "value_sentence", "specific_sentence_pair"})
# How many sentences before "the two sides" the agreement may have been told.
_NEAR = 2


def told_pair(state: State, before: int, *, people: bool = False) -> list[str] | None:
    """The two parties of the agreement mentioned last before token ``before`` (in its sentence
    or the two before, or the only one told so far), when its own words gave them ("France agreed to sell jets to Serbia in a deal ... The two sides also signed
    ..."): the sides the story has just spoken of, not a country named more often in passing.
    A sentence naming people ("met President X, and the two agreed") speaks of those people's
    countries, not of the last agreement, unless ``people`` says they are its signers.
    (Rule: two_sides_told.)"""
    d = state.doc
    sentence = d.sent[before]
    if not people and state.person_tok.find(1, d.sent_first[sentence], before) >= 0:
        return None
    best, at = None, -1
    for acc in state.agreements:
        for i, _ in acc.mentions:
            if at < i < before:
                best, at = acc, i
    if best is None or len(best.parties) != 2:
        return None  # no agreement told, or one without two sides
    if sentence - d.sent[at] > _NEAR and any(a is not best and a.mentions and a.first < before for a in state.agreements):
        return None  # told a while ago among others: not the one the sides are of
    if best.party_rules and set(best.party_rules.values()) <= WEAK_PARTIES:
        return None  # its sides were guessed, not read off its own words
    return [p for p, _ in best.parties]
