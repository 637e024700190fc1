"""Years that date an indefinite agreement its sentence introduces as made before the story:

- fronted_date: a date that opens the sentence ("In June 2019, the two ministers signed a loan
  agreement") tells when what it reports happened;
- pluperfect_signed: "X and Y had signed a preliminary agreement on their zones in 2007": the
  past perfect tells of a text made before the story's, in the year the sentence then writes;
- signed_with_in: "the rebels signed a peace deal with the government in 1990": a text made with
  a partner in the year written right after the partner;
- ended_with: "The fighting in 2022 ended with a ceasefire brokered between ...": a conflict
  dated by the sentence that a truce or deal ended was ended by a text of that year.
"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.tokens import Doc

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


# Participles after "had" that made a text ("had signed a deal", "had reached an accord").
_MADE = frozenset({"signed", "reached", "concluded", "inked", "struck", "agreed"})


def pluperfect_year(d: Doc, start: int) -> str | None:
    """The one year written within twelve words after a mention opened (its determiner at
    ``start - 1``) by "had <made>" ("had signed a preliminary agreement ... in 2007"); None
    when no past perfect stands there or the sentence writes no year or two."""
    low, words, n = d.low, d.words, d.n
    if start < 3 or low[start - 2] not in _MADE or low[start - 3] != "had":
        return None  # the common case
    here = d.sent[start]
    found = None
    y = start
    while y < n and d.sent[y] == here and y - start < 14:
        v = words[y]
        if len(v) == 4 and v.isdigit() and v[:2] in ("19", "20"):
            if found is not None:
                return None  # two years: which one is the signing's is not clear
            found = v
        y += 1
    return found


# Verb pairs before a determiner that tell a text ending a conflict ("ended with", "halted by").
_ENDINGS = frozenset(
    {("ended", "with"), ("ended", "by"), ("ended", "in"), ("halted", "by"), ("halted", "with"), ("stopped", "by"), ("closed", "with")}
)


def ending_year(d: Doc, start: int) -> str | None:
    """The one year written before a mention (its determiner at ``start - 1``) that a verb of
    ending takes ("The fighting in 2022 ended with a ceasefire"); None when no such verb
    stands there or its sentence writes no year before it, or two."""
    low, words = d.low, d.words
    if start < 3 or (low[start - 3], low[start - 2]) not in _ENDINGS:
        return None  # the common case
    here = d.sent[start]
    found = None
    y = start - 3
    while y >= 0 and d.sent[y] == here:
        v = words[y]
        if len(v) == 4 and v.isdigit() and v[:2] in ("19", "20"):
            if found is not None and found != v:
                return None  # two years: which one the ending's is not clear
            found = v
        y -= 1
    return found


# Words a partner's name does not run past: another clause or item.
_STOPS = frozenset({",", ";", ":", ".", "and", "which", "that", "who", "but", "to", "on"})


def partner_year(d: Doc, start: int, k: int) -> str | None:
    """The year of "<made> a <noun> with <partner> in [Month] <year>" (its determiner at
    ``start - 1``, its noun at ``k``): "signed a peace deal with the government of X in 1990";
    None when no verb of making stands before it, no "with" follows the noun, or no year closes
    the partner within six words."""
    low, words, n = d.low, d.words, d.n
    if start < 2 or low[start - 2] not in _MADE or k + 2 >= n or low[k + 1] != "with":
        return None  # the common case
    here = d.sent[k]
    x = k + 2
    while x < n and x - k < 9 and low[x] != "in" and low[x] not in _STOPS and d.sent[x] == here:
        x += 1
    if x + 1 >= n or low[x] != "in" or x == k + 2:
        return None
    x += 1 + (low[x + 1] in _MONTHS)
    w = words[x] if x < n else ""
    return w if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") else None
