"""The lower-case names of the weekdays and months, which many date and year rules read."""

from __future__ import annotations

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
