"""A named agreement (not a description: "the fisheries treaty, sealed last year, covers" stays
signed) that opens a sentence and does something in the present tense ("The
Lisbon Water Pact, signed in 2019, regulates ...", "The 1998 Harbour Treaty binds ...") is in
force: a signing told only in an aside, or a year before its name, dates it; the clause's own
claim is that it holds now. (Rules: present_after_aside, dated_name_present.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import Doc
from store.extract.when import article_year

# Function words ending in "s" that are no present-tense verb of the mention, and the
# auxiliaries whose complement (not the tense) says what happened ("was suspended", "has lapsed").
_NOT_VERBS = frozenset(
    "is was has does its this thus plus as us less unless whereas across always perhaps afterwards".split()
)
# Words of an aside that put the signing in the article's own days ("signed on Monday",
# "signed today"): a signing that fresh is the news, not the background of a state.
_FRESH = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday this week".split())
# Words allowed between a sentence's start and the agreement's name: determiners.
_OPENERS = frozenset({"the", "a", "an"})


def opens_sentence(d: Doc, lead: int, *, dated: bool) -> bool:
    """Whether the mention starting at lead opens its sentence (after a determiner at most),
    and, when ``dated``, a four-digit year stands right before the name ("The 2001 X")."""
    first = d.sent_first[d.sent[lead]]
    k = lead
    year = k > first and d.low[k - 1].isdigit() and len(d.low[k - 1]) == 4
    if dated and not year:
        return False
    k -= year
    return k == first or k == first + 1 and d.low[first] in _OPENERS


def present_verb(d: Doc, k: int, here: int) -> bool:
    """Whether token k, in sentence ``here``, is a lower-case third-person present verb
    ("simplifies", "commits", "governs") with more of the sentence after it."""
    if not (0 <= k < d.n - 1 and d.sent[k] == here and d.sent[k + 1] == here):
        return False
    w = d.words[k]
    return (
        len(w) > 3
        and w.isalpha()
        and w.islower()
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and d.low[k] not in _NOT_VERBS
    )


def present_state(state: State, lead: int, j: int, status: str | None, after: int) -> str | None:
    """The rule that finds the mention from lead to j in force by a present-tense verb: after
    the aside that told an earlier signing (``after``, the token past that aside), or right
    after a name dated by a year before the article's ("The 2001 X commits"); else None."""
    d = state.doc
    here = d.sent[lead]
    if status == "signed":
        if present_verb(d, after, here) and opens_sentence(d, lead, dated=False):
            return None if not _FRESH.isdisjoint(d.low[j:after]) else "present_after_aside"
        return None
    if status in (None, "in_force_described") and present_verb(d, j, here) and opens_sentence(d, lead, dated=True):
        now = article_year(state)
        if now is not None and int(d.low[lead - 1]) < now[0]:
            return "dated_name_present"
    return None
