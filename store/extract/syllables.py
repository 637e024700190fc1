"""Romanised given names of two syllables joined by a hyphen ("Ahn Gyu-back", "Park Sang-hoon"):
the second syllable is written in lower case, as English compounds ("Kyiv-based") are too."""

from __future__ import annotations

# Second halves of English compounds after a place or body ("New York-bound", "Navy-run").
_COMPOUND_TAILS = frozenset("based born bound made led run owned style era wide like free only area class level rich".split())


def given_syllables(prev: str, nxt: str, after_name: bool) -> bool:
    """Whether "<prev>-<nxt>" is a two-syllable given name: a short capitalised syllable after a
    surname in the same run, then a short lower-case syllable that is no compound's tail."""
    return (
        after_name
        and len(prev) <= 5
        and prev.isalpha()
        and 2 <= len(nxt) <= 5
        and nxt.isalpha()
        and nxt.islower()
        and not nxt.endswith("ed")
        and nxt not in _COMPOUND_TAILS
    )
