"""A capitalised run that reads as a place or a count, not a person, though its last word
stands alone elsewhere: written after "the" or a preposition of place ("in the Salar de
Atacama", "in Muslim Mindanao") and not owning what follows, or opened by a number word
("Six Scorpene submarines"). (Rule: place_or_count_run.)"""

from __future__ import annotations

from store.extract.tokens import Doc

# Words before a run that make it a place: a person's bare name follows none of them.
_PLACE_BEFORE = frozenset({"the", "in", "near", "across", "throughout", "around"})
# Number words a sentence may open a count with.
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve dozens several".split())


def place_or_count(d: Doc, i: int, j: int) -> bool:
    """Whether the run [i, j) is a place ("in Muslim Mindanao") or a count ("Six Scorpene"),
    so a lone use of its last word elsewhere is no sign of a person."""
    if d.low[i] in _COUNTS:
        return True
    if i < 1 or d.low[i - 1] not in _PLACE_BEFORE or not d.words[i - 1].islower():
        return False
    return d.word(j) not in ("'", "\u2019")  # "in Xi Jinping's speech": the person owns what follows
