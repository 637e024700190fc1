"""Agreement types written with a joining word inside, read as one modifier of the noun.

"a status of forces agreement" and "a long-term sale and purchase agreement (SPA)" name one
kind of text each; the walk left over the noun phrase would stop at "of" or "and" and lose the
determiner, the verb and so the parties.
"""

from __future__ import annotations

# The halves joined by "and" into one trade modifier ("sale and purchase", "purchase and sale").
_TRADE = frozenset({"sale", "purchase", "sales", "purchasing"})


def compound_start(low: list[str], j: int) -> int | None:
    """The first token of a joined modifier ending at token j, else None: "status of forces"
    (rule: status_of_forces) or "sale and purchase" (rule: sale_and_purchase)."""
    if j < 2:
        return None
    w, mid, first = low[j], low[j - 1], low[j - 2]
    if w == "forces" and mid == "of" and first == "status":
        return j - 2
    if mid == "and" and w in _TRADE and first in _TRADE and w != first:
        return j - 2
    return None
