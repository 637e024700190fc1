"""Where the partner of a signing follows an agreement's noun phrase further on: past the
subject it is on ("signed an agreement on energy with X") or the value it is worth ("concluded
a contract worth 200 million euros with MBDA", a singular one only), or the stage it is at
("reached an agreement in principle with its bondholders"). (Rules: subject_then_with,
value_then_with, principle_then_with.)"""

from __future__ import annotations

from store.extract.money import money_end, value_start
from store.extract.shapes import COUNTED, subject_after
from store.extract.state import State


def with_past_phrase(state: State, k: int, nxt: int) -> int:
    """The "with" after the subject or the value of the noun at ``k`` whose phrase ends before
    ``nxt``; ``nxt`` itself when neither comes before a "with"."""
    d = state.doc
    if d.lower(nxt) == "in" and d.lower(nxt + 1) == "principle" and d.lower(nxt + 2) == "with":
        return nxt + 2  # "an agreement in principle with X"
    if d.lower(nxt) in ("on", "for") and (past := subject_after(d, k)) > nxt and d.lower(past) == "with":
        return past  # "an agreement on energy with X"
    if d.low[k] in COUNTED:
        return nxt  # a plural's partners are read by its own rules ("two contracts worth $9m with X")
    if (amount := value_start(state, nxt)) is not None and (end := money_end(state, amount)) is not None:
        return end if d.lower(end) == "with" else nxt  # "a contract worth 200 million euros with X"
    return nxt
