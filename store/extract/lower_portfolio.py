"""An office with its portfolio written in lower case right before a name: "Iran's minister of
roads and urban development A B", "the union minister for ports, shipping and waterways A B".
The office word and "of"/"for" open it; only lower-case words, commas and "and" follow up to
the name. (Rule: lower_portfolio_before_name.)"""

from __future__ import annotations

from store.extract.state import State

# Office words a lower-case portfolio follows.
_HEADS = frozenset({"minister", "secretary", "commissioner"})
# At most this many tokens stand between the office word and the name.
_REACH = 9


def lower_portfolio_start(state: State, i: int) -> int | None:
    """The office word's token when a lower-case portfolio office ends right before the name
    at token ``i``, else None."""
    d = state.doc
    low, words = d.low, d.words
    first = d.sent_first[d.sent[i]]
    x = i - 1
    while x > first and i - x <= _REACH:
        w = words[x]
        if low[x] in ("of", "for") and low[x - 1] in _HEADS and words[x - 1].islower():
            return x - 1 if x + 1 < i else None  # "minister of" + the portfolio
        if not (w.isalpha() and w.islower() or w == ","):
            return None  # a capitalised word, a number or a mark: no lower-case portfolio
        x -= 1
    return None
