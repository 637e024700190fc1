"""Values and statuses read in an agreement's own noun phrase and clause.

An amount stands inside the noun phrase of the mention even with modifiers between it and the
noun ("the expanded $8 billion financial support programme", "a $3 billion, 46-month
facility"); a clause on the mention may put money into it ("under which Ghana will invest $900
million") or a party may get money under it ("Kenya will receive $2 billion under the
programme"). A lender approving a loan or programme commits to it: signed, not just announced.
"""

from __future__ import annotations

import re
from collections.abc import Container

from store.extract.calendar_words import WEEKDAYS as _WEEKDAYS
from store.extract.calendar_words import past_date_phrase
from store.extract.fact_years import past_date
from store.extract.money import money_ending, parse_money
from store.extract.next_value import agreements_by_sentence
from store.extract.state import AgreementAcc, State
from store.extract.tokens import APOSTROPHES, Doc
from store.extract.triggers import positions, vocabulary

# Words that may open the noun phrase before an amount ("a", "the expanded", "its new").
_DETERMINERS = frozenset("a an the its their his her our this that these those".split())
# Words that end a noun phrase when met walking left from the noun: prepositions, conjunctions
# and the verbs of value clauses ("signed $5 billion in deals", "worth $2 billion").
_BREAKS = frozenset(
    "of for in on to with from by at as than per under and or but worth valued about some nearly over "
    "which that who while after before into including plus".split()
)
# Words right before a mention that leave no room for an amount between ("the", "on").
NO_PHRASE_AMOUNT = _DETERMINERS | _BREAKS
_DIGIT = re.compile(r"\d")
_MODIFIERS = 4  # words between the amount and the noun ("financial support", "46 - month")


def amount_in_phrase(state: State, i: int, stops: Container[str] = ()) -> tuple[int, int] | None:
    """(first modifier after the determiner, first token of the amount) when an amount of money
    stands in the noun phrase that ends with the mention starting at i, with up to four
    modifiers between ("the expanded $8 billion financial support programme", "a $3 billion,
    46-month facility"); None otherwise. (Rule: money_in_phrase.)"""
    d = state.doc
    if d.low[i - 1] in NO_PHRASE_AMOUNT:
        return None  # "the treaty", "talks on a deal": nothing stands between (most mentions)
    lo = max(0, i - _MODIFIERS - 2)
    if _DIGIT.search(d.text, d.starts[lo], d.starts[i - 1]) is None:
        return None  # no digit where the amount would stand: most mentions (spelled amounts aside)
    low, words, sent = d.low, d.words, d.sent
    here = sent[i]
    x = i - 1
    start: int | None = None
    while x > lo and sent[x] == here:
        w = low[x]
        if w == "-" or w[:1].isdigit() and low[x + 1] == "-":
            x -= 1  # "46 - month": a hyphened modifier
            continue
        if w == "," and x > 0 and money_ending(state, x - 1) is not None:
            start = money_ending(state, x - 1)  # "$3 billion, 46-month facility"
            break
        if w in state.cues.multipliers or w in state.cues.currencies or w[:1].isdigit():
            start = money_ending(state, x)
            break
        if w in _BREAKS or not words[x][:1].isalpha():
            return None
        x -= 1
    if start is None or start >= i - 1:
        return None  # no amount, or one right before the noun (read by money_before_noun)
    opening = phrase_opening(d, start, stops)
    return (opening, start) if opening >= 0 else None


def phrase_opening(d: Doc, start: int, stops: Container[str] = ()) -> int:
    """The first word after the determiner of a noun phrase whose amount starts at ``start``,
    past a few modifiers ("the expanded $8 billion ..." -> "expanded", "a five-year, $4 billion
    deal" -> "five"), or -1 when no determiner opens it there. A word of ``stops`` (the last
    word of a status cue: "signed") ends the walk: a verb is no modifier."""
    low, words, sent = d.low, d.words, d.sent
    here = sent[start]
    y = start - 1
    if y > 0 and low[y] == ",":
        y -= 1  # "a five-year, $4 billion deal"
    while y >= 0 and y > start - 6 and sent[y] == here and low[y] not in _DETERMINERS and low[y] not in _BREAKS and low[y] not in stops:
        w = words[y]
        if not (w[:1].islower() or w == "-" or w[:1].isdigit() and low[y + 1] == "-"):
            break
        y -= 1
    if y < 0 or sent[y] != here or low[y] not in _DETERMINERS:
        return -1
    return y + 1


# Verbs of money a party puts into or takes out of an agreement.
_MONEY_VERBS = frozenset(
    "invest invests invested investing provide provides provided providing contribute contributes contributed "
    "lend lends lent pay pays paid spend spends spent commit commits committed pledge pledges pledged "
    "receive receives received get gets got disburse disburses disbursed".split()
)
_HEDGES = frozenset("some about around nearly almost up to more than over as much roughly an estimated a total of".split())


def _amount_at(state: State, k: int) -> int | None:
    """k past hedges ("about", "up to") when an amount of money starts there; else None."""
    d = state.doc
    while k + 1 < d.n and d.low[k] in _HEDGES and d.ends[k] != d.starts[k + 1]:
        k += 1  # (not the "A" of "A$200 million": a currency's letter, glued to its sign)
    if k < d.n and parse_money(state, d.text[d.starts[k] : d.starts[k] + 60]) is not None:
        return k
    return None


# Participles of a clause on an agreement that a money clause may follow ("signed in 2023, under which").
_MADE_ASIDE = frozenset("signed agreed concluded reached struck inked sealed".split())


def value_under_which(state: State, j: int) -> int | None:
    """The amount of "<mention>[, on Monday,] under which <party> will invest $900 million" or
    "<mention> that will see <party> invest $4 billion": what a party puts into the agreement
    (the money verb within eight words of the relative pronoun, no comma between). (Rule:
    under_which_invest.)"""
    has = state.cache.get("money_verbs")
    if has is None:  # found once per article: most write no verb of money put in
        has = state.cache["money_verbs"] = not _MONEY_VERBS.isdisjoint(state.doc.low)
    if not has:
        return None
    d = state.doc
    low, n, sent = d.low, d.n, d.sent
    k = past_date(d, j) if j < n and low[j] in ("on", "in") else j
    if k == j and j + 1 < n and low[j] == "on" and low[j + 1] in _WEEKDAYS:
        k = j + 2  # "signed a deal on Monday, under which ..."
    if k == j and (dated := past_date_phrase(low, d.words, j)) > j and dated < n and low[dated] == ",":
        k = dated  # "signed the X in 2023, under which ..."
    if k < n and low[k] in _MADE_ASIDE:  # "the X Agreement signed by both governments in March 2021, under which ..."
        k = next((x for x in range(k + 1, min(n, k + 14)) if low[x] == "," and sent[x] == sent[j]), k)
    k += k < n and low[k] == ","
    if k + 1 < n and low[k] == "under" and low[k + 1] == "which":
        k += 1
    elif not (k < n and low[k] in ("which", "that") and j < n and low[j] != ","):
        return None  # ", which ..." after a comma is an aside the status rules read
    for x in range(k + 1, min(n, k + 9)):
        if sent[x] != sent[k] or low[x] in (",", ";", "."):
            return None
        if low[x] in _MONEY_VERBS:
            return _amount_at(state, x + 1)
    return None


def received_under(state: State, i: int) -> int | None:
    """The amount of "<party> will receive $2 billion [in budget support] under the <mention>"
    or "budget support of $2 billion [over four years] under the <mention>" before the mention at
    i (a tail "in <one or two words>" or "over <count> years" between): what a party gets under it.
    (Rule: received_under.)"""
    d = state.doc
    low = d.low
    k = i - 1 - (i >= 1 and low[i - 1] in ("the", "a", "its", "this"))
    if k < 3 or low[k] != "under" or d.sent[k - 1] != d.sent[i]:
        return None
    start = money_ending(state, k - 1)
    if start is None and k > 4:
        # "$100 million in budget support under", "$100 million over four years under": past the tail
        tail = low[k - 3 : k]
        if tail[0] in ("over", "for") and tail[2] in _SPANS:
            start = money_ending(state, k - 4)
        elif tail[0] == "in" or tail[1] == "in":
            start = money_ending(state, k - 4 if tail[0] == "in" else k - 3)
    if start is None:
        return None
    if start > 1 and low[start - 1] == "of" and low[start - 2] in _AID:
        return start  # "budget support of $100 million over four years under the treaty"
    y = start - 1
    while y > 0 and low[y] in _HEDGES:
        y -= 1
    return start if low[y] in _MONEY_VERBS else None


_SPANS = frozenset({"years", "months", "decades", "year"})
# Nouns of money given whose amount follows "of" ("budget support of $100 million").
_AID = frozenset("support aid assistance funding financing grants grant investment investments loans".split())


# Nouns of money lent ("a $600 million loan", "the programme", "an Extended Fund Facility").
_LENDING = frozenset("loan loans facility programme program financing credit bailout grant".split())
_APPROVING = frozenset({"approved", "approves", "approve"})


def lender_approval(d: Doc, lead: int, j: int) -> bool:
    """Whether an "approved" cue before the phrase at lead is a lender's approval of a loan or
    programme (the mention ends with a lending noun): the lender commits the money, so the
    loan is signed ("the board approved a $600 million loan") and a facility open (see
    ``ratified_approval``). (Rule: lender_approval.)"""
    if d.low[j - 1] not in _LENDING:
        return False
    k = lead - 1
    while k >= 0 and k > lead - 4 and d.low[k] not in _APPROVING:
        k -= 1
    return k >= 0 and d.low[k] in _APPROVING and (k == 0 or d.low[k - 1] not in ("to", "will", "would", "not"))


# Auxiliaries between a lending programme's mention and the approval after it ("was approved").
_APPROVAL_AUX = frozenset({"was", "were", "is", "has", "had", "been", "being", "formally", "finally", "also"})


def lender_approved_after(d: Doc, j: int) -> bool:
    """Whether a loan or programme mention ending at j (its last word a lending noun) is
    followed by its approval ("the Extended Fund Facility approved on March 20", "the loan was
    approved by the board"): the lender committed the money, so it is signed, not announced.
    (Rule: lender_approval_after.)"""
    if not 0 < j < d.n or d.low[j - 1] not in _LENDING:
        return False
    k = j
    while k < d.n and k - j < 3 and d.low[k] in _APPROVAL_AUX:
        k += 1
    return k < d.n and d.low[k] == "approved" and d.sent[k] == d.sent[j - 1]


# Value clauses set off by commas after a mention (", valued at $4 billion,").
VALUE_ASIDES = frozenset("valued worth estimated costing totalling totaling priced".split())


def past_value_aside(d: Doc, k: int, here: int) -> int:
    """The token after a value aside set off by commas right after a mention (", valued at $4
    billion, was signed"), so the verb after it is read as the mention's own; else k.
    (Rule: status_after_value_aside.)"""
    low, sent, n = d.low, d.sent, d.n
    if not (k + 2 < n and low[k] == "," and low[k + 1] in VALUE_ASIDES):
        return k
    for y in range(k + 2, min(n, k + 10)):
        if sent[y] != here or low[y] in (".", ";"):
            return k
        if low[y] == ",":
            return y + 1
    return k


def under_opening(d: Doc, i: int) -> bool:
    """Whether the sentence opens "Under the <mention>," with at most two modifiers between
    ("Under the revised Lusaka Treaty, a member must ..."): what a sentence says holds under an
    agreement describes it as binding, in force unless a stage is stated. (Rule: under_opening.)"""
    first = d.sent_first[d.sent[i]]
    low = d.low
    if low[first] != "under" or not 0 < i - first <= 6:
        return False
    k = first + 2
    if first + 4 < i and d.words[first + 3] in APOSTROPHES and low[first + 4] == "s":
        k = first + 5  # "Under the union's Founding Charter of 1987, a member must ..." (rule: under_owner)
    if low[first + 1] not in _DETERMINERS or i - k > 2 or any(not w[:1].islower() for w in d.words[k:i]):
        return False
    return True


def headline_sentence(state: State, s: int) -> bool:
    """Whether sentence s is a headline: a heading-like line, or a line that ends without a full
    stop or other closing mark ("India signs $2.9 billion deal with France"). Each sentence is
    judged once per article."""
    memo: dict[int, bool] | None = state.cache.get("headline_sentence")  # type: ignore[assignment]
    if memo is None:
        memo = state.cache["headline_sentence"] = {}
    found = memo.get(s)
    if found is None:
        d = state.doc
        nxt = next((f for f in d.sent_first[s + 1 :] if f >= 0), d.n)
        found = memo[s] = d.heading[s] or nxt > 0 and d.sent[nxt - 1] == s and d.words[nxt - 1][:1].isalnum()
    return found


# Head nouns of a definite phrase that refers back to an agreement with its amount.
_BACK_HEADS = _LENDING | frozenset("deal agreement contract package accord pact".split())
_BACK_DETERMINERS = frozenset({"the", "this"})
_BACK_GAP = 2  # sentences from the agreement's mention to the phrase that refers back


def _valued_back_phrases(state: State) -> list[tuple[int, int, int, int]]:
    """(sentence, phrase opening, amount start, head noun) of every definite phrase "the
    <adjectives> <amount> <modifiers> <deal noun>" that is no agreement mention ("the expanded
    $8 billion financial support programme"); found once per article."""
    cached = state.cache.get("valued_back_phrases")
    if cached is None:
        d = state.doc
        low, sent, n = d.low, d.sent, d.n
        mults = state.cues.multipliers
        cached = []
        written = mults.keys() & vocabulary(state)  # most articles write no "billion": no token is read
        if written:
            ends = {j - 1 for acc in state.agreements for _, j in acc.mentions}  # mentions end with their noun
            for m in positions(state, written):  # the few amounts' multipliers, found by list.index in C
                if _BACK_HEADS.isdisjoint(low[m + 1 : m + 5]) or _BACK_DETERMINERS.isdisjoint(low[m - 5 : m]):
                    continue  # no deal noun right after the amount or no "the" before it: most amounts
                head = -1
                for x in range(m + 1, min(n, m + 5)):
                    if sent[x] != sent[m] or not d.words[x][:1].isalpha() or low[x] in _BREAKS:
                        break
                    if low[x] in _BACK_HEADS:
                        head = x
                        break
                if head < 0 or head in ends:
                    continue  # no deal noun in the phrase, or one an agreement's mention ends with
                start = money_ending(state, m)
                opening = phrase_opening(d, start) if start is not None else -1
                if opening >= 0 and low[opening - 1] in _BACK_DETERMINERS:
                    taken = {i for acc in state.agreements for i, _ in acc.mentions}
                    if taken.isdisjoint(range(opening, head + 1)):
                        cached.append((sent[m], opening, start, head))
        state.cache["valued_back_phrases"] = cached
    return cached  # type: ignore[return-value]


def value_referred_back(state: State, acc: AgreementAcc) -> tuple[int, int, int] | None:
    """(phrase opening, amount start, head noun) of a definite phrase with an amount ("the
    expanded $8 billion financial support programme") up to two sentences after a mention of
    the agreement, when no other agreement is mentioned from that mention to the phrase: the
    phrase refers back to it and gives its value. The phrase's noun is the agreement's own, or
    both are nouns of money lent ("loan agreement" ... "the programme"). (Rule: value_referred_back.)"""
    phrases = _valued_back_phrases(state)
    if not phrases:
        return None
    by_sentence = agreements_by_sentence(state)
    me = next(x for x, a in enumerate(state.agreements) if a is acc)  # by identity: no field compares
    mentioned = {state.doc.sent[i] for i, _ in acc.mentions}
    own = set(acc.name.casefold().split())
    lending = not own.isdisjoint(_LENDING)
    for s, opening, start, head in phrases:
        if state.doc.low[head] not in own and not (lending and state.doc.low[head] in _LENDING):
            continue  # "the $2 billion programme" is no power purchase agreement
        near = [t for t in range(s - _BACK_GAP, s + 1) if t in mentioned]
        if near and not any(by_sentence.get(t, {me}) - {me} for t in range(near[0], s + 1)):
            return opening, start, head
    return None
