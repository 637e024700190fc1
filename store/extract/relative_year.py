"""A making dated by a year told before ("The talks opened in 2014. That year, Lima ordered 24
jets under a package", "A year later, Canberra agreed to fund a team", "a pact concluded the
following year"): the phrase (`relative_years` in `cues.json`, each with its count of years
after) counts from the last year written before it, in its sentence or the one before. An
agreement made there with no year of its own takes that year; a phrase of a span to come
("within the next year", "over the following year") dates nothing. (Rule: relative_year.)"""

from __future__ import annotations

from store.extract.fact_years import sentence_size, year_word
from store.extract.facts import acc_year
from store.extract.state import State
from store.extract.triggers import positions

# Words before a phrase that make it a span rather than a time ("within the next year").
_SPAN = frozenset({"within", "over", "for", "during", "throughout", "until", "by"})


def _phrases(state: State) -> dict[tuple[str, ...], int]:
    """The relative year phrases by their words, each with its count of years after."""
    table = state.cues.derived.get("relative_years")
    if table is None:
        raw = (state.gz.cues or {}).get("relative_years") or {}
        table = state.cues.derived["relative_years"] = {tuple(str(k).casefold().split()): int(v) for k, v in raw.items()}
    return table


def _anchor(state: State, at: int) -> int | None:
    """The last year written before token ``at`` in its sentence, else in the sentence before."""
    d = state.doc
    here = d.sent[at]
    first = d.sent_first[here]
    for x in range(at - 1, first - 1, -1):
        if (year := year_word(d.words[x])) is not None:
            return year
    if here == 0 or (lo := d.sent_first[here - 1]) < 0:
        return None
    for x in range(lo + sentence_size(d, lo, here - 1, 120) - 1, lo - 1, -1):
        if (year := year_word(d.words[x])) is not None:
            return year
    return None


def _phrase_at(state: State, y: int) -> tuple[int, int] | None:
    """(first token, years after) of the relative phrase holding the "year(s)" at ``y``:
    ending with it ("that year", "the following year") or just after it ("a year later")."""
    low = state.doc.low
    for words, after in _phrases(state).items():
        n = len(words)
        end = y + 1 if words[-1] == "later" else y  # the phrase's last token
        if end + 1 >= n and tuple(low[end - n + 1 : end + 1]) == words:
            return end - n + 1, after
    return None


def fill_relative_years(state: State) -> None:
    """Date each agreement made with no year in a sentence a relative year phrase dates."""
    missing = [acc for acc in state.agreements if acc.year is None and acc.status in ("signed", "announced")]
    if not missing:
        return
    found = positions(state, frozenset({"year", "years"}))
    if not found:
        return  # the common case: no "year" written
    d = state.doc
    low = d.low
    dated: dict[int, tuple[int, int]] = {}  # sentence -> (year, first token of the phrase)
    for y in found:
        hit = _phrase_at(state, y)
        if hit is None or (hit[0] > 0 and low[hit[0] - 1] in _SPAN):
            continue
        anchor = _anchor(state, hit[0])
        if anchor is not None:
            dated.setdefault(d.sent[y], (anchor + hit[1], hit[0]))
    for acc in missing:
        for i, _ in sorted(acc.mentions):
            if d.sent[i] in dated:
                acc_year(acc, dated[d.sent[i]][0], d.sent[i], "relative_year")
                break
