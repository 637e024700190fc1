"""An agreement a country leaves: "withdrew from the ...", "pulled out of the ...", "quit the ...".
A leaving done ends the agreement for that party; one still to come ("is withdrawing from",
"threatened to quit", "will leave") leaves it in force until then. (Rules: left_agreement,
leaving_to_come.)
"""

from __future__ import annotations

from store.extract.fact_years import of_year
from store.extract.status_cues import BEFORE_MENTION
from store.extract.tokens import Doc

# Verbs of leaving an agreement: a year after "withdrew from the ... in 2020" is not its own.
LEAVING = frozenset(
    "withdrew withdraw withdraws withdrawing quit quits exited exit exits left leave leaves "
    "suspended suspend abandoned abandon scrapped scrap terminated terminate revoked revoke revokes "
    "rescinded rescind denounced denounce".split()
)
_NEGATIONS = frozenset({"no", "not", "never", "n't", "nor"})
# Words right before a verb of leaving that put the leaving ahead: "to quit", "will withdraw",
# "is withdrawing" (a leaving under way has not yet taken effect).
_TO_COME = frozenset("to will would shall is are am 's".split())
# Words before a noun of leaving ("a permanent exit from the pact", "its exit from the deal"):
# the exit is talked of, not said to be done.
_NOUN_BEFORE = frozenset("a an the its their permanent formal full planned eventual".split())


def leaving_verb(d: Doc, i: int, denied: bool = False) -> int:
    """The token of the verb by which a country leaves the agreement mentioned at token i
    ("withdrew from the ...", "pulled out of the ...", "quit the ..."), else -1; a leaving
    denied ("no country had left the convention") is none (rule: left_denied) unless
    ``denied`` asks for every leaving the text speaks of."""
    low = d.low
    k = i - 1
    while k >= 0 and low[k] in BEFORE_MENTION:
        k -= 1
    if k >= 1 and _year(low[k]) and low[k - 1] in BEFORE_MENTION:
        k -= 2  # "pulled out of the 1987 X Treaty": the year is the text's (rule: dated_left)
    if k >= 1 and low[k] == "from":
        verb = k - 1 if low[k - 1] in LEAVING else -1
    elif k >= 2 and low[k] == "of" and low[k - 1] == "out":
        verb = k - 2
    else:
        verb = k if k >= 0 and low[k] in LEAVING else -1
    return verb if verb >= 0 and (denied or _NEGATIONS.isdisjoint(low[max(0, verb - 3) : verb])) else -1


def _year(w: str) -> bool:
    """Whether a word is a year of the last two centuries ("1987")."""
    return len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")


def left(d: Doc, i: int) -> bool:
    """Whether the mention at token i is what a country leaves (now or to come)."""
    return leaving_verb(d, i) >= 0


def left_done(d: Doc, i: int) -> bool:
    """Whether the mention at token i is what a country has left, not one it is still to
    leave: "is withdrawing from the treaty", "threatened to quit the treaty" and "will pull
    out of the pact" leave it binding until the exit takes effect. (Rule: leaving_to_come.)"""
    verb = leaving_verb(d, i)
    if verb < 0:
        return False
    if d.low[verb] == "out":
        verb -= 1  # "pulled out of": the verb is the word before "out"
    before = d.low[verb - 1] if verb >= 1 else ""
    return before not in _TO_COME and not (d.low[verb] == "exit" and before in _NOUN_BEFORE)


# Verbs after a mention that say it ended ("The 2012 treaty was terminated", "a ceasefire
# between the two expired"), and the words that may stand between.
_ENDED = LEAVING | frozenset("expired lapsed collapsed ended revoked cancelled canceled".split())
_ENDED_AUX = frozenset("was were had has been later eventually quickly soon".split())


def ended_after(d: Doc, j: int) -> bool:
    """Whether the words right after a mention ending at token j (past "between" and its
    parties) say it ended: "was terminated", "expired", "collapsed". (Rule: ended_after.)"""
    low, n = d.low, d.n
    k = j
    if k < n and low[k] == "between":  # "the treaty between A and B was terminated": past its parties
        k = next((x for x in range(k + 1, min(k + 9, n)) if low[x] in _ENDED_AUX or low[x] in _ENDED or not low[x].isalpha()), k)
    while k < n and low[k] in _ENDED_AUX:
        k += 1
    return k < n and low[k] in _ENDED and (k == j or low[k - 1] != "has" or low[k] != "ended")


# Words before a mention that say the text failed ("a failed 2013 deal").
FAILED = frozenset({"failed", "collapsed", "abandoned", "aborted", "stalled", "defunct", "abortive"})


def failed_before(d: Doc, i: int) -> bool:
    """Whether the mention starting at token i opens with a word saying it failed: no date
    makes such a text signed. (Rule: failed_text.)"""
    return i < d.n and d.low[i] in FAILED


def over(d: Doc, i: int, j: int) -> bool:
    """Whether the mention [i, j) is of a text that is over: left ("withdrew from"), said to
    have ended ("ended", "expired", also past a date of its name: "The Treaty of 1987 ended in
    2019") or failed ("a failed deal"). Such a text has no status of the list."""
    if left_done(d, i) or failed_before(d, i):
        return True
    if ended_after(d, j):
        return True
    if not of_year(d, j):
        return False
    k = j + 1  # past the name's own date ("of 1987", "of May 3, 1991"): its year closes it
    while not (len(d.words[k]) == 4 and d.words[k].isdigit()):
        k += 1
    return ended_after(d, k + 1)
