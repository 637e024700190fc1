"""The lower-case names of the weekdays and months, which many date and year rules read."""

from __future__ import annotations

from store.extract.day_forms import is_day

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())

# Words that place a date within a month or year ("in early March 2024", "in mid-2024", "in
# late 2023"), and the parts of one a date may name before "of" ("in the summer of 2023").
_PART_WORDS = frozenset("early mid late -".split())
_PART_NOUNS = frozenset("end middle start beginning spring summer autumn fall winter".split())


def past_period_part(low: list[str], k: int) -> int:
    """The token after the words at k that place a date within its month or year ("early",
    "mid-", "the end of", "the summer of"), else k: the month or year that follows is the date's."""
    n = len(low)
    if k + 2 < n and low[k] == "the" and low[k + 1] in _PART_NOUNS and low[k + 2] == "of":
        return k + 3
    y = k
    while y < n and y - k < 2 and low[y] in _PART_WORDS:
        y += 1
    return y


# Short month names as news writes them, with or without the full stop ("Oct. 27", "Sept 3").
_SHORT_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words of a date told from the article's time ("last year", "earlier this month").
_NEAR = frozenset("last this next earlier later".split())
_UNITS = frozenset("year month week".split())


def _year(w: str) -> bool:
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def past_date_phrase(low: list[str], words: list[str], k: int) -> int:
    """The token after a date phrase at k ("in 2019", "in early September", "on 9 December
    2024", "on Oct. 27", "on Monday", "last year", "earlier this month"), else k."""
    n = len(low)
    if k >= n:
        return k
    if low[k] in _NEAR:
        y = k + 1 + (k + 1 < n and low[k + 1] in ("this", "last"))
        return y + 1 if y < n and low[y] in _UNITS else k
    if low[k] not in ("in", "on"):
        return k
    y, dated = past_period_part(low, k + 1), False
    if y < n and low[y] in WEEKDAYS:
        return y + 1
    if y < n and is_day(words[y]):
        y += 1
    if y < n and (low[y] in MONTHS or low[y] in _SHORT_MONTHS and words[y][:1].isupper()):
        y, dated = y + 1 + (y + 1 < n and words[y + 1] == "."), True
        if y < n and is_day(words[y]):
            y += 1
        if y + 1 < n and words[y] == "," and _year(words[y + 1]):
            y += 1
    if y < n and _year(words[y]):
        y, dated = y + 1, True
    return y if dated else k
