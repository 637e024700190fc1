"""Who does what a verb tells, and the year it tells: the country or body written right before
the verb, past auxiliaries ("Sri Lanka has leased", "Egypt has already ordered"), a state's navy,
army or government standing for the state ("Thailand's navy ordered", "the Thai army bought");
none for a passive, whose subject is what is acted on ("the port was leased"). And the year of
"in <year>" a few words after it. (Rules: verb_subject, state_force_buyer.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import APOSTROPHES, Doc

# Words between a subject and its verb ("has already", "had also"); the passive's first.
_AUX = frozenset("has have had was were is been already also recently then just formally".split())
_PASSIVE = frozenset({"was", "were", "is", "been"})
# A state's forces or government, which act for it.
_FORCES = frozenset({"navy", "army", "military", "government", "administration", "coastguard"})


def verb_subject(state: State, v: int) -> str | None:
    """The country or body that does what the verb at ``v`` tells (see the module docstring)."""
    d = state.doc
    x = v
    while x > 0 and d.low[x - 1] in _AUX and d.sent[x - 1] == d.sent[v]:
        x -= 1
    if x < v and d.low[x] in _PASSIVE:
        return None  # "the port was leased": what stands before is acted on
    c = state.country_end.get(x)
    if c is not None and c.actor:
        return c.name
    if x >= 2 and d.low[x - 1] in _FORCES and state.org_end.get(x) is None:
        possessive = x >= 3 and d.low[x - 2] == "s" and d.words[x - 3] in APOSTROPHES
        c = state.country_end.get(x - 3 if possessive else x - 1)  # "Thailand's navy" / "the Thai navy"
        if c is not None and (c.actor or c.form == "demonym"):
            return c.name
    return state.org_end.get(x)


def year_after(d: Doc, start: int, stop: int, sentence: int, ends: tuple[str, ...]) -> int | None:
    """The year of the first "in <year>" from ``start`` up to ``stop`` in the sentence, or None
    once one of ``ends`` or the sentence's end comes first."""
    low, words = d.low, d.words
    for x in range(start, min(d.n - 1, stop)):
        if low[x] in ends or d.sent[x] != sentence:
            return None
        w = words[x + 1]
        if low[x] == "in" and len(w) == 4 and w[:2] in ("19", "20") and w.isdigit():
            return int(w)
    return None
