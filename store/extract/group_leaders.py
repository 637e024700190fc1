"""Leaders of groups named without an office: evidence that a bare name is a person.

Rule name_of_body: "A B of the Northern Freedom Front", "C D of a faction of the Lake Army":
a name followed by "of" and a named organisation (directly or through a faction, wing or
branch of it) is someone who belongs to that body. Rule led_by_name: "a movement led by A B",
"the wing headed by C D": the one a group is led by is a person unless the gazetteer names
the words as something else (checked by the caller). Rule name_was_office: "when A B was
governor of the central bank": a name whose verb gives it an office. Rule kin_of_person: "his
wife A B", "her son C D": a relative named after a possessive is a person.
"""

from __future__ import annotations

from store.extract.offices import LOWER_OFFICES
from store.extract.state import State

_PARTS = frozenset({"faction", "wing", "branch", "splinter", "arm", "section", "chapter"})
_DETS = frozenset({"the", "a", "an", "its", "one", "another"})
_LEADS = frozenset({"led", "headed", "commanded", "chaired"})


def name_of_body(state: State, j: int) -> bool:
    """True when "of [the] <Organisation>" or "of a faction of [the] <Organisation>" follows the name ending at j."""
    d = state.doc
    if d.lower(j) != "of":
        return False
    k = j + 1
    if d.lower(k) in _DETS:
        k += 1
    if d.lower(k) in _PARTS and d.lower(k + 1) == "of":
        k += 2
        if d.lower(k) in _DETS:
            k += 1
    return k < d.n and d.is_cap(k) and state.blocked[k] == 1 and not state.blocked[k - 1]


def led_by_name(state: State, i: int, j: int) -> bool:
    """True when "led by" (or headed, commanded, chaired by) comes right before the name [i, j)
    and the name ends its phrase (a stop, comma, "and", bracket or lower-case word follows)."""
    d = state.doc
    if i < 2 or d.lower(i - 1) != "by" or d.lower(i - 2) not in _LEADS:
        return False
    return j >= d.n or not d.is_cap(j) and d.lower(j) != "of"


_BE = frozenset({"was", "is", "became", "becomes", "remains", "remained", "served"})
_POSSESSIVES = frozenset({"his", "her", "their"})


def was_office_title(state: State, j: int) -> tuple[str, int, int]:
    """The office "was governor of the central bank" gives the name ending at j: its text and
    tokens (up to five words after "of", to a comma, stop, "and" or "when")."""
    d = state.doc
    k = j + 1 + (d.lower(j + 1) == "as")
    k += d.lower(k) in ("the", "a", "an")
    end = k
    while end < d.n and d.low[end] not in LOWER_OFFICES:
        end += 1
    end += 2  # the office word and "of"
    stop = min(d.n, end + 5)
    while end < stop and d.sent[end] == d.sent[j] and d.words[end][:1].isalnum() and d.low[end] not in _TITLE_STOPS:
        end += 1
    return d.span_text(k, end), k, end


_TITLE_STOPS = frozenset({"and", "when", "in", "on", "until", "from", "since", "before", "after", "during"})


def name_was_office(state: State, j: int) -> bool:
    """True when "was [the] <office in lower case> of|for|to" follows the name ending at j."""
    d = state.doc
    if d.lower(j) not in _BE:
        return False
    k = j + 1 + (d.lower(j + 1) == "as")
    k += d.lower(k) in ("the", "a", "an")
    while k < d.n and d.low[k] in ("deputy", "vice", "chief", "foreign", "finance", "prime", "central") and d.words[k].islower():
        k += 1
    return k < d.n and d.low[k] in LOWER_OFFICES and d.words[k].islower() and d.lower(k + 1) in ("of", "for", "to", "at")


def kin_of_person(state: State, i: int) -> bool:
    """True when "his/her/their <kin noun>" comes right before the name starting at i."""
    d = state.doc
    return i >= 2 and d.low[i - 1] in state.cues.relations and d.words[i - 1].islower() and d.low[i - 2] in _POSSESSIVES


def bare_name_rule(state: State, i: int, j: int, no_country: bool) -> str:
    """The rule that makes the bare name [i, j) a person, or "" when none does."""
    if no_country and name_of_body(state, j):
        return "name-of-body"
    if led_by_name(state, i, j):
        return "led-by-name"
    if name_was_office(state, j):
        return "name-was-office"
    if kin_of_person(state, i):
        return "kin-of-person"
    if government_of_name(state, i):
        return "government-of-name"
    return ""


# Nouns for a leader's government that "of" and the leader's name follow ("the government of A B").
_GOVERNMENTS = frozenset({"government", "administration", "governments", "administrations", "cabinet", "regime"})


def government_of_name(state: State, i: int) -> bool:
    """Rule government_of_name: "the government of A B", "the administration of A B": the name a
    government is called by is its leader's, a person."""
    d = state.doc
    return i >= 3 and d.low[i - 1] == "of" and d.low[i - 2] in _GOVERNMENTS and d.words[i - 2].islower() and d.low[i - 3] in ("the", "a")


def surname_elsewhere(state: State, k: int, j: int) -> bool:
    """Rule rank_before_surname: whether the one word [k, j) after a rank that may open a name
    ("General", "Gen") closes a longer name elsewhere in the article ("General Tiani" after
    "General Abdourahamane Tiani"): then it is that person's surname and the word a rank."""
    d = state.doc
    if j - k != 1:
        return False
    words = d.words
    w = words[k]
    x = 0
    while True:  # each other place the word stands, found by list.index (in C)
        try:
            x = words.index(w, x + 1)
        except ValueError:
            return False
        if x != k and d.is_cap(x - 1) and d.sent[x - 1] == d.sent[x] and words[x - 1] != words[k - 1]:
            return True
