"""A described treaty that the text names just after is that named treaty.

News often describes an agreement first and names it a sentence or two later: "the United States
is pulling out of a landmark arms control pact with Russia ... the Intermediate-Range Nuclear
Forces Treaty", "the signing of a new security agreement with Fiji ... the bilateral Agreement
for the Deployment of ...", "a peace framework ... the accord, named the Doha Framework for ...".
The description (a treaty noun before a treaty-like name, or the name's own noun) is no agreement of its own: its mentions, phrases,
status hint and stated value join the named one, and a named one with no parties takes the
description's. (Rule: named_after_description.) A description whose own words spell the name's
subject may be named further on ("the treaty banning the use of cluster munitions" ... "the Convention
on Cluster Munitions" four sentences later). (Rule: subject_names_it.)
"""

from __future__ import annotations

from store.extract.fact_years import mention_year
from store.extract.shapes import OTHER
from store.extract.state import AgreementAcc, State

# Head nouns of a treaty-like text: a memorandum, contract, ceasefire or declaration is a kind of
# its own and never folds here.
_TREATY = frozenset({"agreement", "treaty", "pact", "accord", "convention"})
# A name may hold its noun in the plural ("the Lancaster House Treaties"). (Rule: plural_name_noun.)
_PLURAL = {"agreements": "agreement", "treaties": "treaty", "pacts": "pact", "accords": "accord", "conventions": "convention"}
# Families of a treaty-like description: "a defence pact" is counted with alliances, a pact all the same.
_TREATY_FAMILIES = frozenset({"agreement", "alliance"})
# How many sentences after the description the name may come (the same one included).
_NEAR = 2


def _head(acc: AgreementAcc) -> str:
    words = acc.core.casefold().split() if acc.unnamed else acc.name.casefold().split()
    if not acc.unnamed:  # "Agreement for the Deployment of ...": the head noun may open the name
        return next((_PLURAL.get(w, w) for w in reversed(words) if w in _TREATY or w in _PLURAL), "")
    return words[-1] if words else ""


def _same_noun(u: AgreementAcc, n: AgreementAcc) -> bool:
    """Whether a description may be this name: both treaty-like ("a pact" ... "the Treaty"), or
    the name holds the description's own noun ("a peace framework" ... "the Doha Framework")."""
    head = u.core.casefold().split()[-1] if u.core else ""
    if u.family in _TREATY_FAMILIES and head in _TREATY and _head(n):
        return True
    return bool(head) and head in n.name.casefold().split()


# How many sentences after the description a name its subject spells may come.
_FAR = 6
# Words of a name that say nothing of its subject.
_NAME_LINKS = frozenset({"on", "of", "the", "for", "and", "in", "to", "a", "an"})


def _subject_names(state: State, u: AgreementAcc, n: AgreementAcc) -> bool:
    """Whether the words right after the description spell every subject word of the name:
    "the international treaty banning the use of cluster munitions" ... "the Convention on
    Cluster Munitions" (at least two such words, within ten tokens of the noun).
    (Rule: subject_names_it.)"""
    subject = {w for w in n.name.casefold().split() if w not in _TREATY and w not in _NAME_LINKS}
    if len(subject) < 2 or not all(w.isalpha() for w in subject):
        return False
    d = state.doc
    for _i, j in u.mentions:
        here = d.sent[j - 1]
        near = {d.low[x] for x in range(j, min(d.n, j + 10)) if d.sent[x] == here}
        if subject <= near:
            return True
    return False


# Words that liken a description to a text told before or call it another ("a similar pact with
# France"): it names no text without sides, as the text after it may be the one it is likened to.
_LIKENED = frozenset({"similar", "comparable", "such"}) | OTHER


def _likened(state: State, u: AgreementAcc) -> bool:
    """Whether the description is likened to another text or called another, in its words or
    the two before its first mention (rule: likened_apart)."""
    low = state.doc.low
    i, j = min(u.mentions)
    return not _LIKENED.isdisjoint(low[max(0, i - 2) : j])


def _kin(u: AgreementAcc, named: list[AgreementAcc]) -> bool:
    return any(_same_noun(u, n) for n in named)


def fold_named_after(state: State) -> None:
    """Fold each described treaty into the one named treaty that follows it closely (see the
    module docstring); several candidates either way leave both as they are."""
    named = [a for a in state.agreements if not a.unnamed and a.mentions]
    if not named:
        return  # most articles: no named treaty at all
    sent = state.doc.sent
    described = [a for a in state.agreements if a.unnamed and a.mentions and len(a.parties) >= 2 and _kin(a, named)]
    if not described:
        return
    claims: dict[int, list[AgreementAcc]] = {}
    guessed: set[int] = set()
    pairs: list[tuple[AgreementAcc, AgreementAcc]] = []
    for u in described:
        first = sent[u.first]
        mine = {p for p, _ in u.parties}
        fits = [
            n
            for n in named
            if _same_noun(u, n)
            and first <= sent[n.first] <= first + _NEAR
            and n.first > u.first
            and ({p for p, _ in n.parties} == mine or (not n.parties and sent[n.first] <= first + 1 and not _likened(state, u)))
        ]
        if not fits:
            fits = [n for n in named if n.first > u.first and sent[n.first] <= first + _FAR and _subject_names(state, u, n)]
            if len(fits) == 1 and "dominant_pair" in u.party_rules.values():
                guessed.add(id(u))  # parties guessed from the article's countries: the name's own text tells them
        if len(fits) == 1:
            pairs.append((u, fits[0]))
            claims.setdefault(id(fits[0]), []).append(u)
    gone: set[int] = set()
    for u, n in pairs:
        if len(claims[id(n)]) != 1 and not _same_sides(claims[id(n)], n):
            continue  # two descriptions before one name: which one it names is not clear
        if _dated_apart(state, u, n):
            continue  # "signed a fisheries pact on Monday ... the Fisheries Agreement of 1998"
        if id(u) in guessed:
            u.parties.clear()
        fold_description(u, n)
        gone.add(id(u))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]


def _same_sides(found: list[AgreementAcc], n: AgreementAcc) -> bool:
    """Whether several descriptions before a name all tell the name's own sides (a caption's
    and a lede's "visa-free agreement" of the two states the title names): all are the name.
    (Rule: descriptions_of_one_name.)"""
    sides = {p for p, _ in n.parties}
    return len(sides) >= 2 and all({p for p, _ in u.parties} == sides for u in found)


def _dated_apart(state: State, u: AgreementAcc, n: AgreementAcc) -> bool:
    """Whether the name is dated by a year ("the ... Agreement of 1998") while the description's
    sentence tells of its signing that day ("signed a fisheries pact on Monday") without that
    year: an older text than the one described."""
    d = state.doc
    for i, j in n.mentions:
        year, _rule = mention_year(state, i, j)
        if year is None and j + 1 < d.n and d.low[j] == "of" and len(d.words[j + 1]) == 4 and d.words[j + 1].isdigit():
            year = int(d.words[j + 1])  # "the Fisheries Agreement of 1998"
        if year is not None:
            x = u.first
            lo, here = d.sent_first[d.sent[x]], d.sent[x]
            words = [d.low[k] for k in range(lo, min(d.n, lo + 80)) if d.sent[k] == here]
            signing = not _SIGNING.isdisjoint(d.low[max(lo, x - 4) : x])  # "signed a fisheries pact"
            return signing and str(year) not in words and not _DAYS.isdisjoint(words)
    return False


_SIGNING = frozenset("signed inked sealed struck reached concluded agreed".split())
# Words that date the description's sentence to the article's own days ("signed ... on Monday").
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())


def fold_description(u: AgreementAcc, n: AgreementAcc) -> None:
    """The description's mentions, phrases and findings become the named agreement's."""
    n.mentions += u.mentions
    n.spans += u.spans
    n.referring |= u.referring
    n.families |= u.families
    n.first = min(n.first, u.first)
    for phrase in (u.name, *u.keywords):
        if phrase != n.name and phrase not in n.aliases and phrase not in n.keywords:
            n.keywords.append(phrase)
    if not n.parties:
        for p, sentence in u.parties:
            n.add_party(p, sentence, u.party_rules.get(p, ""))
    if n.status_hint is None and u.status_hint:
        n.status_hint, n.status_sentence, n.hint_rule = u.status_hint, u.status_sentence, u.hint_rule
    if n.value_at < 0 <= u.value_at:
        n.value_at, n.value_rule = u.value_at, u.value_rule


# Determiners of a mention that points back to a text already told.
_BACK = frozenset({"the", "this", "that"})
# How many sentences after the name's latest mention before it such a mention may come.
_BACK_NEAR = 3


def fold_told_after_name(state: State) -> None:
    """A bare definite mention that made a record of its own after a named treaty of the same
    sides ("The Reciprocal Access Agreement, signed in Manila ... The accord was ratified ...")
    is that treaty: the name's sides were learnt only from a description folded into it after
    the scan, so the mention found no name of its sides to refer to then. (Rule: told_after_name.)"""
    named = [a for a in state.agreements if not a.unnamed and a.mentions and len(a.parties) >= 2 and _head(a)]
    if not named:
        return  # most articles: no named treaty of known sides
    d = state.doc
    gone: set[int] = set()
    for u in state.agreements:
        if not u.unnamed or not u.mentions or u.core.casefold() not in _TREATY:
            continue  # the common case: a described text ("a fisheries pact"), no bare noun
        i = min(x for x, _ in u.mentions)
        if i < 1 or d.low[i - 1] not in _BACK:
            continue  # "a pact": a text told for the first time
        sides = {p for p, _ in u.parties}
        fits = [
            n
            for n in named
            if {p for p, _ in n.parties} == sides
            and (before := [j for x, j in n.mentions if j <= i])
            and 0 <= d.sent[i] - d.sent[max(before) - 1] <= _BACK_NEAR
        ]
        if len(fits) == 1:
            fold_description(u, fits[0])
            gone.add(id(u))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
