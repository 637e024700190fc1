"""Ties raised to a partnership: "Vietnam and Australia upgraded their relations to a
comprehensive strategic partnership", "both sides agreed to elevate ties to a strategic
partnership", "raised bilateral ties to the level of a strategic partnership". The text
presents a compact the two sides make: the partnership after "to" is made by the verb's
subject, as a signed one is (rule: elevated_ties). "deepened their partnership" is another
matter: no new text (`told_before.strengthened`)."""

from __future__ import annotations

# Verbs of raising ties to a higher standing.
_RAISE = frozenset(
    "upgrade upgrades upgraded upgrading elevate elevates elevated elevating raise raises raised raising "
    "lift lifts lifted lifting".split()
)
# Nouns of a relationship between states.
_TIES = frozenset({"ties", "relations", "relationship", "links"})
# Words between the verb and the noun ("their bilateral ties", "the diplomatic relations").
_BETWEEN = frozenset({"their", "its", "the", "bilateral", "diplomatic", "mutual", "two-way", "economic", "political", "defence", "defense"})
# Words of a standing after "to the": "to the level of", "to the status of".
_LEVEL = frozenset({"level", "status", "rank"})


def elevated_to(low: list[str], i: int) -> bool:
    """Whether the word at i ends a frame of raising ties before an agreement's determiner: the
    "to" of "upgraded their relations to", or the "of" of "elevated ties to the level of"."""
    if low[i] == "of":
        if i < 3 or low[i - 1] not in _LEVEL or low[i - 2] != "the" or low[i - 3] != "to":
            return False
        i -= 3
    if low[i] != "to" or i < 2 or low[i - 1] not in _TIES:
        return False
    x = i - 2
    while x >= 0 and i - x < 5 and low[x] in _BETWEEN:
        x -= 1
    return x >= 0 and low[x] in _RAISE
