"""A named part of a treaty ("Annex C of the Loa River Treaty", "Article 5 of the Washington
Treaty") names two texts: the part, and the treaty it belongs to, which the story may go on
to tell of ("The treaty was signed in 1971"). (Rule: part_of_treaty.)"""

from __future__ import annotations

from store.extract.tokens import Doc

# Nouns of a part of a text, written before the text they belong to.
_PARTS = frozenset({"annex", "annexe", "appendix", "article", "chapter", "schedule", "protocol"})


def parent_start(d: Doc, i: int, end: int) -> int | None:
    """The first word of the treaty a name from ``i`` to ``end`` is a part of ("Annex C of the
    X Treaty" -> "X"), when it opens with a part noun and its designation; else None."""
    low = d.low
    if low[i] not in _PARTS:
        return None  # the common case: a name of its own
    x = i + 1
    while x < end and x - i <= 3 and low[x] != "of":
        x += 1  # the part's designation: "C", "5", "II"
    if not (x > i + 1 and x + 2 < end and low[x] == "of" and low[x + 1] == "the"):
        return None
    return x + 2 if end - (x + 2) >= 2 and d.words[x + 2][:1].isupper() else None
