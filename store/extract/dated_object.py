"""A date set between a verb and its object ("had quietly signed, on 4 May 2017, the X
Charter", "signed in March 2021 the X"): the verb before the date is the one said of the
object, so its status cue is read past the date. (Rule: dated_object.)"""

from __future__ import annotations

from store.extract.calendar_words import past_date_phrase
from store.extract.tokens import Doc


def dated_object(d: Doc, k: int) -> int:
    """The token before a date phrase that ends at k, set between a verb and its object
    ("signed, on 16 September 2023, the", "signed in March 2021 the"), else k. (Rule:
    dated_object.)"""
    low, words = d.low, d.words
    end = k + 1
    if low[k] == ",":
        end = k
    for s in range(end - 2, max(-1, end - 9), -1):
        if low[s] in ("in", "on") and past_date_phrase(low, words, s) == end and d.sent[s] == d.sent[k]:
            return s - 1 - (s >= 2 and low[s - 1] == "," and low[k] == ",")
    return k
