"""Agreements made under a larger one: "the contracts are one piece of the biggest ever arms
deal", "signed the contract as part of a wider deal", "the first executive contract under the
framework agreement", "the loan was part of a wider $9 billion financing package" (a package,
its amount its value; rule: part_of_package). The part and the whole are two records; the part
names the whole it belongs to (``part_of``), with the sentence that says so.

A description of the whole ("a broader deal") that the noun rules folded into the part, since
both have the same parties and noun, is taken out of it into a record of its own; so are the
part's later mentions by the whole's noun ("under the deal, ..."), which speak of the whole
once it has been introduced. (Rule: part_of_framework.)
"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.money import money_ending
from store.extract.shapes import CLOSED, COUNTED
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary
from store.records import Fact

# Nouns for a share of a larger agreement: "one piece of", "the first tranche of".
_PIECES = frozenset("piece part component element tranche installment instalment phase portion".split())
# Verbs linking the part to its share: "the contracts are one piece of".
_BE = frozenset("is are was were forms form formed constitutes constitute becomes become".split())
# Words between the verb and the share noun ("are the first piece of", "is also part of").
_BETWEEN = frozenset("one a an the first second third latest final initial key major another just only also now".split())
# Words a subject pronoun may be: its agreement is the one mentioned last before it.
_PRONOUNS = frozenset({"it", "this", "which", "that"})
# Words that rate the whole rather than name it ("the biggest ever arms deal").
_RATING = frozenset({"ever", "overall", "entire", "whole", "umbrella", "overarching"})
_DETERMINERS = frozenset("the a an its their his her this that".split())
_TRIGGERS = _PIECES | {"under"}
_ENDS = "framework_mention_ends"
# Words that make an agreement one others are made under: "the framework agreement".
_UMBRELLAS = frozenset({"framework", "umbrella", "master", "overarching"})
# Nouns that name a whole only ("part of a $9 billion financing package"), never a part.
_WHOLES = frozenset({"package"})
# Marks inside an amount before the whole's noun ("$ 9 . 5 billion").
_MONEY_MARKS = frozenset({"$", "\u20ac", "\u00a3", "."})



def find_frameworks(state: State) -> None:
    """Read every "<agreement> is part of <agreement>" of the article (see the module docstring)."""
    d = state.doc
    low, n = d.low, d.n
    if not state.agreements:
        return
    framed = not _UMBRELLAS.isdisjoint(vocabulary(state))  # "under" matters only then
    for k in positions(state, _TRIGGERS if framed else _PIECES):
        if k + 2 >= n or k < 2:
            continue
        if low[k] == "under":
            _under(state, k)
            continue
        if low[k + 1] != "of":
            continue
        b = k - 1
        while b > 0 and k - b <= 3 and low[b] in _BETWEEN and d.sent[b] == d.sent[k]:
            b -= 1
        if low[b] in _BE:
            subject_end, part_at = b, b - 1
        elif low[b] == "as" and b + 1 == k:
            subject_end, part_at = b, -1  # "signed the contract as part of a broader deal"
        else:
            continue
        whole_noun = _whole_noun(state, k + 2)
        if whole_noun is None:
            continue
        part = _part(state, subject_end, part_at, whole_noun)
        if part is None:
            continue
        whole = _owner(state, whole_noun)
        if whole is part or whole is None:
            if not _described(state, k + 2, whole_noun):
                continue  # "part of the 2019 Extended Fund Facility-supported programme": a name
            whole = _split(state, part, k + 2, whole_noun)
        _link(state, part, whole, k)


def _link(state: State, part: AgreementAcc, whole: AgreementAcc, k: int) -> None:
    """Record that ``part`` is part of ``whole``, as the sentence of token k says."""
    if whole is not part and part.part_of is None:
        part.part_of = whole.name
        part.facts.append(Fact("part_of", whole.name, state.doc.sent[k], "part_of_framework"))


def _under(state: State, k: int) -> None:
    """"the first executive contract under the framework agreement": an agreement mentioned in
    the eight words before "under" ("a contract with Seoul on Friday under ...") is part of a
    framework, umbrella or master agreement after it."""
    d = state.doc
    low = d.low
    if _UMBRELLAS.isdisjoint(low[k + 1 : k + 9]):
        return  # the common "under": no framework, umbrella or master agreement after it
    ends = state.cache.get(_ENDS)
    if ends is None:  # built once per article, at its first "under"
        ends = state.cache[_ENDS] = {j: acc for acc in state.agreements for _, j in acc.mentions}
    part = None
    for end in range(k, max(d.sent_first[d.sent[k]], k - 8) - 1, -1):
        part = ends.get(end)
        if part is not None or low[end - 1] in state.cues.family:
            break  # "a contract with Seoul on Friday under ...": past the partner and the day
    whole_noun = _whole_noun(state, k + 1) if part is not None else None
    if part is None or whole_noun is None:
        return
    whole = _owner(state, whole_noun)
    framed = any(low[x] in _UMBRELLAS for x in range(k + 1, whole_noun + 1))
    if whole is not None and whole is not part and framed:
        _link(state, part, whole, k)
    elif framed and (whole is None or whole is part) and _described(state, k + 1, whole_noun):
        _link(state, part, _split(state, part, k + 1, whole_noun), k)


def _whole_noun(state: State, x: int) -> int | None:
    """The agreement noun of the phrase starting at x ("South Korea's biggest ever arms deal"),
    within eight words of the sentence, or None."""
    d = state.doc
    low, words, sent = d.low, d.words, d.sent
    family = state.cues.family
    here = sent[x - 1]
    for y in range(x, min(d.n, x + 10)):
        if sent[y] != here:
            return None
        w = low[y]
        if (w in family or w in _WHOLES) and not (y + 1 < d.n and low[y + 1] in family):
            return y  # "part of a wider $9 billion financing package": a package is a whole (rule: part_of_package)
        if w in _MONEY_MARKS and y > x:
            continue
        if not (words[y][:1].isalnum() or words[y] in ("'", "\u2019", "-")) or (w in CLOSED and y > x):
            return None  # a comma, a bracket or a function word ends the phrase ("an effort to ...")
    return None


def _owner(state: State, k: int) -> AgreementAcc | None:
    """The agreement a mention covering token k belongs to."""
    for acc in state.agreements:
        for i, j in acc.mentions:
            if i <= k < j:
                return acc
    return None


def _part(state: State, subject_end: int, at: int, whole_noun: int) -> AgreementAcc | None:
    """The agreement the subject of "... is part of" speaks of: the one a mention ending right
    before the verb belongs to; for a pronoun or a bare plural ("the contracts"), the one
    mentioned last before it; for "as part of", the last one of the sentence before it."""
    d = state.doc
    low = d.low
    if at >= 0:
        found = next((acc for acc in state.agreements for i, j in acc.mentions if j == subject_end), None)
        if found is not None:
            return found
        w = low[at]
        if w not in _PRONOUNS and w not in COUNTED and w not in state.cues.family:
            return None
    latest: tuple[int, AgreementAcc] | None = None
    if at < 0:  # "as part of": the agreement just made in the words right before it
        here = d.sent[subject_end]
        return next(
            (acc for acc in state.agreements for _, j in acc.mentions if 0 <= subject_end - j <= 3 and d.sent[j - 1] == here),
            None,
        )
    first_allowed = d.sent_first[max(0, d.sent[subject_end] - 1)]
    for acc in state.agreements:
        for i, _ in acc.mentions:
            if first_allowed <= i < subject_end and i != whole_noun and (latest is None or i > latest[0]):
                latest = (i, acc)
    if latest is None:
        return None
    acc = latest[1]
    if low[at] in COUNTED or low[at] in state.cues.family:
        first = at
        while first > 0 and low[first - 1] not in _DETERMINERS and d.words[first - 1][:1].isalpha() and at - first < 3:
            first -= 1
        acc.mentions.append((first, at + 1))
        state.cache.pop(_ENDS, None)
        acc.spans.append(state.span(first, at + 1))
        keyword = d.text[d.starts[first] : d.ends[at]]
        if keyword not in acc.keywords:
            acc.keywords.append(keyword)
    return acc


def _described(state: State, start: int, k: int) -> bool:
    """Whether the words before the whole's noun describe it in lower case (past a determiner
    and an owning country): a capitalised word would make it a name of its own."""
    d = state.doc
    x = start
    while x < k:
        c = state.country_start.get(x)
        if c is not None:
            x = c.j
            continue
        w = d.words[x]
        if w[:1].isupper():
            return False
        x += 1
    return True


def _split(state: State, part: AgreementAcc, start: int, k: int) -> AgreementAcc:
    """A record of its own for the whole described at tokens [start, k], with the mentions of
    it (and the later ones by its noun) taken out of the part's record."""
    d = state.doc
    low, words = d.low, d.words
    evaluative = state.cues.evaluative
    x = start
    while x < k and (low[x] in _DETERMINERS or state.country_start.get(x) is not None or not words[x][:1].isalpha()):
        c = state.country_start.get(x)
        x = c.j if c is not None else x + 1  # past "South Korea's"
        if x < k and low[x] == "s" and words[x - 1] in ("'", "\u2019"):
            x += 1
    money = next((y for y in range(k - 1, x - 1, -1) if (m := money_ending(state, y)) is not None and m >= x), None)
    amount = money_ending(state, money) if money is not None else None
    mods = [
        low[y]
        for y in range(x if money is None else money + 1, k)
        if words[y][:1].isalpha() and low[y] not in evaluative and low[y] not in _RATING and not low[y].endswith("est")
    ]
    core = " ".join([*mods, low[k]])
    parties = [p for p, _ in part.parties]
    whole = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=part.family, first=start, core=core)
    whole.families.add(part.family)
    if amount is not None:  # "a wider $9 billion financing package": its value
        whole.value_at, whole.value_rule = amount, "money_before_noun"
    if low[k] in _WHOLES:  # a package a text is part of has been put forward, whatever its verb
        whole.status_hint, whole.status_sentence, whole.hint_rule = "announced", d.sent[k], "part_of_package"
    for p, sentence in part.parties:
        whole.add_party(p, sentence, part.party_rules.get(p, "") or "part_of_framework")
    kept: list[tuple[int, int]] = []
    for i, j in part.mentions:
        if i >= start and (i <= k < j or low[j - 1] == low[k]):
            whole.mentions.append((i, j))
            whole.spans.append(state.span(i, j))
            keyword = d.text[d.starts[i] : d.ends[j - 1]]
            if keyword not in whole.keywords:
                whole.keywords.append(keyword)
        else:
            kept.append((i, j))
    if not whole.mentions:
        whole.mentions.append((x, k + 1))
        whole.spans.append(state.span(x, k + 1))
        whole.keywords.append(d.text[d.starts[x] : d.ends[k]])
    moved = {d.starts[i] for i, _ in whole.mentions}
    part.mentions = kept
    part.spans = [s for s in part.spans if s.start not in moved]
    part.referring -= {i for i, _ in whole.mentions}
    whole.first = min(i for i, _ in whole.mentions)
    state.agreements.append(whole)
    state.cache.pop(_ENDS, None)  # the mentions moved
    return whole
