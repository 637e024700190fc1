"""The year of a date that opens a sentence: "In June 2019, the two ministers signed a loan
agreement" tells when what the sentence reports happened, so an indefinite agreement it
introduces is of that year. (Rule: fronted_date.)"""

from __future__ import annotations

from store.extract.tokens import Doc

_MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words that may open the date: "In 2019,", "Back in 2019,", "Earlier, in 2019," is not read.
_OPENERS = frozenset({"in", "back"})


def fronted_year(d: Doc, start: int) -> str | None:
    """The year of an opening "In [day] [Month] [day] <year>," of the sentence holding the
    mention that starts at ``start`` (after that comma); None when it opens otherwise or
    writes another year."""
    low, words = d.low, d.words
    x = d.sent_first[d.sent[start]]
    if low[x] not in _OPENERS:
        return None  # the common case: one look at the opening word
    x += 1 + (low[x] == "back" and low[x + 1] == "in")
    if words[x].isdigit() and len(words[x]) <= 2:
        x += 1  # "In 3 June 2019"
    if low[x] in _MONTHS:
        x += 1
        if words[x].isdigit() and len(words[x]) <= 2:
            x += 1 + (words[x + 1] == ",")  # "In June 3, 2019"
    w = words[x] if x < start else ""
    if not (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")) or words[x + 1] != "," or x + 1 >= start:
        return None
    here, n = d.sent[start], d.n
    y = x + 2
    while y < n and d.sent[y] == here and y - x < 80:
        v = words[y]
        if len(v) == 4 and v.isdigit() and v[:2] in ("19", "20"):
            return None  # another year in the sentence: which one is the signing's is not clear
        y += 1
    return w
