"""The lower-case names of the weekdays and months, which many date and year rules read."""

from __future__ import annotations

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
