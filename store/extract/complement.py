"""A mention's short complement before its verb: "the executive agreement for the project was
signed" says the agreement was signed; the verb after "for the project" is the mention's own.
(Rule: complement_skipped.)"""

from __future__ import annotations

from store.extract.tokens import Doc

# Prepositions that open a complement of the agreement noun.
_OPENERS = frozenset({"for", "on", "covering"})
# The finite verbs a skipped complement must lead to: without one the words are not skipped.
_VERBS = frozenset("was were is has had".split())


def past_complement(d: Doc, k: int, here: int) -> int:
    """The token after "for/on <up to three lower-case words>" at ``k`` when a "was", "were",
    "is", "has" or "had" follows them in the sentence ``here``; ``k`` itself otherwise."""
    low, words, sent, n = d.low, d.words, d.sent, d.n
    if k >= n or low[k] not in _OPENERS:
        return k  # the common case: no complement opens here
    x = k + 1
    while x < n and x - k <= 3 and sent[x] == here and words[x][:1].islower() and low[x] not in _VERBS:
        x += 1
    return x if x > k + 1 and x < n and low[x] in _VERBS and sent[x] == here else k
