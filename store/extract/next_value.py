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


def value_in_next_sentence(state: State, acc: AgreementAcc) -> int | None:
    """The first token of the amount "It is worth ..." / "It was valued at ..." gives at the
    start of the sentence after one that mentions this agreement and no other, or None.
    (Rule: value_in_next_sentence.)"""
    d = state.doc
    by_sentence = _agreements_by_sentence(state)
    me = state.agreements.index(acc)
    for s in sorted({d.sent[i] for i, _ in acc.mentions}):
        if by_sentence.get(s) != {me} or s + 1 >= len(d.sent_first):
            continue
        f = d.sent_first[s + 1]
        if f + 1 < d.n and d.words[f] == "It" and d.low[f + 1] in ("is", "was", "has", "had"):
            found = value_start(state, f + 1)
            if found is not None:
                return found
    return None
