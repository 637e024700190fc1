"""Where the verb of a listed agreement stands, so its status cue is read (rule
listed_agreement): a named agreement listed after another that shares its verb ("signed the X
Agreement (XA) and the Y Agreement", "signed the X, the Y and the Z"), or listed after a colon
closing a counted plural ("signed two agreements: the X and the Y", "three accords on Monday:
..."): the verb is the one before the list's first member or before the plural."""

from __future__ import annotations

from store.extract.state import State

# Words that join members of a list of agreements.
_JOINS = frozenset({"and", ",", "plus"})
_DETERMINERS = frozenset({"the", "a", "an"})
# Counts and words before a plural of agreements a colon lists ("two agreements:", "several new deals:").
_COUNTED = frozenset("two three four five six seven eight nine ten several multiple new separate other more bilateral key major".split())
_WEEKDAYS_NEAR = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def list_lead(state: State, i: int) -> int:
    """The token a status cue of the mention at i is read before: the lead of the list it closes
    or the plural a colon lists it under, else i. (Rule: listed_agreement; "signed an extradition
    treaty and a fisheries pact": rule coordinated_agreement.)"""
    d = state.doc
    low = d.low
    k = i - 1 if i and low[i - 1] in _DETERMINERS else i
    if k < 1 or low[k - 1] not in _JOINS and low[k - 1] != ":":
        return i  # the common case: no list before the mention
    ends = _mention_ends(state)
    lead = i
    for _ in range(8):  # back over the members before it
        if k >= 2 and low[k - 1] == "and" and low[k - 2] == ",":
            k -= 1  # the serial comma: ", and the Z"
        if k >= 1 and low[k - 1] in _JOINS:
            y = k - 1
            if y >= 3 and d.words[y - 1] == ")" and d.words[y - 3] == "(":
                y -= 3  # "the X Agreement (XA) and the Y": past the short form
            start = ends.get(y)
            if start is None or d.sent[start] != d.sent[i]:
                break
            lead = start
            k = start - 1 if start and low[start - 1] in _DETERMINERS else start
            continue
        break
    if k >= 2 and low[k - 1] == ":" and d.sent[k - 1] == d.sent[i]:
        plural = _counted_plural(state, k - 1)
        if plural is not None:
            return plural
    if lead == i and i >= 2 and low[i - 2] == "and" and low[i - 1] in ("a", "an"):
        # "signed a pact with Peru and an accord with Bolivia": past the first one's partner
        return next((x for acc in state.agreements for x, y in acc.mentions if y < i - 2 <= y + 6 and low[y] == "with"), i)
    return lead


def _mention_ends(state: State) -> dict[int, int]:
    """Every agreement mention's end token with its start."""
    return {j: i for acc in state.agreements for i, j in acc.mentions}


def _counted_plural(state: State, colon: int) -> int | None:
    """The first word of a plural of agreement nouns before the colon at ``colon`` ("two
    agreements", "three new accords on Monday"), past a day it is dated by, else None."""
    d = state.doc
    low = d.low
    x = colon - 1
    if x >= 1 and low[x] in _WEEKDAYS_NEAR:
        x -= 1 + (low[x - 1] in ("on", "this", "last"))  # "three accords on Monday:"
    nouns = state.cues.family
    w = low[x] if x >= 0 else ""
    if not (w.endswith("s") and (w[:-1] in nouns or w[:-2] in nouns) or w in ("memoranda", "memorandums")):
        return None
    y = x
    while y - 1 >= 0 and d.sent[y - 1] == d.sent[colon] and (low[y - 1] in _COUNTED or low[y - 1].isdigit()):
        y -= 1
    return y if y < x else None


def past_listed(state: State, j: int) -> int:
    """The end of the list of agreement mentions that follows the mention ending at j ("the X
    and the Y in 2023": the token of "in"), else j. (Rule: listed_agreement.)"""
    d = state.doc
    low = d.low
    if j >= d.n or low[j] not in _JOINS and d.words[j] != "(":
        return j
    starts = {i: y for acc in state.agreements for i, y in acc.mentions}
    for _ in range(8):
        k = j + 3 if j + 3 < d.n and d.words[j] == "(" and d.words[j + 2] == ")" else j
        if k + 1 >= d.n or low[k] not in _JOINS:
            break
        x = k + 1 + (low[k + 1] in _DETERMINERS or low[k + 1] == "and" and low[k] == ",")
        x += x < d.n and low[x] in _DETERMINERS and low[x - 1] == "and"
        end = starts.get(x)
        if end is None or d.sent[x] != d.sent[j]:
            break
        j = end
    return j
