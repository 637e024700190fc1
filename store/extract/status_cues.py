"""Status cues around an agreement's mention: a cue phrase just before it ("the signing of",
"revision of the", "will create a", "negotiations on a new") or just after it ("was signed",
", which took effect", ", stands as"), read from the cue set's phrases by their last or first
word (one table look-up per mention, the words gathered only when some phrase can fit).
"""

from __future__ import annotations

from collections.abc import Container

from store.extract.complement import past_complement
from store.extract.dated_object import dated_object
from store.extract.fact_years import RELATIVE_OPENERS, past_aside, past_date, past_relative
from store.extract.perfect_effect import in_force_now
from store.extract.phrase_value import VALUE_ASIDES, past_value_aside
from store.extract.state import State
from store.extract.tokens import Doc

# Words between a status cue and the mention it is said of ("the signing of the new ...").
BEFORE_MENTION = frozenset(
    "the a an new its their this that own existing current proposed potential landmark historic bilateral trilateral".split()
) | frozenset("\"'\u201c\u201d\u2018\u2019")  # quote marks around a word of the name: "a 'reciprocal' accord"
# Adjectives that say an agreement runs now, and the determiners before them ("its current lease").
_RUNNING = frozenset({"existing", "current"})
_OWNERS = frozenset({"the", "its", "their", "our", "his", "her"})
# Auxiliaries between a mention and the cue after it ("was signed", "will also create").
_AUXILIARIES = frozenset("was were is has have had been being be will would also still".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight".split())
# Auxiliaries that put a signing in the future ("will be signed", "would be signed").
_FUTURE = frozenset({"will", "would"})
# A status cue's phrases sharing an end word: the phrase lengths, and each phrase with its
# place in the cue order and its status. One look-up per length finds every phrase that fits.
_Table = tuple[tuple[int, ...], dict[tuple[str, ...], tuple[int, str]]]


def cue_before(d: Doc, i: int, by_last: dict[str, _Table]) -> str | None:
    """The status cue before the mention at i (``_cue_before``); with none, one opening or
    preceded by "current" ("its current lease", "the current Visiting Forces Agreement", also
    "the existing pact" written inside a description) runs now, as "remains" says: so no stage
    told dates it (rule: current_in_force)."""
    status = _cue_before(d, i, by_last)
    if status is None and _running(d, i):
        return "in_force_described"
    return status


def _running(d: Doc, i: int) -> bool:
    """Whether "current" (or "existing" opening the mention) stands among the determiners right
    before the mention at i, or opens it after one."""
    low, sent = d.low, d.sent
    if low[i] in _RUNNING and i and low[i - 1] in _OWNERS and sent[i - 1] == sent[i]:
        return True
    k = i - 1
    while k >= 0 and i - k <= 4 and sent[k] == sent[i] and low[k] in BEFORE_MENTION:
        if low[k] == "current":
            return True
        k -= 1
    return False


def _cue_before(d: Doc, i: int, by_last: dict[str, _Table]) -> str | None:
    """The status cue ending among the (at most six) words of i's sentence right before it.
    A sentence's tokens are contiguous, so those words are one slice; it is taken only when
    the word left after the determiners ends some cue phrase (seldom)."""
    low, sent = d.low, d.sent
    here = sent[i]
    lo = i - 6 if i > 6 else 0
    k = i - 1
    # drop determiners and adjectives right before the mention
    while k >= lo and sent[k] == here and (low[k] in BEFORE_MENTION or k + 1 == i and len(low[k]) == 4 and low[k].isdigit() and low[k - 1] in ("the", "a", "its", "their")):
        # a year right before the name ("rely on the 1959 Nile Waters Agreement") is read past (rule: dated_name_cue)
        if low[k] == "existing":
            return "in_force"
        if low[k] == "proposed":
            return "proposed"
        k -= 1
    if k >= 1 and low[k] in _DAYS and sent[k - 1] == here:
        k -= 1 + (low[k - 1] in ("on", "this", "next"))  # "are to sign on Thursday the agreement"
        lo = max(0, lo - 2)
    if k >= 3 and (low[k] == "," or low[k][:1].isdigit() or low[k] in _DAYS) and (dated := dated_object(d, k)) != k:
        k, lo = dated, max(0, dated - 5)  # "had quietly signed, on 4 May 2017, the X Charter"
    if k < lo or sent[k] != here:
        return None
    table = by_last.get(low[k])
    if table is None:
        return None
    first = k
    while first > lo and sent[first - 1] == here:
        first -= 1
    lows = low[first : k + 1]
    if len(lows) >= 4 and lows[-2] in _DAYS and lows[-3] == "on":
        lows = [*lows[:-3], lows[-1]]  # "agreed on Saturday to a ceasefire": the cue around the day
    status = _first_phrase(table, lows, last=True)
    if status == "announced" and low[k] == "sign" and not _REFUSED.isdisjoint(low[max(first, k - 4) : k]):
        return None  # "was not ready to sign the treaty": no signing to come (rule: refused_signing)
    if status == "signed" and low[k] == "sign" and k > 0 and sent[k - 1] == here and low[k - 1] in _TO_COME:
        return "announced"  # "Thursday is when we sign the agreement": a signing still to come
    return status


# Words that end a run of lower-case modifiers before a name: what stands before them is not
# said of the name ("signed the deal under the Paris Agreement").
_NOT_MODIFIERS = frozenset(
    "of on in for with to by from and or under at as that which than into over about after before "
    "is was are were be been has have had not".split()
)
_MODIFIER_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})


def past_modifiers(d: Doc, i: int, nouns: Container[str]) -> int:
    """The first of up to five lower-case modifier tokens between a determiner and the named
    agreement at i ("signed a ground-breaking defence Reciprocal Access Agreement"), so the cue
    before the determiner is read; else i. (Rule: cue_past_modifiers.)"""
    low, words, sent = d.low, d.words, d.sent
    k = i - 1
    while k >= 0 and i - k <= 5 and sent[k] == sent[i] and low[k] not in _MODIFIER_DETERMINERS:
        w = words[k]
        if not (w == "-" or w.isalpha() and w.islower() or w.isdigit() and words[k + 1] == "-") or low[k] in _NOT_MODIFIERS or low[k] in nouns:
            return i  # (a count before a hyphen is a modifier's: "a 10-year", "a 48-month")
        k -= 1
    return k + 1 if k >= 0 and k + 1 < i and low[k] in _MODIFIER_DETERMINERS and sent[k] == sent[i] else i


# Words before "to sign" that deny a signing to come ("not ready to sign", "refused to sign").
_REFUSED = frozenset({"not", "refused", "refuses", "declined", "declines", "unwilling", "reluctant"})
# Words before a bare "sign" that make it a signing still to come: a speaker's own "we sign" /
# "I sign", or a clause of time ("once they sign", "until both sign"). (Rule: status_cue_before.)
_TO_COME = frozenset("we i you they when once until before after".split())


def _first_phrase(table: _Table | None, lows: list[str], *, last: bool) -> str | None:
    """The status of the longest cue phrase that ends ``lows`` (last=True) or starts it
    (last=False), the first in cue order among equals."""
    if table is None:
        return None
    lengths, phrases = table
    best: tuple[int, str] | None = None
    for n in lengths:  # the longest phrase first (the table keeps them so): "to sign" over "sign"
        if n <= len(lows):
            hit = phrases.get(tuple(lows[-n:] if last else lows[:n]))
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
        if best is not None:
            break
    return best[1] if best is not None else None


def _tables(pairs: list[tuple[str, tuple[str, ...]]], key: int) -> dict[str, _Table]:
    """Cue phrases by their first (key=0) or last (key=-1) word, as look-up tables (phrase
    lengths longest first)."""
    grouped: dict[str, dict[tuple[str, ...], tuple[int, str]]] = {}
    for place, (status, phrase) in enumerate(pairs):
        grouped.setdefault(phrase[key], {}).setdefault(phrase, (place, status))
    return {w: (tuple(sorted({len(p) for p in table}, reverse=True)), table) for w, table in grouped.items()}


def status_by_last(state: State) -> dict[str, _Table]:
    """Status cue phrases by their last word (built once per cue set)."""
    cached = state.cues.derived.get("status_by_last")
    if cached is None:
        pairs = [(status, phrase) for status, phrases in state.cues.status.items() for phrase in phrases]
        cached = state.cues.derived["status_by_last"] = _tables(pairs, -1)
    return cached


# Statuses a cue after a mention may give; "existing ..." describes, it does not follow.
_AFTER = frozenset({"signed", "in_force", "in_force_described", "under_review", "under_negotiation", "announced"})


def status_by_first(state: State) -> dict[str, _Table]:
    """Status cue phrases that may follow a mention, by their first word (built once per cue set)."""
    cached = state.cues.derived.get("status_by_first")
    if cached is None:
        pairs = [
            (status, phrase)
            for status, phrases in state.cues.status.items()
            for phrase in phrases
            if status in _AFTER and phrase[0] not in ("existing", "signing")  # "the treaty signing" has no tense
        ]
        cached = state.cues.derived["status_by_first"] = _tables(pairs, 0)
    return cached


_TALKS = frozenset({"negotiations", "negotiation", "talks"})


def cue_after(d: Doc, j: int, by_first: dict[str, _Table], said: list[str] | None = None) -> str | None:
    """The status cue starting among the first four words (commas aside) of the sentence after
    token j, auxiliaries before it skipped: one look-up by the first other word, and the words
    are gathered only when some cue starts with it. A rule other than the plain cue that gave
    the status is added to ``said``."""
    words, low, sent, n = d.words, d.low, d.sent, d.n
    k = j
    if 0 <= k < n and words[k] == "(":
        k += 3
    here = sent[j - 1]
    if k < n and low[k] in _TALKS and sent[k] == here and d.words[j - 1][:1].isupper():
        # "the launch of India-Chile Free Trade Agreement (FTA) negotiations": the name is what
        # the talks are on, so it is under negotiation (rule: name_before_talks)
        return "under_negotiation"
    # each skip reads on only from the word that opens it (the common case: none does)
    if k < n and low[k] in _DATE_OPENERS:
        k = past_date(d, k)
    if k < n and low[k] == ",":
        k = past_aside(d, k, here, by_first)
        if k + 1 < n and low[k + 1] in VALUE_ASIDES:
            k = past_value_aside(d, k, here)  # ", valued at $4 billion, was signed"
    if k < n and low[k] in RELATIVE_OPENERS:
        k = past_relative(d, k, here)
    k = past_complement(d, k, here)  # "the agreement for the project was signed"
    room = 4
    future = False
    aux: list[str] = []
    while k < n and room and sent[k] == here:
        if words[k] != ",":
            if low[k] not in _AUXILIARIES:
                break
            future = future or low[k] in _FUTURE
            aux.append(low[k])
            room -= 1
        k += 1
    else:
        return None  # nothing but auxiliaries before the sentence (or the four words) ends
    table = by_first.get(low[k])
    if table is None:
        return None  # the common case: the first word after the mention starts no cue
    lows = []
    while k < n and len(lows) < 4 and sent[k] == here:
        if words[k] != ",":
            lows.append(low[k])
        k += 1
    status = _first_phrase(table, lows, last=False)
    if status == "announced" and in_force_now(d, aux, lows, k):
        if said is not None:
            said.append("perfect_effect")
        return "in_force"  # "has come into force", "comes into force today"
    if status == "in_force" and lows[0] == "held" and lows[1:2] in (["up"], ["back"]):
        return None  # "the deal was held up by disputes": delayed, not holding (rule: held_up)
    if status == "in_force" and lows[0] == "began" and lows[1:2] == ["as"]:
        return None  # "the pact, which began as a fisheries accord,": its origin, not its start (rule: began_as)
    if status == "signed" and not future and (joined := _and_in_force(d, k - len(lows) + 1, here, by_first)):
        if said is not None:
            said.append(joined)
        return "in_force"  # "which was signed in 2011 and has been in effect since 2013"
    # "the deal would be signed on Thursday": a signing still to come is announced
    return "announced" if future and status == "signed" else status


def _and_in_force(d: Doc, k: int, here: int, by_first: dict[str, _Table]) -> str:
    """The rule name when the signing clause read up to k goes on with "and" and a verb of
    coming into force ("signed in 2011 and has been in effect since 2013", "signed in May and
    entered into force in July"), else "". (Rule: signed_and_in_force.)"""
    for x in range(k, min(d.n, k + 8)):
        if d.sent[x] != here or d.low[x] in (",", ";", "but", "which", "that"):
            return ""
        if d.low[x] == "and":
            return "signed_and_in_force" if cue_after(d, x + 1, by_first) == "in_force" else ""
    return ""


# The words a date phrase (``past_date``) opens with.
_DATE_OPENERS = frozenset({"in", "on"})
