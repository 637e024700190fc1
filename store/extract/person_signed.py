"""Texts two people sign for their sides: "a memorandum on gas supplies that Chilean Energy
Minister A signed with B", "A and B also signed a memorandum of cooperation on staff
training", "A and B later inked a security pact" and "a protocol ... was signed by A and B" are texts of the two people's sides,
signed, named by their noun phrase. A person's side is the body their office heads ("director
general of Nordatom": Nordatom), else the country of their office. (Rule: person_signed.)"""

from __future__ import annotations

from bisect import bisect_left

from store.extract.calendar_words import MONTHS, WEEKDAYS
from store.extract.lists import described_record
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_VERBS = frozenset({"signed", "inked", "sealed", "initialled", "initialed", "penned"})
_AUX = frozenset({"also", "has", "had", "have", "jointly", "formally", "then", "later", "both"})
_RELATIVE = frozenset({"that", "which"})
_DETS = frozenset({"a", "an", "the", "another", "two", "three"})
# Words that end a noun phrase read after its noun.
_ENDS = frozenset(", . ; : ( ) which that who in at during with under to by".split())
_SUBJECT_LINKS = frozenset({"on", "of", "in", "for", "and"})
_MEMO = frozenset({"memorandum", "memoranda", "roadmap"})


def find_person_signed(state: State) -> None:
    """A record for each text two named people sign, told by a clause after its noun or by the
    two people as the verb's subject (see the module docstring)."""
    if not state.persons or _VERBS.isdisjoint(vocabulary(state)):
        return
    people = _people(state)
    if len(people) < 2:
        return
    d = state.doc
    low = d.low
    ends = {j: (i, s) for i, (j, s) in people.items()}
    for v in positions(state, _VERBS):
        x = v
        while x > 0 and low[x - 1] in _AUX:
            x -= 1
        second = ends.get(x)
        if second is None:
            _passive_by(state, people, v)
            continue
        if low[v + 1 : v + 2] == ["with"]:
            _after_noun(state, people, v, second)
        else:
            _pair_subject(state, ends, v, second)


def _people(state: State) -> dict[int, tuple[int, str]]:
    """Each person mention by its first token: its end token and the person's side."""
    d = state.doc
    out: dict[int, tuple[int, str]] = {}
    for p in state.persons:
        side = _side(state, p)
        if side is None:
            continue
        for s in p.spans:
            i = bisect_left(d.starts, s.start)
            j = bisect_left(d.starts, s.end)
            if i < d.n and d.starts[i] == s.start:
                out[i] = (j, side)
    return out


def _side(state: State, p) -> str | None:
    """The body a person's office heads when the article names it ("director general of
    Nordatom"), else the country or body of their office."""
    for r in p.roles:
        title = r.title
        if " of " in title:
            body = title.rsplit(" of ", 1)[1].removeprefix("the ")
            if body in state.orgs:
                return body
    found = [r.affiliation for r in p.roles if r.affiliation]
    return max(set(found), key=found.count) if found else None


def _after_noun(state: State, people: dict[int, tuple[int, str]], v: int, second: tuple[int, str]) -> None:
    """"<noun phrase> that <office> <A> signed with <office> <B>": the noun before the clause."""
    d = state.doc
    low, sent = d.low, d.sent
    i, side_a = second
    rel = i - 1
    while rel > 0 and i - rel <= 5 and sent[rel] == sent[v] and low[rel] not in _RELATIVE:
        if not d.words[rel][:1].isupper():
            return  # lower-case words before the person other than the relative: no clause
        rel -= 1
    if low[rel] not in _RELATIVE:
        return
    side_b = _partner(state, people, v + 2)
    if side_b is None or side_b == side_a:
        return
    noun = rel - 1
    while noun > 0 and rel - noun <= 10 and sent[noun] == sent[v] and low[noun] not in _MEMO and low[noun] not in state.cues.family:
        if not d.words[noun].isalnum():
            return
        noun -= 1
    if low[noun] not in _MEMO and low[noun] not in state.cues.family:
        return
    _record(state, [side_a, side_b], noun, rel, v)


def _partner(state: State, people: dict[int, tuple[int, str]], x: int) -> str | None:
    """The side of the person (past up to four office words) or the party at token ``x``."""
    d = state.doc
    for y in range(x, min(d.n, x + 5)):
        if y in people:
            return people[y][1]
        if not d.words[y][:1].isalpha():
            break
    c = state.party_start(x + (d.lower(x) == "the"))
    return c.name if c is not None else None


def _person_near(state: State, people: dict[int, tuple[int, str]], x: int) -> tuple[int, str] | None:
    """The person mention at token ``x`` or after up to four capitalised office words
    ("Chilean Foreign Minister A"): its end token and side."""
    d = state.doc
    for y in range(x, min(d.n, x + 5)):
        if y in people:
            return people[y]
        if not d.words[y][:1].isupper():
            return None
    return None


def _pair_subject(state: State, ends: dict[int, tuple[int, str]], v: int, second: tuple[int, str]) -> None:
    """"<A> and <B> [also] signed a <noun phrase>": the noun after the verb."""
    d = state.doc
    low, n = d.low, d.n
    i, side_b = second
    if i < 2 or low[i - 1] != "and":
        return
    first = ends.get(i - 1)
    if first is None or first[1] == side_b:
        return
    x = v + 1
    while x < n and low[x] in _DETS:
        x += 1
    if x == v + 1:
        return
    m = x  # "a [new security] pact": lower-case modifiers before the noun
    while m < n and m - x < 4 and low[m] not in _MEMO and low[m] not in state.cues.family and d.words[m].isalpha() and d.words[m].islower():
        m += 1
    if m >= n or (low[m] not in _MEMO and low[m] not in state.cues.family):
        return
    e = m + 1
    while e < n and e - x < 10 and low[e] not in _ENDS and not (low[e] == "on" and _dated(d, e + 1)):
        e += 1  # "... on staff training", never "... on Saturday"
    while e > x + 1 and low[e - 1] in _SUBJECT_LINKS:
        e -= 1
    _record(state, [first[1], side_b], x, e, v)


def _dated(d, x: int) -> bool:
    """Whether token ``x`` opens a date ("Saturday", "5 May", "March")."""
    w = d.lower(x)
    return w in WEEKDAYS or w in MONTHS or w.isdigit()


def _passive_by(state: State, people: dict[int, tuple[int, str]], v: int) -> None:
    """"<noun phrase> was signed [in X] by <A>[, office,] and <B>": the noun right before the
    participle, or the one opening the sentence before "was"."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    by = next((x for x in range(v + 1, min(n, v + 5)) if low[x] == "by" and sent[x] == sent[v]), None)
    first = _person_near(state, people, by + 1) if by is not None else None
    if first is None:
        return
    j, side_a = first
    side_b = None
    for x in range(j, min(n, j + 14)):
        if sent[x] != sent[v]:
            return
        if low[x] == "and":
            side_b = (_person_near(state, people, x + 1) or (0, None))[1]
            break
    if side_b is None or side_b == side_a:
        return
    if low[v - 1] in _MEMO or low[v - 1] in state.cues.family:
        i = v - 1  # "a protocol signed in Siberia by A and B"
        while i > 0 and v - i < 3 and d.words[i - 1].islower() and low[i - 1] not in _DETS and d.words[i - 1].isalpha():
            i -= 1
        _record(state, [side_a, side_b], i, v, v)
        return
    if low[v - 1] == "been":
        v -= 1
    if low[v - 1] not in ("was", "were", "has", "had"):
        return
    first = d.sent_first[sent[v]]
    i = first + (low[first] in _DETS)
    if low[i] not in _MEMO and low[i] not in state.cues.family:
        return  # the sentence's subject is no agreement noun
    e = i + 1
    while e < v - 1 and e - i < 12 and low[e] not in (",", "(", "which", "that"):
        e += 1
    _record(state, [side_a, side_b], i, e, v)


def _record(state: State, parties: list[str], i: int, j: int, v: int) -> None:
    """One signed text of the two sides, its noun phrase (tokens i:j) its mention and name."""
    d = state.doc
    if state.blocked.find(1, i, j) >= 0:
        return  # a record already holds these words
    core = d.text[d.starts[i] : d.ends[j - 1]]
    family = state.cues.family.get(d.low[i], "agreement")
    acc = described_record(state, parties, core, family, (i, j), core, "person_signed", sentence=d.sent[v])
    acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", d.sent[v], "person_signed"
    state.agreements.append(acc)
    state.block(i, j)
