"""The year a sentence's opening signing participle gives the agreement it leads to:
"Signed in Lisbon on 3 March 1998, the treaty took effect in 2001" dates the signing 1998,
not the later year the rest of the sentence tells. (Rule: fronted_signing_year.)"""

from __future__ import annotations

from store.extract.tokens import Doc

# Participles that, opening a sentence, tell when the text was made.
_SIGNING = frozenset({"signed", "concluded", "inked", "sealed", "agreed"})
# Words that may stand before the participle ("Originally signed in ...").
_LEADS = frozenset({"originally", "first", "initially"})
# Words between the participle's comma and the mention.
_DETS = frozenset({"the", "this", "that", "a", "an"})


def fronted_signing_year(d: Doc, i: int) -> int | None:
    """The year written in an opening "Signed ... <year>," right before the mention at ``i``
    (its determiner aside); None when the sentence opens otherwise."""
    if i < 4:
        return None
    low, words = d.low, d.words
    first = d.sent_first[d.sent[i]]
    lead = first + (low[first] in _LEADS)
    if low[lead] not in _SIGNING:
        return None  # the common case: one look at the opening word
    comma = i - 1 - (low[i - 1] in _DETS)
    if comma <= lead or words[comma] != ",":
        return None
    for x in range(comma - 1, lead, -1):  # the latest year of the opening phrase
        w = words[x]
        if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
            return int(w)
    return None
