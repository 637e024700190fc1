"""Agreement types written with a joining word inside, read as one modifier of the noun.

"a status of forces agreement" and "a long-term sale and purchase agreement (SPA)" name one
kind of text each; so do modifiers joined by "and" or "or" ("a trade and investment pact", "a
comprehensive and lasting peace deal", "an immediate and unconditional ceasefire"). The walk
left over the noun phrase would stop at "of" or "and" and lose the determiner, the verb and so
the parties.
"""

from __future__ import annotations

from store.extract.shapes import CLOSED

# The halves joined by "and" into one trade modifier ("sale and purchase", "purchase and sale").
_TRADE = frozenset({"sale", "purchase", "sales", "purchasing"})


def compound_start(words: list[str], low: list[str], j: int) -> int | None:
    """The first token of a joined modifier ending at token j, else None: "status of forces"
    (rule: status_of_forces), "sale and purchase" (rule: sale_and_purchase), or two lower-case
    modifiers joined by "and" or "or" ("trade and investment", rule: joined_modifiers)."""
    if j < 2:
        return None
    w, mid, first = low[j], low[j - 1], low[j - 2]
    if w == "forces" and mid == "of" and first == "status":
        return j - 2
    if mid == "and" and w in _TRADE and first in _TRADE and w != first:
        return j - 2
    if mid in ("and", "or") and _modifier(words[j], w) and _modifier(words[j - 2], first):
        return j - 2
    return None


def _modifier(word: str, low: str) -> bool:
    """Whether a word may modify an agreement noun: a lower-case word, no function word."""
    return word.isalpha() and word.islower() and (low == "new" or low not in CLOSED)
