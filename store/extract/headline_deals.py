"""A headline's deal whose parties only its amount guessed is the story's one deal.

A headline rarely writes a determiner or the seller: "Chile to Buy Frigates in Deal Worth Up to
2 Billion Euros" leaves the unnamed-agreement rules only the article's main countries to guess
its parties from. When the story tells exactly one deal of that noun family, the headline
speaks of it.
"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

# Party rules that guess from the sentence or the article rather than read the phrase's own words.
WEAK_PARTIES = frozenset({"value_principal", "value_sentence", "specific_sentence_pair"})


def fold_headline_guesses(state: State, guessed: list[AgreementAcc]) -> None:
    """A headline's "in Deal Worth $V" whose parties only its amount guessed (the article's
    main countries) is the one deal of its noun family the story tells, when it tells exactly
    one: its mentions join that deal. (Rule: headline_refers.)"""
    heading, sent = state.doc.heading, state.doc.sent
    gone: set[int] = set()
    for acc in guessed:
        if not all(heading[sent[i]] for i, _ in acc.mentions):
            continue  # the story itself speaks of it
        others = [a for a in state.agreements if a is not acc and a.unnamed and a.mentions and id(a) not in gone and acc.family in a.families]
        if len(others) != 1:
            continue
        story = others[0]
        story.mentions += acc.mentions
        story.spans += acc.spans
        story.first = min(story.first, acc.first)
        story.keywords += [kw for kw in acc.keywords if kw not in story.keywords]
        gone.add(id(acc))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
