"""The year of a named agreement told by a description set beside its name, when the words next
to the name give none: the description is the same text, so its date is the name's.

- a dated description before the name: "the 2009 fisheries pact, the Andean Water Accord";
- a description after it whose making is dated: "the Andean Water Accord, a river pact the two
  states signed in 2009", "the Lima Framework, a water framework the bloc adopted in May 2012";
- a making aside right after it that runs past who and where: "the Andean Shield Initiative,
  launched by the president at a summit in Arica in March 2019".

Only a named agreement still undated takes the year. (Rules: dated_description_before,
dated_description_after, dated_making_aside.)
"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS
from store.extract.facts import acc_year
from store.extract.state import State
from store.extract.tokens import Doc

_DETERMINERS = frozenset({"a", "an", "the"})
# Verbs of making an agreement whose date is its year.
_MAKING = frozenset(
    "signed agreed concluded adopted launched established reached struck sealed inked created founded approved".split()
)
_BEFORE = 8  # tokens a dated description before a name may run
_NOUN_REACH = 8  # tokens from the description's determiner to its noun
_VERB_REACH = 8  # tokens from the description's noun to its making verb
_DATE_REACH = 16  # tokens from the making verb to its year


def fill_apposed_years(state: State) -> None:
    """Give each undated named agreement the year a description beside its name dates."""
    d = state.doc
    nouns = state.cues.family
    for acc in state.agreements:
        if acc.unnamed or acc.year is not None or not acc.mentions:
            continue
        for i, j in sorted(acc.mentions):
            found = _before(d, i, nouns) or _after(d, j, nouns) or _aside(d, j)
            if found is not None:
                acc_year(acc, found[0], d.sent[i], found[1])
                break


def _year_at(d: Doc, k: int) -> int | None:
    """The year token k writes ("2009"), if it is one of the last two centuries."""
    w = d.words[k] if 0 <= k < d.n else ""
    return int(w) if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") else None


def _before(d: Doc, i: int, nouns: dict[str, str]) -> tuple[int, str] | None:
    """ "the 2009 fisheries pact, the <name>": the dated description's year."""
    low = d.low
    comma = i - 2 if i >= 2 and low[i - 1] == "the" else i - 1
    if comma < 2 or low[comma] != "," or d.sent[comma] != d.sent[i]:
        return None
    for x in range(comma - 2, max(-1, comma - _BEFORE), -1):
        if d.sent[x] != d.sent[i] or low[x] in (",", ";"):
            return None
        if low[x] in _DETERMINERS and (year := _year_at(d, x + 1)) is not None:
            # the description's noun stands within it: "a 2008 deal with the rebels, the X"
            return (year, "dated_description_before") if any(low[y] in nouns for y in range(x + 2, comma)) else None
    return None


def _after(d: Doc, j: int, nouns: dict[str, str]) -> tuple[int, str] | None:
    """ "<name>, a river pact the two states signed in 2009": the description's making year."""
    low, n = d.low, d.n
    if j + 3 < n and low[j] == "(" and low[j + 2] == ")":
        j += 3  # past the acronym: "the X Agreement (XA), a pact ..."
    if not (j + 2 < n and low[j] == "," and low[j + 1] in _DETERMINERS):
        return None
    here = d.sent[j]
    noun = next((x for x in range(j + 2, min(n, j + 2 + _NOUN_REACH)) if low[x] in nouns), None)
    if noun is None or any(low[x] in (",", ";") or d.sent[x] != here for x in range(j + 2, noun)):
        return None
    for v in range(noun + 1, min(n, noun + 1 + _VERB_REACH)):
        if d.sent[v] != here or low[v] in (",", ";", "which", "that", "and"):
            return None
        if low[v] in _MAKING:
            year = _dated(d, v)
            return (year, "dated_description_after") if year is not None else None
    return None


def _aside(d: Doc, j: int) -> tuple[int, str] | None:
    """ "<name>, launched by the president in a speech in Lima in August 2019": the aside's year."""
    low, n = d.low, d.n
    if not (j + 2 < n and low[j] == "," and low[j + 1] in _MAKING and low[j + 2] == "by"):
        return None
    year = _dated(d, j + 1)
    return (year, "dated_making_aside") if year is not None else None


def _dated(d: Doc, v: int) -> int | None:
    """The year of the date that follows the making verb at v in its clause: "in 2009", "in
    May 2012", "on 16 May 2012", "on May 16, 2012"."""
    low, n = d.low, d.n
    here = d.sent[v]
    for t in range(v + 1, min(n, v + 1 + _DATE_REACH)):
        if d.sent[t] != here or low[t] in (";", "which", "but", "while"):
            return None
        year = _year_at(d, t)
        if year is None:
            continue
        prev = low[t - 1]
        # "in 2009", "May 2012", "16 May 2012", "May 16, 2012": a date's year, not a count
        dated = prev == "in" or prev in MONTHS or low[t - 2] in MONTHS or prev == "," and low[t - 3] in MONTHS
        return year if dated else None
    return None
