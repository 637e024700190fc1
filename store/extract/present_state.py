"""A named agreement (not a description: "the fisheries treaty, sealed last year, covers" stays
signed) that opens a sentence and does something in the present tense ("The
Lisbon Water Pact, signed in 2019, regulates ...", "The 1998 Harbour Treaty binds ...") is in
force: a signing told only in an aside, or a year before its name, dates it; the clause's own
claim is that it holds now. So is one a sentence opening "Under the X, signed in 2001," acts
under, and one dated "of <year>" before the article that ", which requires ..." describes.
(Rules: present_after_aside, dated_name_present, under_after_aside, present_relative.)"""

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
        if after >= d.n or not _FRESH.isdisjoint(d.low[j:after]):
            return None
        if present_verb(d, after, here) and opens_sentence(d, lead, dated=False):
            return "present_after_aside"
        return "under_after_aside" if _under_opening(d, lead) and _older_aside(state, j, after) else None
    if status in (None, "in_force_described") and present_verb(d, j, here) and opens_sentence(d, lead, dated=True):
        now = article_year(state)
        if now is not None and int(d.low[lead - 1]) < now[0]:
            return "dated_name_present"
    if status is None and (year := _of_year(d, j)) is not None and present_verb(d, year[1] + 2, here):
        now = article_year(state)
        if now is not None and year[0] < now[0] and d.low[year[1]] == "," and d.low[year[1] + 1] == "which":
            return "present_relative"
    return None


def _under_opening(d: Doc, lead: int) -> bool:
    """Whether the sentence opens "Under the <modifiers> <mention>" with no comma before the
    mention ("Under the post-war X Treaty, signed in 1953, the troops stay"): what holds under
    an agreement told signed in an aside says it is in force. (Rule: under_after_aside.)"""
    first = d.sent_first[d.sent[lead]]
    return d.low[first] == "under" and 0 < lead - first <= 6 and "," not in d.low[first:lead]


def _older_aside(state: State, j: int, after: int) -> bool:
    """Whether the aside from j to after writes a year before the article's ("signed in
    December 2020,"): a signing that old is the background of what holds under it now."""
    now = article_year(state)
    words = state.doc.words[j:after]
    return now is not None and any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") and int(w) < now[0] for w in words)


def _of_year(d: Doc, j: int) -> tuple[int, int] | None:
    """The year of a name's "of <year>" right after the mention ending at j ("the X Treaty of
    1993"), and the token after it; a mention so dated that ", which" then tells in the present
    tense what it does ("..., which requires members to ...") is in force. (Rule:
    present_relative.)"""
    if not (j + 3 < d.n and d.low[j] == "of"):
        return None
    w = d.words[j + 1]
    if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
        return int(w), j + 2
    return None
