"""A post written after a name in lower case and tied to a named body or principal by a
preposition: "A, a senior fellow at Carnegie Europe,", "B, foreign policy adviser to the
President," (or "to the prime minister"), "C, adviser to the director of the FSB,", "D, the
IMF's senior mission chief for Sri Lanka, said". The post runs from its first word to the end
of the name the preposition gives (a lower-case office of that body in between: "the director
of the FSB"), and stands alone as the apposition, closed by a comma or a full stop. Its country
is a possessive's before it, else the owner's, else one named inside it. (Rule: post-after-name.)"""

from __future__ import annotations

from store.extract.office_runs import capitalised_run
from store.extract.state import State

# Nouns of a post: the last word of the lower-case office before its preposition.
POST_HEADS = frozenset(
    "fellow official adviser advisor analyst economist researcher professor lecturer director negotiator envoy "
    "chief head representative diplomat aide spokesperson spokesman spokeswoman officer expert executive "
    "commander coordinator chairman chairwoman chair leader secretary counsellor counselor consultant "
    "founder editor strategist administrator governor manager president".split()
)
# Offices of a principal a post serves, written in lower case ("adviser to the prime minister").
_PRINCIPALS = frozenset({"minister", "president", "premier", "chancellor", "king", "queen", "emir", "governor"})
_PREPS = frozenset({"at", "of", "for", "to", "with"})
# Lower-case words that never open or qualify a post: they start a clause or a list instead.
_NOT_MODIFIERS = frozenset(
    "who which that whose said says told is was has had and or but also as in on by when while after before "
    "with from to of for at not".split()
)
# What closes a post set off after a name (a verb right after it makes the post a subject:
# "In Santa Cruz, a spokesman for the ministry said").
_CLOSERS = frozenset({",", ".", ";", ":", ")"})


def post_after_name(state: State, k: int, j: int, owner: str | None, aff: str | None) -> tuple[str, str | None, int] | None:
    """The post starting at token k, in the apposition after the comma at j, with its country
    (``aff``, a possessive's before it, else the owner's, else one named inside it); None when
    the words there are no such post."""
    d = state.doc
    x = k
    while x < k + 3 and d.word(x).isalpha() and d.word(x).islower() and d.lower(x) not in POST_HEADS and d.lower(x) not in _NOT_MODIFIERS:
        x += 1  # "senior", "foreign policy", "senior mission"
    if d.lower(x) not in POST_HEADS or not d.word(x).islower() or d.sent[x] != d.sent[j] or d.lower(x + 1) not in _PREPS:
        return None
    end = _object_end(state, x + 2, j)
    if end is None or (d.word(end) not in _CLOSERS and end < d.n):
        return None
    title = d.span_text(k, end)
    country = aff or owner or _country_inside(state, x + 2, end)  # "the IMF's mission chief for X": the IMF's
    return (f"{title} of {owner}" if owner and " of " not in title else title), country, k


def _object_end(state: State, x: int, j: int) -> int | None:
    """Where the named body or principal a post's preposition gives ends (from token x)."""
    d = state.doc
    x += d.lower(x) == "the"
    if d.word(x).islower() and d.lower(x) in POST_HEADS and d.lower(x + 1) == "of":
        x += 2 + (d.lower(x + 2) == "the")  # "adviser to the director of the FSB"
    if d.word(x).islower() and d.word(x - 1) == "the":
        y = x
        while y < x + 3 and d.word(y).islower() and d.lower(y) not in _PRINCIPALS:
            y += 1
        return y + 1 if d.lower(y) in _PRINCIPALS and d.word(y).islower() else None  # "adviser to the prime minister"
    org = state.org_start.get(x)
    c = state.country_start.get(x)
    end = max(org.j if org is not None else x, c.j if c is not None else x)
    if d.is_cap(x):
        end = max(end, capitalised_run(state, x, x))  # "Carnegie Europe", "the Ministry of Finance", "the President"
    if end > x and d.lower(end) == "of" and (c := state.country_start.get(end + 1 + (d.lower(end + 1) == "the"))) is not None:
        end = c.j  # "the Ministry of Finance of Ghana"
    return end if end > x else None


def _country_inside(state: State, i: int, j: int) -> str | None:
    """The first country named whole between tokens i and j, not the one the post serves or
    is posted to ("adviser to Brazil", "envoy for Sudan"); its possessive owns a body
    ("adviser to Kenya's Treasury")."""
    d = state.doc
    served = i + (d.lower(i) == "the")
    for y in range(i, j):
        c = state.country_start.get(y)
        if c is not None and c.j <= j and c.form != "demonym":
            if y == served and d.word(c.j) not in ("'", "\u2019"):
                continue
            return c.name
    return None
