"""Rule object_phrase_year: the year after what a text is for or about. "a $1.7 billion loan
for Tunisia in 2013" and "an agreement on the limits of their continental shelf in 2019"
were made in that year: the phrase right after the mention is read past, to its "in"."""

from __future__ import annotations

import re

from store.extract.calendar_words import MONTHS
from store.extract.tokens import Doc

# Prepositions that open the phrase of what a text is for or about.
OPENERS = frozenset({"for", "to", "on", "over", "of", "from"})
# Words that end the phrase: a clause or a second text begins.
_STOPS = frozenset(
    "which that who whose while when after before and but as was were is are has had have will "
    "would said signed agreed since until by between".split()
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def past_object(d: Doc, k: int) -> int | None:
    """Where the "in" of "in (Month) <year>" stands after the phrase that opens at ``k``
    (ten words at most, in the same sentence), or None."""
    words, low, n = d.words, d.low, d.n
    if k + 2 >= n or low[k] not in OPENERS:
        return None
    sentence = d.sent[k]
    x = k + 1
    while x < n and x - k <= 10 and d.sent[x] == sentence:
        w = low[x]
        if w == "in":
            y = x + 1 + (d.lower(x + 1) in MONTHS)
            if y < n and _YEAR.fullmatch(words[y]) and d.sent[y] == sentence:
                return x
        elif w in _STOPS or not (words[x][:1].isalnum() or words[x] in ("-", "$")):
            return None
        x += 1
    return None
