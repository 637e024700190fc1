"""A deal told as the means of a dated act ("BP entered the blocks in December 2016 through a
farm-in deal with X") was made by then: signed, in the act's year when that is before the
article's own. (Rule: through_deal_with.)"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS
from store.extract.dated_mention import date_older
from store.extract.state import State
from store.extract.when import article_year


def date_means_deals(state: State) -> None:
    """Date and sign the deals read by their means word (see the module docstring)."""
    d = state.doc
    low = d.low
    own = None
    for acc in state.agreements:
        if acc.year is not None or not acc.mentions or "through_deal_with" not in acc.party_rules.values():
            continue
        i = min(i for i, _ in acc.mentions)
        sentence = d.sent[i]
        year = None
        for x in range(i - 1, d.sent_first[sentence], -1):
            w = low[x]
            if len(w) == 4 and w.isdigit() and (low[x - 1] == "in" or low[x - 1] in MONTHS and low[x - 2] == "in"):
                year = int(w)
                break
        own = own or article_year(state)
        if year is None or own is None or year >= own[0]:
            continue
        date_older(acc, year, sentence)
        if acc.status_hint is None:
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "through_deal_with"
