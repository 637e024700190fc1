"""The value a pronoun gives in the sentence right after an agreement is mentioned: "Poland
signed the contract on Monday. It is worth $2 billion, the ministry said." The pronoun only
refers to that agreement when it was the one agreement of the sentence before."""

from __future__ import annotations

from store.extract.money import value_start
from store.extract.state import AgreementAcc, State

_KEY = "agreements_by_sentence"


def _agreements_by_sentence(state: State) -> dict[int, set[int]]:
    """The agreements (by index) mentioned in each sentence (built once per article)."""
    cached = state.cache.get(_KEY)
    if cached is None:
        sent = state.doc.sent
        built: dict[int, set[int]] = {}
        for x, acc in enumerate(state.agreements):
            for i, _ in acc.mentions:
                built.setdefault(sent[i], set()).add(x)
        state.cache[_KEY] = cached = built
    return cached  # type: ignore[return-value]


_OPENERS = "pronoun_openers"


def _pronoun_openers(state: State) -> bool:
    """Whether some sentence after the first opens "It is/was/has/had" (found once per article):
    without one, no agreement can take its value from the sentence after it."""
    cached = state.cache.get(_OPENERS)
    if cached is None:
        d = state.doc
        words, low, n = d.words, d.low, d.n
        cached = any(
            f + 1 < n and words[f] == "It" and low[f + 1] in _VERBS for f in d.sent_first[1:]
        )
        state.cache[_OPENERS] = cached
    return cached  # type: ignore[return-value]


_VERBS = ("is", "was", "has", "had")


def value_in_next_sentence(state: State, acc: AgreementAcc) -> int | None:
    """The first token of the amount "It is worth ..." / "It was valued at ..." gives at the
    start of the sentence after one that mentions this agreement and no other, or None.
    (Rule: value_in_next_sentence.)"""
    d = state.doc
    if not _pronoun_openers(state):
        return None  # no sentence opens "It is/was/has/had": most articles
    by_sentence = _agreements_by_sentence(state)
    me = next(x for x, a in enumerate(state.agreements) if a is acc)  # by identity: no field compares
    for s in sorted({d.sent[i] for i, _ in acc.mentions}):
        if by_sentence.get(s) != {me} or s + 1 >= len(d.sent_first):
            continue
        f = d.sent_first[s + 1]
        if f + 1 < d.n and d.words[f] == "It" and d.low[f + 1] in _VERBS:
            found = value_start(state, f + 1)
            if found is not None:
                return found
    return None
