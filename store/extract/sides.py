"""The sides of an agreement read from the clause around it: "between his government and the
ELN", a subject "Sudan's army and the rival RSF" right before the verb, a "between" a few words
after the noun, and the country of a person who speaks for one side."""

from __future__ import annotations

from store.extract.calendar_words import WEEKDAYS as _WEEKDAYS
from store.extract.owned_side import owned_side, past_backer
from store.extract.parties import actor_before, principal
from store.extract.state import State
from store.extract.tokens import APOSTROPHES

_OWN = frozenset({"his", "her", "its", "their"})
_GOVERNMENT = frozenset({"government", "country", "state", "administration"})


def side(state: State, k: int) -> tuple[str, int] | None:
    """One side of "between X and Y" at token k: a party after "the" and up to two describing
    words ("the Marxist ELN guerrilla group"), "his government" (the country named last
    before it in the sentence) or "the government" (the article's own country)."""
    d = state.doc
    low = d.low
    if low[k] in _OWN and d.lower(k + 1) in _GOVERNMENT:
        owner = actor_before(state, k)
        return (owner, k + 2) if owner else None
    if low[k] == "the" and d.lower(k + 1) in ("government", "administration"):
        # "between the government and the FARC": the article's own country, by its dateline
        # or as the one it names most (rule: between_the_government)
        home = state.home or next(iter(principal(state, 1)), None)
        return (home, k + 2) if home else None
    x = past_backer(state, k + (low[k] == "the"))  # "the Iran-backed militant group Hezbollah"
    for skip in range(3):
        c = state.country_start.get(x + skip)
        o = state.org_start.get(x + skip)
        if o is not None and (c is None or o.j > c.j):
            c = o  # "the Saudi Space Agency": the body its country's adjective opens (rule: body_over_country)
        if c is not None:
            if (o := owned_side(state, c)) is not None:
                return o.name, o.j  # "Lebanon's Hezbollah movement": the movement (rule: owned_side)
            return c.name, c.j
        if x + skip >= d.n or not d.words[x + skip].isalpha():
            return None
    return None


_BETWEEN_LINKS = frozenset({"on", "for", "signed", "reached", "agreed", "concluded", "struck", "inked", "sealed"})
# Participles of a go-between: the names after their "by" are no sides ("a truce brokered by
# Qatar and Egypt between Israel and Hamas"; rule: broker_between).
_BROKERED = frozenset({"brokered", "mediated", "facilitated", "arranged"})
# Auxiliaries of a passive signing ("was signed between", "has been concluded between").
_PASSIVE = frozenset({"was", "were", "had", "has", "have"})


def between_later(d, after: int) -> int:
    """The "between" a few words after an agreement noun, past a participle or a subject in
    lower case ("the accord signed between", "an agreement on visa-free travel between", "a
    memorandum of understanding on cooperation in the field of energy between"), or past the
    go-betweens a brokering participle names ("a truce brokered by Qatar and Egypt between");
    ``after`` when there is none. (Rule: between_later.)"""
    if d.lower(after) in _PASSIVE:
        # rule passive_between: "an agreement was signed between", "has been concluded between"
        x = after + 1 + (d.lower(after + 1) == "been")
        signed = d.lower(x) in _BETWEEN_LINKS and d.lower(x) not in ("on", "for")
        return x + 1 if signed and d.lower(x + 1) == "between" else after
    at = after
    if d.lower(at) == "of" and d.lower(at + 1) == "understanding":
        at += 2  # "a memorandum of understanding on energy between" (rule: memorandum_between)
    brokered = d.lower(at) in _BROKERED and d.lower(at + 1) == "by"
    if d.lower(at) not in _BETWEEN_LINKS and not brokered:
        return after  # the common case: one look
    sentence = d.sent[at]
    for x in range(at + 1, min(d.n, at + 9 + 6 * brokered)):
        w = d.words[x]
        if d.low[x] == "between":
            return x
        if d.sent[x] != sentence or not (w.isalpha() and w.islower() or w == "-" or brokered and (w[:1].isupper() or w in (",", "."))):
            return after  # a name, a number or a mark ends the phrase: no "between" of it
    return after


def person_country(state: State, start: int, partner: str) -> str | None:
    """The country of the first person the sentence names before token ``start`` whose office
    has one, other than the partner: "Sogavare called for a review of a 2017 security treaty
    with Australia" is the Solomon Islands' treaty. (Rule: person_subject_home.)"""
    d = state.doc
    if not state.persons or start <= 0:
        return None
    lo, hi = d.starts[d.sent_first[d.sent[start]]], d.starts[start]
    found: tuple[int, str] | None = None
    for p in state.persons:
        countries = [r.affiliation for r in p.roles if r.affiliation and r.affiliation != partner]
        if not countries:
            continue
        for s in p.spans:
            if lo <= s.start < hi and (found is None or s.start < found[0]):
                found = (s.start, max(set(countries), key=countries.count))
    return found[1] if found else None


def between_sides(state: State, k: int) -> list[str] | None:
    """"between his government and the Marxist ELN guerrilla group": the two sides, when the
    plain party list does not read them. (Rule: between_sides.)"""
    d = state.doc
    first = side(state, k)
    if first is None:
        return None
    x = first[1]
    while x < d.n and x - first[1] < 4 and d.low[x] != "and" and (d.words[x].isalpha() or d.words[x] in APOSTROPHES):
        x += 1  # "his government[ and]" / "the ELN group[ and]" / "Sudan's army[ and]"
    if d.lower(x) != "and":
        return None
    second = side(state, x + 1)
    if second is None or second[0] == first[0]:
        return None
    return [first[0], second[0]]


_BEFORE_THE_VERB = frozenset("have has had also jointly formally finally on".split()) | _WEEKDAYS


def subject_sides(state: State, v: int) -> list[str] | None:
    """The two sides of a subject clause right before the verb at v, after the sentence's last
    comma: "Chad's army and the rebel Front for Change (FPC) signed ...",
    "the government and the ELN agreed ...". (Rule: subject_sides.)"""
    d = state.doc
    first = d.sent_first[d.sent[v]]
    s = v - 1
    while s > first and d.words[s - 1] != "," and v - s < 16:
        s -= 1
    one = side(state, s)
    if one is None:
        return None
    x = one[1]
    while x < v and x - one[1] < 4 and d.low[x] != "and" and (d.words[x].isalpha() or d.words[x] in APOSTROPHES):
        x += 1
    two = side(state, x + 1) if x < v and d.low[x] == "and" else None
    if two is None or two[0] == one[0]:
        return None
    y = two[1]
    if y + 2 < v and d.words[y] == "(" and d.words[y + 2] == ")":
        y += 3  # "Rapid Support Forces (RSF)"
    while y < v and d.low[y] in _BEFORE_THE_VERB:
        y += 1
    return [one[0], two[0]] if y == v else None


# Nouns of a halt to fighting that one side may agree or declare with unnamed foes.
TRUCES = frozenset({"ceasefire", "cease-fire", "truce"})
# Verbs that make a truce with unnamed foes ("has agreed a ceasefire"); one only declared or
# ordered is one side's act, no agreement (`declared_truce`).
_TRUCE_VERBS = frozenset(
    "agreed agrees agree announced announces announce reached reaches signed signs sign".split()
)
_TRUCE_GAP = frozenset("has have had also on".split())


def one_side_truce(state: State, det: int) -> str | None:
    """"The government of Peru has agreed a ceasefire with four rebel groups": a truce whose only
    named side is the country just before its verb has that one party (``det`` is the article
    before the noun). (Rule: one_side_truce.)"""
    d = state.doc
    v = det - 1
    if v < 1 or d.low[v] not in _TRUCE_VERBS:
        return None
    first = d.sent_first[d.sent[v]]
    x = v
    while x > first and v - x < 3 and d.low[x - 1] in _TRUCE_GAP:
        x -= 1
    for k in range(x, max(first, x - 5), -1):  # each k is one past a token looked at
        c = state.country_end.get(k)
        if c is not None:
            prev = d.lower(c.i - 1) if c.i > first else ""
            heads = prev in ("", "the", ",") or (prev == "of" and d.lower(c.i - 2) in _GOVERNMENT)
            return c.name if heads else None  # "rebels in Peru declared a truce": Peru is a place
        if d.words[k - 1] in (",", ";"):
            return None
    return None


# Verbs of one side's own halt to fighting.
_DECLARING = frozenset(
    "declare declares declared declaring proclaim proclaims proclaimed proclaiming order orders ordered ordering".split()
)
# Words before the verb that make its subject both sides.
_BOTH = frozenset({"and", "both", "sides", "parties", "two", "warring"})
_GAP = frozenset({"has", "have", "had", "also", "then", "by", "unilaterally"})


def declared_truce(low: list[str], det: int, k: int) -> bool:
    """Whether the truce noun at k, its phrase opened by the determiner at ``det``, is one side's
    declared halt: "unilateral" among its words, a declaring verb before it whose subject is no
    pair, or "declared" right after it. A ceasefire one side declares is its own act, not an
    agreement ("the PKK responded by declaring a ceasefire", "a ceasefire declared by the rebels
    in 2013"); one agreed or declared by both sides is. (Rule: declared_truce.)"""
    if low[k] not in TRUCES or det < 0:
        return False
    if "unilateral" in low[det + 1 : k]:
        return True
    if k + 1 < len(low) and low[k + 1] in _DECLARING and low[k + 1].endswith("ed"):
        return True  # "a ceasefire declared by the PKK in 2013"
    v = det - 1
    while v > 0 and low[v] in _GAP:
        v -= 1
    return v >= 0 and low[v] in _DECLARING and _BOTH.isdisjoint(low[max(0, v - 6) : v])


# Words that may follow "between the two" when "two" stands alone for the pair told before.
_AFTER_TWO = frozenset(", . ; : ) was were had has in on signed reached which that expired collapsed lapsed ended".split())


def the_two(state: State, k: int) -> tuple[int, int] | None:
    """"between the two, reached in 2013" at token k: "the two" alone standing for the pair told
    before, as a party phrase (count, end token); None when a noun follows ("the two ships").
    (Rule: between_the_two.)"""
    d = state.doc
    if k + 2 >= d.n or d.low[k] != "the" or d.low[k + 1] != "two" or d.low[k + 2] not in _AFTER_TWO:
        return None
    return 2, k + 2
